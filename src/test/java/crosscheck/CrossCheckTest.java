package crosscheck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.output.OutputFiles;
import crosscheck.pipeline.CrossCheckOptions;
import crosscheck.run.NightlyRun;
import crosscheck.run.RunnerDefaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job through its command line, as cron runs it. */
class CrossCheckTest {

  private static final Path GOLDEN = Path.of("output");
  private static final List<String> FILES = OutputFiles.OUTPUT_FILES;

  @TempDir Path tmp;

  /**
   * The committed {@code output/} is what the seeds give. When a change moves a verdict, this fails: review the
   * difference, then regenerate with the README's run command and commit it with the change.
   */
  @Test
  void seedsGiveTheCommittedOutputWhateverTheParallelism() throws IOException {
    for (String parallelism : List.of("1", "4")) {
      Path out = tmp.resolve("out-" + parallelism);
      int code = NightlyRun.run(new String[] {"--input=input", "--output=" + out,
          "--targetParallelism=" + parallelism, "--fileBatches=" + (parallelism.equals("1") ? 1 : 3)});
      assertEquals(NightlyRun.EXIT_OK, code);
      CommittedOutput.assertSameBytes(out, "the job");
      List<String> expected = new ArrayList<>(FILES);
      expected.add(OutputFiles.RUN_REPORT);
      try (Stream<Path> files = Files.list(out)) {
        assertEquals(expected.stream().sorted().toList(),
            files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files left behind");
      }
    }
  }

  /** The benchmark's floor must do the job's work: it writes the same bytes, or its times would mean nothing. */
  @Test
  void theFloorWritesTheSameFilesAsTheJob() throws IOException {
    Path out = tmp.resolve("floor");
    crosscheck.corpus.PlainRun.main(new String[] {"--input=input", "--output=" + out});
    CommittedOutput.assertSameBytes(out, "the floor");
  }

  @Test
  void conflictsCsvOpensCleanlyWithTheDocumentedColumns() throws IOException {
    String text = Files.readString(GOLDEN.resolve(OutputFiles.CONFLICTS), UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "a byte order mark tells spreadsheets the file is UTF-8");
    try (CSVParser parser = CSVParser.parse(text.substring(1), CSVFormat.RFC4180.builder().setHeader().build())) {
      assertEquals(OutputFiles.CONFLICT_COLUMNS, parser.getHeaderNames());
      List<CSVRecord> rows = parser.getRecords();
      assertFalse(rows.isEmpty());
      for (CSVRecord row : rows) {
        assertTrue(List.of("AGREE", "CONFLICT", "SINGLE_SOURCE").contains(row.get("verdict")));
        assertFalse(row.get("explanation").isBlank());
      }
    }
  }

  /**
   * A claim line names its group by key and verdict only; the group's own line, one per conflicts row, sorted by key,
   * lists each of its claims, and each claim is listed by exactly one group.
   */
  @Test
  void claimLinesReferToTheirGroupWhichListsItsClaimsOnce() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> groups = new TreeMap<>();
    List<String> keys = new ArrayList<>();
    for (String line : Files.readAllLines(GOLDEN.resolve(OutputFiles.GROUPS), UTF_8)) {
      JsonNode group = json.readTree(line);
      keys.add(group.get("key").asText());
      groups.put(group.get("key").asText(), group);
    }
    assertEquals(keys.stream().sorted().distinct().toList(), keys, "groups.jsonl is sorted by key, one line each");
    assertEquals(Files.readAllLines(GOLDEN.resolve(OutputFiles.CONFLICTS), UTF_8).size() - 1, keys.size());
    Map<String, String> listedBy = new TreeMap<>();
    groups.forEach((key, group) -> group.get("claimIds")
        .forEach(id -> assertEquals(null, listedBy.put(id.asText(), key), id + " is listed by two groups")));
    List<String> claims = Files.readAllLines(GOLDEN.resolve(OutputFiles.CLAIMS), UTF_8);
    assertEquals(listedBy.size(), claims.size());
    for (String line : claims) {
      JsonNode claim = json.readTree(line);
      JsonNode group = claim.get("group");
      List<String> fields = new ArrayList<>();
      group.fieldNames().forEachRemaining(fields::add);
      assertEquals(List.of("key", "verdict"), fields, line);
      assertEquals(listedBy.get(claim.get("id").asText()), group.get("key").asText(), line);
      assertEquals(groups.get(group.get("key").asText()).get("verdict"), group.get("verdict"), line);
    }
  }

