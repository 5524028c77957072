package crosscheck.corpus;

import crosscheck.config.Config;
import crosscheck.config.ConfigLoader;
import crosscheck.io.ArticleReader;
import crosscheck.io.Deduplication;
import crosscheck.io.Flags;
import crosscheck.io.Folder;
import crosscheck.io.InputFolder;
import crosscheck.io.Sidecar;
import crosscheck.model.Article;
import crosscheck.model.Citation;
import crosscheck.model.Claim;
import crosscheck.model.Rejection;
import crosscheck.output.OutputFiles;
import crosscheck.output.Records;
import crosscheck.text.ClaimExtractor;
import crosscheck.verdict.GroupJudge;
import crosscheck.verdict.SameNameCompanies;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * The floor for the benchmark: the same reading, de-duplication, extraction, judging and formatting code as the
 * pipeline, in one plain single-threaded loop with no Beam engine (it lists and reads the input through Beam's
 * file systems, as the pipeline does), writing the same files sorted the same way (every file
 * of {@link OutputFiles#OUTPUT_FILES}). It holds every article it reads. Not for production: no run report, no
 * atomic swap, no guard on the rejected fraction.
 *
 * <p>Usage: {@code PlainRun --input=DIR --output=DIR [--config=DIR] [--maxArticleBytes=N] [--reviewUrlBase=URL]}.
 */
public final class PlainRun {

  /** Bytes written to a file at a time: its records are many and small. */
  private static final int WRITE_BUFFER = 1 << 20;

  private PlainRun() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = Flags.parse(args);
    InputFolder input = InputFolder.at(options.getOrDefault("input", "input"));
    Path output = Files.createDirectories(Path.of(options.getOrDefault("output", "output-plain")));
    Config config = ConfigLoader.load(options.containsKey("config") ? Path.of(options.get("config")) : null);
    long started = System.nanoTime();
    Sidecar sidecar = Sidecar.read(input);
    ArticleReader reader = new ArticleReader(sidecar,
        Long.parseLong(options.getOrDefault("maxArticleBytes", "10000000")));
    List<Rejection> rejections = new ArrayList<>(sidecar.rejections());
    rejections.addAll(input.unreadableEntries());
    List<Article> read = new ArrayList<>();
    long firstRead = -1;
    for (MatchResult.Metadata file : input.articleFiles()) {
      ArticleReader.Result result =
          reader.read(file.resourceId().getFilename(), () -> FileSystems.open(file.resourceId()));
      firstRead = firstRead < 0 ? ManagementFactory.getRuntimeMXBean().getUptime() : firstRead;
      read.addAll(result.articles());
      rejections.addAll(result.rejections());
    }
    long readDone = System.nanoTime();
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
    long extracted = System.nanoTime();
    // Every file is written in the job's order: by sort key (unique but for rejections, which are then ordered by
    // their line, as the job's merge orders them).
    GroupJudge judge = new GroupJudge();
    // Lists of (key, record), sorted once when written: cheaper than a map kept sorted, or hashed, on every insertion.
    Map<String, List<Map.Entry<String, String>>> files = new HashMap<>();
    OutputFiles.HEADERS.keySet().forEach(file -> files.put(file, new ArrayList<>()));
    OutputFiles.Sink sink = (file, key, text) -> files.get(file).add(Map.entry(key, text));
    for (List<Claim> subject : groups.values()) {
      for (List<Claim> group : SameNameCompanies.apart(subject).values()) {
        OutputFiles.subjectRecords(judge.judge(group), group, options.getOrDefault("reviewUrlBase", ""), sink);
      }
    }
    citations.forEach((source, cited) -> sink.add(OutputFiles.ATTRIBUTION, source, Records.attributionRow(cited)));
    rejections.sort(Comparator.comparing(OutputFiles::rejectionSortKey).thenComparing(Records::rejectionLine));
    for (Map.Entry<String, List<Map.Entry<String, String>>> file : files.entrySet()) {
      // Each record encoded on its own (String.getBytes copies ASCII text): faster than an encoding writer.
      try (OutputStream out =
          new BufferedOutputStream(Files.newOutputStream(output.resolve(file.getKey())), WRITE_BUFFER)) {
        out.write(OutputFiles.HEADERS.get(file.getKey()).getBytes(StandardCharsets.UTF_8));
        if (file.getKey().equals(OutputFiles.REJECTED)) {
          for (Rejection rejection : rejections) {
            out.write(Records.rejectionLine(rejection).getBytes(StandardCharsets.UTF_8));
          }
        }
        file.getValue().sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, String> record : file.getValue()) {
          out.write(record.getValue().getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    long recordsWritten = System.nanoTime();
    OutputFiles.writeFromMerged(Folder.of(output), read.size(), rejections.size());
    long done = System.nanoTime();
    System.err.printf("plain run: %d articles, %d subjects in %.1f s (read %.1f s, extract %.1f s, records %.1f s, "
        + "report and spreadsheet %.1f s); read the first input file %d ms after the JVM started%n", articles,
        groups.size(), (done - started) / 1e9, (readDone - started) / 1e9, (extracted - readDone) / 1e9,
        (recordsWritten - extracted) / 1e9, (done - recordsWritten) / 1e9, firstRead);
  }
}
