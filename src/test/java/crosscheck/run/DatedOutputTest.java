package crosscheck.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.CommittedOutput;
import crosscheck.io.Folder;
import crosscheck.lookup.Lookup;
import crosscheck.output.OutputFiles;
import crosscheck.pipeline.WriteSortedFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dated layout of an object store, driven through Beam's file systems with file:// URLs: each run writes a new
 * folder named by its start time, and commits it by writing _SUCCESS last; a reader takes the newest folder with
 * _SUCCESS.
 */
class DatedOutputTest {

  @TempDir Path tmp;

  @Test
  void aDatedRunHoldsTheSwappedOutputsBytesAndCommitsWithSuccessLast() throws IOException {
    Path root = tmp.resolve("reports");
    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(new String[] {"--input=input", "--output=file://" + root,
        "--outputLayout=dated"}));

    Path run = committed(root).orElseThrow();
    assertTrue(run.getFileName().toString().matches("\\d{4}-\\d\\d-\\d\\dT\\d{6}\\.\\d{3}Z"), run.toString());
    assertEquals(committedFiles(), names(run), "no parts or temporary files left behind");
    CommittedOutput.assertSameBytes(run, "the dated layout");
    assertEquals(0, Files.size(run.resolve(DatedOutput.SUCCESS)));
    FileTime success = Files.getLastModifiedTime(run.resolve(DatedOutput.SUCCESS));
    for (String file : OutputFiles.JOB_FILES) {
      assertTrue(Files.getLastModifiedTime(run.resolve(file)).compareTo(success) <= 0, file + " after _SUCCESS");
    }
  }

  /**
   * On a file system Beam takes for a remote one (an object store's stand-in on this disk: {@link ElsewhereFileSystem})
   * the dated layout is the default, and input and output, read, listed, merged and written through Beam's file
   * systems alone, give the committed bytes.
   */
  @Test
  void anOutputOnAnotherFileSystemIsDatedByDefault() throws IOException {
    Path root = tmp.resolve("bucket/reports");
    String elsewhere = ElsewhereFileSystem.SCHEME + "://";
    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(new String[] {"--input=" + elsewhere + Path.of("input")
        .toAbsolutePath(), "--output=" + elsewhere + root}));

    Path run = committed(root).orElseThrow();
    CommittedOutput.assertSameBytes(run, "an object store's dated layout");
    try (Stream<Path> files = Files.walk(run)) {
      assertEquals(committedFiles(), files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted()
          .toList(), "the parts are deleted (their empty folder is this stand-in's: an object store has none)");
    }
    assertTrue(Files.readString(run.resolve(OutputFiles.RUN_REPORT)).contains("\"outputLayout\" : \"dated\""));
  }

  /**
   * A run over too many rejections leaves its folder for inspection without _SUCCESS, so a reader still takes the
   * earlier run, whose folder is byte for byte as it was; the next good run is taken.
   */
  @Test
  void aRunThatMustNotBeUsedLeavesNoSuccessAndNoEarlierFolderChanged() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Path.of("input/001_495b32daaaad6726.txt"), input.resolve("good.txt"));
    Path root = tmp.resolve("reports");
    String[] args = {"--input=" + input, "--output=file://" + root, "--outputLayout=dated",
        "--maxRejectedFraction=0.5"};
    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(args));
    Path first = committed(root).orElseThrow();
    Map<String, byte[]> before = contents(first);

    Files.write(input.resolve("empty1.txt"), new byte[0]);
    Files.write(input.resolve("empty2.txt"), new byte[0]);
    assertEquals(NightlyRun.EXIT_TOO_MANY_REJECTED, NightlyRun.run(args));

    assertEquals(first, committed(root).orElseThrow(), "the reader still takes the earlier run");
    assertEquals(2, names(root).size());
    Path rejected = root.resolve(names(root).get(1));
    assertFalse(Files.exists(rejected.resolve(DatedOutput.SUCCESS)));
    assertEquals(2, Files.readAllLines(rejected.resolve(OutputFiles.REJECTED)).size());
    assertTrue(Files.readString(rejected.resolve(OutputFiles.RUN_REPORT)).contains("too many rejected"));
    Map<String, byte[]> after = contents(first);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));

    Files.delete(input.resolve("empty1.txt"));
    Files.delete(input.resolve("empty2.txt"));
    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(args));
    Path newest = root.resolve(names(root).get(2));
    assertEquals(newest, committed(root).orElseThrow(), "the newest committed run");

    String claim = new ObjectMapper().readTree(Files.readAllLines(newest.resolve(OutputFiles.CLAIMS)).get(0))
        .get("id").asText();
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    assertEquals(Lookup.EXIT_FOUND, Lookup.run(new String[] {"--output=" + root, "--id=" + claim}, quiet, quiet),
        "lookup reads the newest committed run of a folder of dated runs");
  }

  /** A run that failed removes what it wrote, its parts too; it never had _SUCCESS. */
  @Test
  void aFailedRunRemovesItsFolder() throws IOException {
    Folder root = Folder.at("file://" + tmp.resolve("reports"));
    DatedOutput output = DatedOutput.start(root, Instant.parse("2026-11-26T21:00:00.123Z"));
    assertEquals("2026-11-26T210000.123Z", output.staging().local().orElseThrow().getFileName().toString());
    for (Folder folder : List.of(output.staging(), output.staging().folder(WriteSortedFiles.PARTS))) {
      try (OutputStream out = folder.create(OutputFiles.CLAIMS)) {
        out.write('x');
      }
    }

    output.abandon();

    assertEquals(List.of(), names(tmp.resolve("reports")));
  }

  /** The files of a committed run's folder, in name order. */
  private static List<String> committedFiles() {
    List<String> files = new ArrayList<>(OutputFiles.OUTPUT_FILES);
    files.add(OutputFiles.RUN_REPORT);
    files.add(DatedOutput.SUCCESS);
    return files.stream().sorted().toList();
  }

  /** The folder a reader takes, found through Beam's file systems as an object store's reader would. */
  private static Optional<Path> committed(Path root) throws IOException {
    return DatedOutput.newestCommitted(Folder.at(ElsewhereFileSystem.SCHEME + "://" + root))
        .map(run -> Path.of(run.toString().substring((ElsewhereFileSystem.SCHEME + "://").length())));
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (String name : names(folder)) {
      files.put(name, Files.readAllBytes(folder.resolve(name)));
    }
    return files;
  }
}
