package crosscheck.corpus;

import crosscheck.CrossCheck;
import crosscheck.config.Config;
import crosscheck.config.ConfigLoader;
import crosscheck.io.ArticleReader;
import crosscheck.io.ClaimReviews;
import crosscheck.io.Flags;
import crosscheck.io.InputFolder;
import crosscheck.io.Records;
import crosscheck.model.Article;
import crosscheck.model.Citation;
import crosscheck.model.Claim;
import crosscheck.model.Verdict;
import crosscheck.text.ClaimExtractor;
import crosscheck.verdict.GroupJudge;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The floor for the benchmark: the same reading, extraction, judging and formatting code as the pipeline, in one plain
 * single-threaded loop with no Beam, writing the same files sorted the same way (conflicts.csv, claims.jsonl,
 * claimreview.jsonl, attribution.csv, report.html). Not for production: no rejected output, no de-duplication, no
 * atomic swap.
 *
 * <p>Usage: {@code PlainRun --input=DIR --output=DIR [--config=DIR]}.
 */
public final class PlainRun {

  private PlainRun() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = Flags.parse(args);
    Path input = Path.of(options.getOrDefault("input", "input"));
    Path output = Files.createDirectories(Path.of(options.getOrDefault("output", "output-plain")));
    Config config = ConfigLoader.load(options.containsKey("config") ? Path.of(options.get("config")) : null);
    long started = System.nanoTime();
    ArticleReader reader = new ArticleReader(CrossCheck.readSidecar(input), 10_000_000);
    ClaimExtractor extractor = new ClaimExtractor(config);
    Map<String, List<Claim>> groups = new HashMap<>();
    Map<String, List<Citation>> citations = new HashMap<>();
    int articles = 0;
    for (String name : InputFolder.articleFiles(input)) {
      Path file = Path.of(name);
      for (Article article : reader.read(file.getFileName().toString(), Files.readAllBytes(file)).articles()) {
        articles++;
        ClaimExtractor.Extraction extraction = extractor.extract(article);
        for (Claim claim : extraction.claims()) {
          groups.computeIfAbsent(claim.groupKey(), k -> new ArrayList<>()).add(claim);
        }
        for (Citation citation : extraction.citations()) {
          citations.computeIfAbsent(citation.key(), k -> new ArrayList<>()).add(citation);
        }
      }
    }
    // Every file is written in the job's order (by sort key; the keys are unique), each line formatted as it is
    // written.
    GroupJudge judge = new GroupJudge();
    Map<String, Verdict> verdicts = new HashMap<>();
    TreeMap<String, Verdict> conflicts = new TreeMap<>();
    TreeMap<String, Claim> claims = new TreeMap<>();
    for (Map.Entry<String, List<Claim>> group : groups.entrySet()) {
      Verdict v = judge.judge(group.getValue());
      verdicts.put(group.getKey(), v);
      conflicts.put(Records.conflictSortKey(v), v);
      group.getValue().forEach(c -> claims.put(c.id(), c));
    }
    write(output, CrossCheck.CONFLICTS, conflicts.values(), Records::conflictRow);
    write(output, CrossCheck.CLAIMS, claims.values(), c -> Records.claimLine(c, verdicts.get(c.groupKey())));
    write(output, CrossCheck.CLAIM_REVIEWS, new TreeMap<>(groups).entrySet().stream()
            .filter(group -> verdicts.get(group.getKey()).articles() > 1).toList(),
        group -> ClaimReviews.jsonLd(verdicts.get(group.getKey()), group.getValue()) + "\n");
    write(output, CrossCheck.ATTRIBUTION, new TreeMap<>(citations).values(), Records::attributionRow);
    CrossCheck.writeReport(output, articles, 0);
    System.err.printf("plain run: %d articles, %d subjects in %.1f s%n", articles, groups.size(),
        (System.nanoTime() - started) / 1e9);
  }

  private static <T> void write(Path dir, String file, Collection<T> records, Function<T, String> line)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(dir.resolve(file))) {
      out.write(CrossCheck.HEADERS.get(file));
      for (T record : records) {
        out.write(line.apply(record));
      }
    }
  }
}
