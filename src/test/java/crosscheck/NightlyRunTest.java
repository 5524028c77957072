package crosscheck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.io.InputFolder;
import crosscheck.output.OutputFiles;
import crosscheck.run.NightlyRun;
import crosscheck.run.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job as cron runs it: bad input, killed runs, repeated runs, spreadsheets. */
class NightlyRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** Each line of rejected.jsonl as "file:line stage reason". */
  static List<String> rejected(Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve(OutputFiles.REJECTED), UTF_8)) {
      JsonNode node = JSON.readTree(line);
      lines.add(node.get("file").asText() + ":" + node.get("line").asInt() + " " + node.get("stage").asText() + " "
          + node.get("reason").asText());
    }
    return lines;
  }

  private Path seedsCopy(String name) throws IOException {
    Path input = Files.createDirectories(tmp.resolve(name));
    try (Stream<Path> seeds = Files.list(Path.of("input"))) {
      for (Path seed : seeds.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.copy(seed, input.resolve(seed.getFileName()));
      }
    }
    return input;
  }

  @Test
  void duplicatesIdClashesFoldersAndBrokenLinksAreReported() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in"));
    String article = Files.readString(Path.of("input/001_495b32daaaad6726.txt"));
    Files.writeString(input.resolve("a.txt"), article);
    Files.writeString(input.resolve("copy-of-a.txt"), article);
    Files.writeString(input.resolve("feed.jsonl"),
        "{\"id\":\"a\",\"date\":\"2021-05\",\"text\":\"Alibaba Cloud revenue grew 20% in 2020.\"}\n");
    Files.writeString(input.resolve("huge.txt"), "Alibaba Cloud grew 37%. ".repeat(100));
    Files.writeString(input.resolve("undated.txt"), "date: yesterday\n\nAlibaba Cloud grew 37%.");
    Files.createDirectories(input.resolve("archive"));
    Files.createSymbolicLink(input.resolve("gone.txt"), tmp.resolve("nowhere.txt"));
    Path out = tmp.resolve("out");

    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(new String[] {"--input=" + input, "--output=" + out,
        "--maxArticleBytes=2395"}));

    assertEquals(List.of(
        "archive:0 folder a folder: only files directly in the input folder are read",
        "copy-of-a.txt:0 deduplicate same text as a.txt (article a): kept once",
        "feed.jsonl:1 deduplicate id 'a' is also the id of a different article in a.txt: kept as 'a~"
            + hashOf(input) + "'",
        "gone.txt:0 folder a link to nothing: cannot be read",
        "huge.txt:0 read article is 2400 bytes, over the limit of 2395 (--maxArticleBytes)",
        "undated.txt:0 parse header date 'yesterday' is not YYYY, YYYY-MM or YYYY-MM-DD"), rejected(out));
    String claims = Files.readString(out.resolve(OutputFiles.CLAIMS));
    assertTrue(claims.contains("\"articleId\":\"a~"), "both articles named 'a' are kept");
    assertFalse(claims.contains("copy-of-a"), "the copy does not confirm its original");
  }

  /** A signed figure is compared with its sign, and one too large to compare is reported, not fatal. */
  @Test
  void signedFiguresConflictAndAbsurdOnesAreRejectedClaims() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(input.resolve("down.txt"), "date: 2021-05-17\n\nAlibaba Cloud revenue growth was -12% in "
        + "2020, the company said.");
    Files.writeString(input.resolve("up.txt"), "date: 2021-05-18\n\nAlibaba Cloud revenue growth was 12% in 2020, "
        + "the company said.");
    String digits = "1" + ",000".repeat(111);
    Files.writeString(input.resolve("digits.txt"), "date: 2021-05-18\n\nAlibaba Cloud revenue was $" + digits
        + " in 2020, the company said.");
    Path out = tmp.resolve("out");

    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(new String[] {"--input=" + input, "--output=" + out}));

    List<String> rejected = rejected(out);
    assertEquals(1, rejected.size(), rejected::toString);
    assertTrue(rejected.get(0).startsWith("digits.txt:0 extract sentence 0, offset 26: figure '$1,000,000"),
        rejected.get(0));
    assertTrue(rejected.get(0).endsWith("is 1.00E+333 USD, beyond max_value 1E+15 of numbers.json: no claim"),
        rejected.get(0));
    String conflicts = Files.readString(out.resolve(OutputFiles.CONFLICTS), UTF_8);
    assertTrue(conflicts.contains("Alibaba Cloud,growth rate,2020,CONFLICT"), conflicts);
    JsonNode report = JSON.readTree(out.resolve(OutputFiles.RUN_REPORT).toFile());
    assertEquals(1, report.at("/counts/dropped").asInt());
    assertEquals(0, report.at("/counts/failed").asInt());
  }

  private static String hashOf(Path input) throws IOException {
    String line = Files.readAllLines(input.resolve("feed.jsonl")).get(0);
    return crosscheck.io.Sha256.hex(JSON.readTree(line).get("text").asText()).substring(0, 8);
  }

  @Test
  void sameInputInAnotherOrderGivesTheSameBytes() throws IOException {
    Path input = seedsCopy("reversed");
    Path out = tmp.resolve("out");
    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(new String[] {"--input=" + input, "--output=" + out}));
    assertSameBytesAsTheCommittedOutput(out);
    JsonNode report = JSON.readTree(out.resolve(OutputFiles.RUN_REPORT).toFile());
    assertEquals("done", report.get("outcome").asText());
    assertEquals(5, report.at("/counts/articles").asInt());
    assertEquals(32, report.at("/counts/claims").asInt());
    assertTrue(report.get("inputHash").asText().startsWith("sha256:"));
    assertTrue(report.get("stageMillis").has("extract"));
    assertEquals(RunReport.inputHash(InputFolder.at("input")), report.get("inputHash").asText(),
        "the same files give the same input hash");
  }

  /** An input named by a file:// URL is listed and read through Beam's file systems, as a gs:// or s3:// one is. */
  @Test
  void foldersGivenAsFileUrlsGiveTheSameBytes() throws IOException {
    Path input = seedsCopy("by-url");
    Path out = tmp.resolve("out");
    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(new String[] {"--input=file://" + input.toAbsolutePath(),
        "--output=file://" + out.toAbsolutePath()}));
    assertSameBytesAsTheCommittedOutput(out);
    assertEquals(RunReport.inputHash(InputFolder.at("input")),
        JSON.readTree(out.resolve(OutputFiles.RUN_REPORT).toFile()).get("inputHash").asText(),
        "the same files through a URL give the same input hash");
  }

  /** A local folder is listed as it is named, not as a glob: brackets and stars are letters of its name. */
  @Test
  void foldersNamedWithGlobCharactersAreReadAsNamed() throws IOException {
    Path input = seedsCopy("news [1] *");
    Path out = tmp.resolve("out [1]");
    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(new String[] {"--input=" + input, "--output=" + out}));
    assertSameBytesAsTheCommittedOutput(out);
  }

  private static void assertSameBytesAsTheCommittedOutput(Path out) throws IOException {
    for (String file : OutputFiles.OUTPUT_FILES) {
      assertArrayEquals(Files.readAllBytes(Path.of("output", file)), Files.readAllBytes(out.resolve(file)), file);
    }
  }

  @Test
  void tooManyRejectionsKeepThePreviousOutput() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Path.of("input/001_495b32daaaad6726.txt"), input.resolve("good.txt"));
    Files.write(input.resolve("empty1.txt"), new byte[0]);
    Files.write(input.resolve("empty2.txt"), new byte[0]);
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve(OutputFiles.CONFLICTS), "yesterday's report\n");
    Files.writeString(out.resolve(OutputFiles.RUN_REPORT), "{}\n");

    int code = NightlyRun.run(new String[] {"--input=" + input, "--output=" + out, "--maxRejectedFraction=0.5"});

    assertEquals(NightlyRun.EXIT_TOO_MANY_REJECTED, code);
    assertEquals("yesterday's report\n", Files.readString(out.resolve(OutputFiles.CONFLICTS)));
    try (Stream<Path> siblings = Files.list(tmp)) {
      Path aside = siblings.filter(p -> p.getFileName().toString().startsWith("out.rejected-")).findFirst()
          .orElseThrow();
      assertEquals(2, Files.readAllLines(aside.resolve(OutputFiles.REJECTED)).size());
    }
  }

  @Test
  void cellsThatWouldRunAsFormulasAreDefused() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(input.resolve("=HYPERLINK(1).txt"), "Alibaba Cloud revenue grew 37% in 2020, the company "
        + "said.");
    Files.writeString(input.resolve("@SUM(2).txt"), "Alibaba Cloud revenue grew 38% in 2020, the company said.");
    Path out = tmp.resolve("out");
    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(new String[] {"--input=" + input, "--output=" + out}));

    for (String csv : List.of(OutputFiles.CONFLICTS, OutputFiles.VALUES, OutputFiles.ATTRIBUTION)) {
      String text = Files.readString(out.resolve(csv), UTF_8);
      assertTrue(text.startsWith("\uFEFF"));
      try (CSVParser parser = CSVParser.parse(text.substring(1), CSVFormat.RFC4180.builder().setHeader().build())) {
        List<CSVRecord> rows = parser.getRecords();
        assertFalse(rows.isEmpty());
        for (CSVRecord row : rows) {
          for (String cell : row) {
            boolean number = cell.matches("-?\\d+(\\.\\d+)?");
            assertTrue(number || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0,
                () -> csv + " cell could run as a formula: " + cell);
          }
        }
      }
    }
    assertTrue(Files.readString(out.resolve(OutputFiles.CONFLICTS)).contains("'=HYPERLINK(1)"));
  }

  /** A run killed part-way leaves the previous output whole, and the next run cleans up after it. */
  @Test
  void aKilledRunLeavesThePreviousOutputWhole() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("big"));
    String seed = Files.readString(Path.of("input/002_2070ac6cbc64cb8c.txt"));
    for (int i = 0; i < 3000; i++) {
      Files.writeString(input.resolve(String.format("a%05d.txt", i)), seed + "\nCopy " + i + ".");
    }
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve(OutputFiles.CONFLICTS), "yesterday's report\n");
    Files.writeString(out.resolve(OutputFiles.RUN_REPORT), "{}\n");
    String classpath = "target/classes" + java.io.File.pathSeparator
        + Files.readString(Path.of("target/classpath.txt")).strip();
    Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classpath, "crosscheck.CrossCheck", "--input=" + input, "--output=" + out)
        .redirectErrorStream(true).redirectOutput(tmp.resolve("run.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!stagingExists() && run.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(500);
    assertTrue(run.isAlive(), "the run should still be going when it is killed: " + Files.readString(
        tmp.resolve("run.log")));
    run.destroyForcibly().waitFor();

    assertEquals("yesterday's report\n", Files.readString(out.resolve(OutputFiles.CONFLICTS)));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of(OutputFiles.CONFLICTS, OutputFiles.RUN_REPORT),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertTrue(stagingExists(), "the killed run's staging folder is left behind");

    Path small = seedsCopy("small");
    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(new String[] {"--input=" + small, "--output=" + out}));
    assertFalse(stagingExists(), "the next run removes what the killed run left");
    assertArrayEquals(Files.readAllBytes(Path.of("output", OutputFiles.CONFLICTS)),
        Files.readAllBytes(out.resolve(OutputFiles.CONFLICTS)));
  }

  private boolean stagingExists() throws IOException {
    try (Stream<Path> siblings = Files.list(tmp)) {
      return siblings.anyMatch(p -> p.getFileName().toString().startsWith("out.staging-"));
    }
  }
}
