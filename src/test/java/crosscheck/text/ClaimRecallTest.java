package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.SeedArticles;
import crosscheck.config.ConfigLoader;
import crosscheck.model.Article;
import crosscheck.model.Claim;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Extraction precision and recall against the hand-annotated claims of the seeds
 * ({@code src/test/resources/seed-claims.tsv}). A claim counts only when article, value, entity, metric and period
 * all match.
 */
class ClaimRecallTest {

  @Test
  void precisionAndRecallOnTheSeeds() throws IOException {
    Set<String> gold = new HashSet<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/seed-claims.tsv"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.startsWith("article\t") && !line.isBlank()) {
        String[] f = line.split("\t", -1);
        gold.add(String.join("\t", f[0], f[1], f[2], f[3], f[4]));
      }
    }
    ClaimExtractor extractor = new ClaimExtractor(ConfigLoader.load(null));
    List<String> extracted = new ArrayList<>();
    for (Article article : SeedArticles.read()) {
      for (Claim c : extractor.extract(article).claims()) {
        extracted.add(String.join("\t", c.articleId().substring(0, 3), c.valueText(), c.entity(), c.metric(),
            c.period().label()));
      }
    }
    long correct = extracted.stream().filter(gold::contains).count();
    double precision = (double) correct / extracted.size();
    double recall = (double) correct / gold.size();
    System.out.printf("seed claims: extracted %d, annotated %d, correct %d: precision %.3f, recall %.3f%n",
        extracted.size(), gold.size(), correct, precision, recall);
    extracted.stream().filter(c -> !gold.contains(c)).forEach(c -> System.out.println("  not in gold: " + c));
    gold.stream().filter(g -> !extracted.contains(g)).sorted().forEach(g -> System.out.println("  missed: " + g));
    assertTrue(precision >= 0.9, "precision " + precision);
    assertTrue(recall >= 0.85, "recall " + recall);
  }
}