  @Test
  void attributionCsvMergesPeopleAcrossArticles() throws IOException {
    String text = Files.readString(GOLDEN.resolve(OutputFiles.ATTRIBUTION), UTF_8).substring(1);
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().build())) {
      CSVRecord cfo = parser.getRecords().stream().filter(r -> r.get("source").equals("Maggie Wu")).findFirst()
          .orElseThrow();
      assertEquals("person", cfo.get("kind"));
      assertEquals("chief financial officer", cfo.get("role"));
      assertEquals("Alibaba Group", cfo.get("speaks_for"));
      assertEquals("001_495b32daaaad6726 003_a3bef53a4f747b45", cfo.get("article_ids"), "Maggie Wu = Wu Wei");
    }
  }

  @Test
  void claimReviewsAreSchemaOrgJsonLdForGroupsOfTwoOrMoreArticles() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(GOLDEN.resolve(OutputFiles.CLAIM_REVIEWS), UTF_8);
    assertEquals(4, lines.size(), "the seeds have four subjects that two or more articles speak to");
    for (String line : lines) {
      JsonNode review = json.readTree(line);
      assertEquals("https://schema.org", review.get("@context").asText());
      assertEquals("ClaimReview", review.get("@type").asText());
      assertTrue(List.of("Sources agree", "Sources conflict")
          .contains(review.at("/reviewRating/alternateName").asText()));
      assertTrue(review.at("/itemReviewed/appearance").size() >= 1, "the first appearance and at least one more");
    }
  }

  @Test
  void badArticlesAreRejectedWithReasonsAndTheRunGoesOn() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Path.of("input/001_495b32daaaad6726.txt"), input.resolve("good.txt"));
    Files.write(input.resolve("empty.txt"), new byte[0]);
    Files.write(input.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    Files.write(input.resolve("latin1.txt"), "Caf\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Files.writeString(input.resolve("feed.jsonl"), "{\"id\":\"j1\",\"date\":\"2021-05\",\"text\":\"Alibaba "
        + "Cloud grew 37% in the first quarter.\"}\nnot json\n");
    Files.writeString(input.resolve("notes.docx"), "x");
    Path out = tmp.resolve("out");

    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(new String[] {"--input=" + input, "--output=" + out}));

    List<String> rejected = NightlyRunTest.rejected(out);
    assertEquals(List.of(
        "binary.txt:0 read binary file: NUL byte at offset 4",
        "empty.txt:0 read empty file",
        "feed.jsonl:2 parse not valid JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, "
            + "Object or token 'null', 'true' or 'false')",
        "latin1.txt:0 read not valid UTF-8: malformed byte sequence at byte offset 3 (Latin-1 or Windows-1252? save "
            + "it as UTF-8)",
        "notes.docx:0 read unsupported file type: expected .txt or .jsonl"), rejected);
    String conflicts = Files.readString(out.resolve(OutputFiles.CONFLICTS));
    assertTrue(conflicts.contains("good#"), "the good article's claims are judged");
    assertTrue(conflicts.contains("j1#"), "the good JSONL line's claims are judged");
  }

  @Test
  void brokenConfigStopsBeforeTheRunAndKeepsThePreviousOutput() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("conflicts.csv"), "previous run\n");
    Path config = Files.createDirectories(tmp.resolve("config"));
    Files.writeString(config.resolve("rates.csv"), "currency,from_month,units_per_usd\nCNY,2021-01,-1\n");

    int code = NightlyRun.run(new String[] {"--input=input", "--output=" + out, "--config=" + config});

    assertEquals(NightlyRun.EXIT_BAD_CONFIG, code);
    assertEquals("previous run\n", Files.readString(out.resolve("conflicts.csv")));
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertEquals(List.of("config", "out"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void missingInputFolderHasItsOwnExitCode() {
    assertEquals(NightlyRun.EXIT_BAD_INPUT_FOLDER,
        NightlyRun.run(new String[] {"--input=" + tmp.resolve("nope"), "--output=" + tmp.resolve("out")}));
    assertEquals(NightlyRun.EXIT_USAGE, NightlyRun.run(new String[] {"--no-such-option=1"}));
  }

  @Test
  void aRunOnTheDirectRunnerSwitchesItsChecksOffAndRunsAThreadPerCoreUnlessTheCommandLineSaysOtherwise() {
    String[] plain = {"--input=input"};
    CrossCheckOptions options = PipelineOptionsFactory.fromArgs(plain).as(CrossCheckOptions.class);
    RunnerDefaults.apply(options, plain);
    assertFalse(options.as(DirectOptions.class).isEnforceImmutability());
    assertFalse(options.as(DirectOptions.class).isEnforceEncodability());
    assertEquals(Runtime.getRuntime().availableProcessors(), options.as(DirectOptions.class).getTargetParallelism());

    String[] checked = {"--enforceImmutability=true", "--enforceEncodability", "--targetParallelism=7"};
    options = PipelineOptionsFactory.fromArgs(checked).as(CrossCheckOptions.class);
    RunnerDefaults.apply(options, checked);
    assertTrue(options.as(DirectOptions.class).isEnforceImmutability());
    assertTrue(options.as(DirectOptions.class).isEnforceEncodability());
    assertEquals(7, options.as(DirectOptions.class).getTargetParallelism());
  }
}
