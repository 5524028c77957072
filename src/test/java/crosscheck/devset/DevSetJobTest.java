package crosscheck.devset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.config.ConfigLoader;
import crosscheck.model.Article;
import crosscheck.model.Claim;
import crosscheck.run.NightlyRun;
import crosscheck.text.ClaimExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job itself, on the DirectRunner, over the dev-set articles (copied from ../shared/corpora into a temporary
 * folder): its claims.jsonl holds exactly the claims {@link DevSetTest} scores, so the figures printed there are the
 * job's.
 */
class DevSetJobTest {

  @TempDir
  Path tmp;

  @Test
  void theJobGivesTheClaimsTheDevSetScores() throws IOException {
    assumeTrue(DevSet.available(), "../shared/corpora is not here");
    Map<String, Article> articles = DevSet.articles(DevSet.annotations(DevSet.ANNOTATIONS));
    Path input = Files.createDirectories(tmp.resolve("in"));
    for (String file : articles.keySet()) {
      Path source = DevSet.CORPORA.resolve(file);
      Files.copy(source, input.resolve(source.getFileName()));
    }
    Path out = tmp.resolve("out");

    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(new String[] {"--input=" + input, "--output=" + out}));

    TreeSet<String> fromJob = new TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(out.resolve("claims.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode claim = json.readTree(line);
      fromJob.add(claim.get("id").asText() + " " + claim.get("entity").asText() + " " + claim.get("metric").asText());
    }
    TreeSet<String> fromExtractor = new TreeSet<>();
    ClaimExtractor extractor = new ClaimExtractor(ConfigLoader.load(null));
    for (Article article : articles.values()) {
      for (Claim c : extractor.extract(article).claims()) {
        fromExtractor.add(c.id() + " " + c.entity() + " " + c.metric());
      }
    }
    assertEquals(fromExtractor, fromJob);
  }
}
