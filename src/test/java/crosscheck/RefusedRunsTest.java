package crosscheck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.io.Sha256;
import crosscheck.output.OutputFiles;
import crosscheck.run.NightlyRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that must not start: an output where replacing it could delete what the job did not write, and option values
 * out of their range. Each is refused with exit 64 and one line, and every byte under the test's folder (input,
 * config, yesterday's output, unrelated files) is as it was: no staging folder is made, nothing is deleted.
 */
class RefusedRunsTest {

  @TempDir Path tmp;
  private Path input;

  @BeforeEach
  void seeds() throws IOException {
    input = Files.createDirectories(tmp.resolve("in"));
    try (Stream<Path> seeds = Files.list(Path.of("input"))) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, input.resolve(seed.getFileName()));
      }
    }
  }

  /** Every entry under {@code root}, with the hash of its bytes (a folder's is "folder", a link's its target). */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.toList()) {
        String kind = Files.isSymbolicLink(p) ? "link to " + Files.readSymbolicLink(p)
            : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "folder"
            : Sha256.hex(new String(Files.readAllBytes(p), UTF_8));
        entries.put(root.relativize(p).toString(), kind);
      }
    }
    return entries;
  }

  private record Outcome(int code, String stderr) {}

  private static Outcome run(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, UTF_8));
    try {
      return new Outcome(NightlyRun.run(args), err.toString(UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  /** Runs with {@code args}, expecting {@code code}, one line of stderr holding {@code words}, and nothing changed. */
  private void assertRefused(int code, String words, String... args) throws IOException {
    Map<String, String> before = tree(tmp);
    Outcome outcome = run(args);
    assertEquals(code, outcome.code(), outcome.stderr());
    assertEquals(1, outcome.stderr().lines().count(), "one line: " + outcome.stderr());
    assertTrue(outcome.stderr().contains(words), outcome.stderr());
    assertEquals(before, tree(tmp), "nothing under " + tmp + " changed");
  }

  private void assertOutputRefused(String words, Path output, String... more) throws IOException {
    String[] args = Stream.concat(Stream.of("--input=" + input, "--output=" + output), Stream.of(more))
        .toArray(String[]::new);
    assertRefused(NightlyRun.EXIT_USAGE, words, args);
  }

  /** Yesterday's output, as a run leaves it. */
  private Path previousOutput(String name) throws IOException {
    Path out = Files.createDirectories(tmp.resolve(name));
    Files.writeString(out.resolve(OutputFiles.CONFLICTS), "yesterday's report\n");
    Files.writeString(out.resolve(OutputFiles.RUN_REPORT), "{}\n");
    return out;
  }

  @Test
  void theInputFolderIsNeverTheOutput() throws IOException {
    assertOutputRefused("is the --input folder", input);
    assertOutputRefused("is the --input folder", tmp.resolve("x/../in"));
  }

  @Test
  void anOutputAroundTheInputIsRefused() throws IOException {
    Path base = Files.createDirectories(tmp.resolve("base"));
    Files.writeString(base.resolve("unrelated.txt"), "not the job's");
    Path inner = Files.createDirectories(base.resolve("in"));
    Files.copy(input.resolve("metadata.csv"), inner.resolve("metadata.csv"));
    assertRefused(NightlyRun.EXIT_USAGE, "contains the --input folder", "--input=" + inner, "--output=" + base);
    assertOutputRefused("contains the --input folder", tmp);
  }

  /** The staging folder lies beside the output, so an output inside the input would be read as input. */
  @Test
  void anOutputInsideTheInputIsRefused() throws IOException {
    assertOutputRefused("lies inside the --input folder", input.resolve("out"));
    assertOutputRefused("lies inside the --input folder", input.resolve("deeper/out"));
  }

  @Test
  void symbolicLinksAreFollowed() throws IOException {
    Path link = Files.createSymbolicLink(tmp.resolve("link"), input);
    assertOutputRefused("is the --input folder", link);
    assertOutputRefused("lies inside the --input folder", link.resolve("out"));
    Path linkedOut = Files.createSymbolicLink(tmp.resolve("linked-out"), tmp);
    assertOutputRefused("contains the --input folder", linkedOut);
  }

  /**
   * A swapped output is renamed into place on this machine's file system: an object store's URL is refused with the
   * swap layout rather than taken for a local folder named "gs:", and in its own (dated) layout while its Beam module
   * is not on the class path (s3's is not; gs's comes with the Flink runner). An input given as a file:// URL is still compared with the output.
   */
  @Test
  void anOutputOnAnotherFileSystemIsRefused() throws IOException {
    assertRefused(NightlyRun.EXIT_USAGE, "is not on this machine", "--input=" + input, "--output=gs://bucket/report",
        "--outputLayout=swap");
    assertRefused(NightlyRun.EXIT_USAGE, "No filesystem found for scheme s3", "--input=" + input,
        "--output=s3://bucket/report");
    assertRefused(NightlyRun.EXIT_USAGE, "--outputLayout=rename is out of range", "--input=" + input,
        "--output=" + tmp.resolve("out"), "--outputLayout=rename");
    assertRefused(NightlyRun.EXIT_USAGE, "lies inside the --input folder", "--input=" + input,
        "--output=file://" + input.resolve("reports"), "--outputLayout=dated");
    assertRefused(NightlyRun.EXIT_USAGE, "is the --input folder", "--input=file://" + input, "--output=" + input);
  }

  @Test
  void theConfigFolderIsNeverTheOutput() throws IOException {
    Path config = Files.createDirectories(tmp.resolve("config"));
    Files.copy(Path.of("src/main/resources/config/rates.csv"), config.resolve("rates.csv"));
    assertOutputRefused("is the --config folder", config, "--config=" + config);
    assertOutputRefused("lies inside the --config folder", config.resolve("out"), "--config=" + config);
    Path around = Files.createDirectories(tmp.resolve("around"));
    Path inner = Files.createDirectories(around.resolve("config"));
    Files.copy(config.resolve("rates.csv"), inner.resolve("rates.csv"));
    assertOutputRefused("contains the --config folder", around, "--config=" + inner);
  }

  @Test
  void aFileAtTheOutputPathIsNotReplaced() throws IOException {
    Path file = tmp.resolve("report.csv");
    Files.writeString(file, "someone's spreadsheet");
    assertOutputRefused("exists and is not a folder", file);
    Path dangling = Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("nowhere"));
    assertOutputRefused("exists and is not a folder", dangling);
  }

  @Test
  void theRootAndHomeFoldersAreRefused() throws IOException {
    assertOutputRefused("is the root folder", Path.of("/"));
    String home = System.getProperty("user.home");
    Path fakeHome = previousOutput("home");
    System.setProperty("user.home", fakeHome.toString());
    try {
      assertOutputRefused("is the home folder", fakeHome);
    } finally {
      System.setProperty("user.home", home);
    }
  }

  @Test
  void aFolderTheJobDidNotWriteIsNotReplaced() throws IOException {
    Path notes = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(notes.resolve("plan.txt"), "my notes");
    assertOutputRefused("holds files a run does not write (plan.txt)", notes);

    Path out = previousOutput("out");
    Files.writeString(out.resolve("my-analysis.xlsx"), "kept by hand");
    assertOutputRefused("holds files a run does not write (my-analysis.xlsx)", out);

    Path checkedOut = checkedOutOutput("checked-out");
    Files.writeString(checkedOut.resolve("notes.txt"), "kept by hand");
    assertOutputRefused("holds files a run does not write (notes.txt)", checkedOut);

    Path folderNamedAsAFile = Files.createDirectories(tmp.resolve("odd"));
    Files.writeString(Files.createDirectories(folderNamedAsAFile.resolve(OutputFiles.CLAIMS)).resolve("mine.txt"),
        "kept by hand");
    assertOutputRefused("holds files a run does not write (" + OutputFiles.CLAIMS + ")", folderNamedAsAFile);
  }

  /** The committed output without run.json, as a fresh clone has it (run.json is not in version control). */
  private Path checkedOutOutput(String name) throws IOException {
    Path out = Files.createDirectories(tmp.resolve(name));
    for (String file : OutputFiles.OUTPUT_FILES) {
      Files.writeString(out.resolve(file), "yesterday's " + file + "\n");
    }
    return out;
  }

  /** A fresh clone's output/ holds the job's files and no run.json: the job's own names, so it is replaced. */
  @Test
  void aCheckedOutOutputWithoutRunJsonIsReplaced() throws IOException {
    Path out = checkedOutOutput("out");
    assertEquals(NightlyRun.EXIT_OK, run("--input=" + input, "--output=" + out).code());
    assertArrayEquals(Files.readAllBytes(Path.of("output", OutputFiles.CONFLICTS)),
        Files.readAllBytes(out.resolve(OutputFiles.CONFLICTS)));
    assertTrue(Files.exists(out.resolve(OutputFiles.RUN_REPORT)));
  }

  /** An output path with glob characters is written like any other, and replaced by the next run. */
  @Test
  void anOutputPathWithGlobCharactersIsWritten() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("report [v2] {a,b} *"));
    for (int run = 0; run < 2; run++) {
      assertEquals(NightlyRun.EXIT_OK, run("--input=" + input, "--output=" + out).code());
      assertArrayEquals(Files.readAllBytes(Path.of("output", OutputFiles.CONFLICTS)),
          Files.readAllBytes(out.resolve(OutputFiles.CONFLICTS)));
    }
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertEquals(List.of("in", "report [v2] {a,b} *"),
          siblings.map(p -> p.getFileName().toString()).sorted().toList(), "no staging or previous folder left");
    }
  }

  @Test
  void optionValuesOutOfRangeAreRefusedWithTheRange() throws IOException {
    Path out = previousOutput("out");
    Map<String, String> refusals = Map.of(
        "--maxArticleBytes=-5", "a whole number of bytes from 1 to 2147483639",
        "--maxArticleBytes=0", "a whole number of bytes from 1 to 2147483639",
        "--maxRejectedFraction=NaN", "a number from 0 to 1",
        "--maxRejectedFraction=1.5", "a number from 0 to 1",
        "--maxRejectedFraction=-0.1", "a number from 0 to 1",
        "--fileBatches=-2", "0 (chosen from the cores) or a whole number above 0",
        "--targetParallelism=0", "a whole number of threads from 1",
        "--parallelism=0", "-1 (the cluster's default) or a whole number from 1",
        "--reviewUrlBase=javascript:alert(1)", "empty or an http or https address",
        "--reviewUrlBase=example.org/checks", "empty or an http or https address");
    for (Map.Entry<String, String> option : new TreeMap<>(refusals).entrySet()) {
      assertRefused(NightlyRun.EXIT_USAGE, option.getKey() + " is out of range: it must be " + option.getValue(),
          "--input=" + input, "--output=" + out, option.getKey());
    }
    assertRefused(NightlyRun.EXIT_USAGE, "--output is not a path", "--input=" + input, "--output=out\0put");
  }

  /** A mistyped config folder, or a mistyped file in it, must not leave the built-in config in force. */
  @Test
  void aConfigFolderThatIsNotThereOrHoldsUnknownFilesIsExit2() throws IOException {
    Path out = previousOutput("out");
    assertRefused(NightlyRun.EXIT_BAD_CONFIG, "bad config: --config folder " + tmp.resolve("confg")
        + " does not exist", "--input=" + input, "--output=" + out, "--config=" + tmp.resolve("confg"));
    Path config = Files.createDirectories(tmp.resolve("config"));
    Files.writeString(config.resolve("entites.json"), "{}");
    assertRefused(NightlyRun.EXIT_BAD_CONFIG, "entites.json: not a config file", "--input=" + input,
        "--output=" + out, "--config=" + config);
  }
}
