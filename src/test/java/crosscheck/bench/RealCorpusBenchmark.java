package crosscheck.bench;

import crosscheck.config.ConfigLoader;
import crosscheck.io.ArticleReader;
import crosscheck.io.Flags;
import crosscheck.io.Sidecar;
import crosscheck.model.Article;
import crosscheck.model.Claim;
import crosscheck.text.ClaimExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Extraction over a real corpus folder (the Reuters or BBC stories in {@code ../shared/corpora}): time and MB/s of
 * reading and extracting every article, claims per article, for Reuters the share of earnings stories (first topic
 * {@code earn} in {@code topics.csv}) that give at least one claim, and a seeded random sample of claims written to a
 * TSV for checking by hand. Not a test: it prints figures.
 *
 * <p>{@code --corpus=DIR [--sample=50] [--seed=1] [--sampleOut=target/corpus-sample.tsv]}
 */
public final class RealCorpusBenchmark {

  private RealCorpusBenchmark() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> flags = Flags.parse(args);
    Path corpus = Path.of(flags.getOrDefault("corpus", "../shared/corpora/reuters21578"));
    int sampleSize = Integer.parseInt(flags.getOrDefault("sample", "50"));
    long seed = Long.parseLong(flags.getOrDefault("seed", "1"));
    Path sampleOut = Path.of(flags.getOrDefault("sampleOut", "target/corpus-sample.tsv"));
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    Map<String, String> firstTopic = topics(corpus.resolve("topics.csv"));
    ArticleReader reader = new ArticleReader(Sidecar.empty(), 10_000_000);
    ClaimExtractor extractor = new ClaimExtractor(ConfigLoader.load(null));
    long bytes = 0;
    int earnStories = 0;
    int earnWithClaims = 0;
    long earnClaims = 0;
    List<Claim> claims = new ArrayList<>();
    long started = System.nanoTime();
    for (Path file : files) {
      byte[] content = Files.readAllBytes(file);
      bytes += content.length;
      for (Article article : reader.read(file.getFileName().toString(), content).articles()) {
        List<Claim> found = extractor.extract(article).claims();
        claims.addAll(found);
        String id = article.id().replace("reuters_", "");
        if ("earn".equals(firstTopic.get(id))) {
          earnStories++;
          earnWithClaims += found.isEmpty() ? 0 : 1;
          earnClaims += found.size();
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("%s: %d files, %.1f MB, %d claims in %.1f s (%.2f MB/s, %.0f articles/s)%n", corpus,
        files.size(), bytes / 1e6, claims.size(), seconds, bytes / 1e6 / seconds, files.size() / seconds);
    if (earnStories > 0) {
      System.out.printf("earn stories: %d, with at least one claim: %d (%.1f%%), claims per earn story: %.2f%n",
          earnStories, earnWithClaims, 100.0 * earnWithClaims / earnStories, (double) earnClaims / earnStories);
    }
    List<Claim> sample = new ArrayList<>(claims);
    Collections.shuffle(sample, new Random(seed));
    List<String> lines = new ArrayList<>(List.of("article\tvalue\tentity\tmetric\tperiod\tsentence"));
    for (Claim c : sample.subList(0, Math.min(sampleSize, sample.size()))) {
      lines.add(String.join("\t", c.articleId(), c.valueText(), c.entity(), c.metric(), c.period().label(),
          c.sentence().replaceAll("\\s+", " ")));
    }
    Files.createDirectories(sampleOut.toAbsolutePath().getParent());
    Files.write(sampleOut, lines, StandardCharsets.UTF_8);
    System.out.println("random sample of " + (lines.size() - 1) + " claims (seed " + seed + "): " + sampleOut);
  }

  private static Map<String, String> topics(Path csv) throws IOException {
    Map<String, String> first = new HashMap<>();
    if (Files.exists(csv)) {
      for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
        String[] f = line.split(",", 2);
        if (f.length == 2 && !f[0].equals("id")) {
          first.put(f[0], f[1].split(";")[0]);
        }
      }
    }
    return first;
  }
}
