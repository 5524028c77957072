package crosscheck.corpus;

import crosscheck.io.Flags;
import crosscheck.CrossCheck;
import crosscheck.config.Config;
import crosscheck.config.ConfigLoader;
import crosscheck.io.ArticleReader;
import crosscheck.io.InputFolder;
import crosscheck.io.Records;
import crosscheck.model.Article;
import crosscheck.model.Claim;
import crosscheck.model.Verdict;
import crosscheck.text.ClaimExtractor;
import crosscheck.verdict.GroupJudge;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The floor for the benchmark: the same reading, extraction and judging code as the pipeline, in one plain
 * single-threaded loop with no Beam, writing {@code conflicts.csv}. Not for production: no rejected output, no
 * de-duplication, no atomic swap.
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
    int articles = 0;
    for (String name : InputFolder.articleFiles(input)) {
      Path file = Path.of(name);
      for (Article article : reader.read(file.getFileName().toString(), Files.readAllBytes(file)).articles()) {
        articles++;
        for (Claim claim : extractor.extract(article).claims()) {
          groups.computeIfAbsent(claim.groupKey(), k -> new ArrayList<>()).add(claim);
        }
      }
    }
    GroupJudge judge = new GroupJudge();
    TreeMap<String, String> rows = new TreeMap<>();
    for (List<Claim> group : groups.values()) {
      Verdict v = judge.judge(group);
      rows.put(Records.conflictSortKey(v), Records.conflictRow(v));
    }
    try (Writer out = Files.newBufferedWriter(output.resolve(CrossCheck.CONFLICTS))) {
      out.write(Records.conflictsHeader());
      for (String row : rows.values()) {
        out.write(row);
      }
    }
    System.err.printf("plain run: %d articles, %d subjects in %.1f s%n", articles, rows.size(),
        (System.nanoTime() - started) / 1e9);
  }
}
