package crosscheck.corpus;

import crosscheck.CrossCheck;
import crosscheck.config.Config;
import crosscheck.config.ConfigLoader;
import crosscheck.io.ArticleReader;
import crosscheck.io.ClaimReviews;
import crosscheck.io.Deduplication;
import crosscheck.io.Flags;
import crosscheck.io.InputFolder;
import crosscheck.io.Records;
import crosscheck.io.Sidecar;
import crosscheck.model.Article;
import crosscheck.model.Citation;
import crosscheck.model.Claim;
import crosscheck.model.Rejection;
import crosscheck.model.Verdict;
import crosscheck.text.ClaimExtractor;
import crosscheck.verdict.GroupJudge;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The floor for the benchmark: the same reading, de-duplication, extraction, judging and formatting code as the
 * pipeline, in one plain single-threaded loop with no Beam, writing the same files sorted the same way
 * (conflicts.csv, groups.jsonl, claims.jsonl, claimreview.jsonl, attribution.csv, rejected.jsonl, report.html). It holds
 * every article it reads. Not for production: no run report, no atomic swap, no guard on the rejected fraction.
 *
 * <p>Usage: {@code PlainRun --input=DIR --output=DIR [--config=DIR] [--maxArticleBytes=N]}.
 */
public final class PlainRun {

  private PlainRun() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = Flags.parse(args);
    Path input = Path.of(options.getOrDefault("input", "input"));
    Path output = Files.createDirectories(Path.of(options.getOrDefault("output", "output-plain")));
    Config config = ConfigLoader.load(options.containsKey("config") ? Path.of(options.get("config")) : null);
    long started = System.nanoTime();
    Sidecar sidecar = Sidecar.read(input);
    ArticleReader reader = new ArticleReader(sidecar,
        Long.parseLong(options.getOrDefault("maxArticleBytes", "10000000")));
    List<Rejection> rejections = new ArrayList<>(sidecar.rejections());
    rejections.addAll(InputFolder.unreadableEntries(input));
    List<Article> read = new ArrayList<>();
    long firstRead = -1;
    for (String name : InputFolder.articleFiles(input)) {
      Path file = Path.of(name);
      ArticleReader.Result result = reader.read(file.getFileName().toString(), () -> FileChannel.open(file));
      firstRead = firstRead < 0 ? ManagementFactory.getRuntimeMXBean().getUptime() : firstRead;
      read.addAll(result.articles());
      rejections.addAll(result.rejections());
    }
    Deduplication.Decisions unique = Deduplication.of(read.stream().map(Deduplication.ArticleKey::of).toList());
    rejections.addAll(unique.reports());
    ClaimExtractor extractor = new ClaimExtractor(config);
    Map<String, List<Claim>> groups = new HashMap<>();
    Map<String, List<Citation>> citations = new HashMap<>();
    int articles = 0;
    for (Article copy : read) {
      if (unique.droppedFiles().contains(copy.file())) {
        continue;
      }
      Article article = copy.withId(unique.idByFile().getOrDefault(copy.file(), copy.id()));
      articles++;
      ClaimExtractor.Extraction extraction;
      try {
        extraction = extractor.extract(article);
      } catch (RuntimeException | StackOverflowError e) {
        rejections.add(Rejection.ofCrash(article.file(), Rejection.Stage.EXTRACT, e, ClaimExtractor.class));
        continue;
      }
      for (Claim claim : extraction.claims()) {
        groups.computeIfAbsent(claim.groupKey(), k -> new ArrayList<>()).add(claim);
      }
      for (Citation citation : extraction.citations()) {
        citations.computeIfAbsent(citation.key(), k -> new ArrayList<>()).add(citation);
      }
    }
    // Every file is written in the job's order (by sort key; the keys are unique), each line formatted as it is
    // written.
    GroupJudge judge = new GroupJudge();
    Map<String, Verdict> verdicts = new HashMap<>();
    TreeMap<String, Verdict> conflicts = new TreeMap<>();
    TreeMap<String, Verdict> groupLines = new TreeMap<>();
    TreeMap<String, Claim> claims = new TreeMap<>();
    for (Map.Entry<String, List<Claim>> group : groups.entrySet()) {
      Verdict v = judge.judge(group.getValue());
      verdicts.put(group.getKey(), v);
      conflicts.put(Records.conflictSortKey(v), v);
      groupLines.put(Records.groupSortKey(v), v);
      group.getValue().forEach(c -> claims.put(Records.claimSortKey(c), c));
    }
    write(output, CrossCheck.CONFLICTS, conflicts.values(), Records::conflictRow);
    write(output, CrossCheck.GROUPS, groupLines.values(), Records::groupLine);
    write(output, CrossCheck.CLAIMS, claims.values(),
        c -> Records.claimLine(c, verdicts.get(c.groupKey()).verdict()));
    write(output, CrossCheck.CLAIM_REVIEWS, new TreeMap<>(groups).entrySet().stream()
            .filter(group -> verdicts.get(group.getKey()).articles() > 1).toList(),
        group -> ClaimReviews.jsonLd(verdicts.get(group.getKey()), group.getValue()) + "\n");
    write(output, CrossCheck.ATTRIBUTION, new TreeMap<>(citations).values(), Records::attributionRow);
    rejections.sort(Comparator.comparing(Records::rejectionSortKey).thenComparing(Records::rejectionLine));
    write(output, CrossCheck.REJECTED, rejections, Records::rejectionLine);
    CrossCheck.writeReport(output, read.size(), rejections.size());
    System.err.printf("plain run: %d articles, %d subjects in %.1f s; read the first input file %d ms after the JVM "
        + "started%n", articles, groups.size(), (System.nanoTime() - started) / 1e9, firstRead);
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
