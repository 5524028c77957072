package crosscheck.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.CommittedOutput;
import crosscheck.io.Folder;
import crosscheck.output.OutputFiles;
import crosscheck.pipeline.WriteSortedFiles;
import java.io.IOException;
import java.io.OutputStream;
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
    List<String> expected = new ArrayList<>(OutputFiles.OUTPUT_FILES);
    expected.add(OutputFiles.RUN_REPORT);
    expected.add(DatedOutput.SUCCESS);
    assertEquals(expected.stream().sorted().toList(), names(run), "no parts or temporary files left behind");
    CommittedOutput.assertSameBytes(run, "the dated layout");
    assertEquals(0, Files.size(run.resolve(DatedOutput.SUCCESS)));
    FileTime success = Files.getLastModifiedTime(run.resolve(DatedOutput.SUCCESS));
    for (String file : OutputFiles.JOB_FILES) {
      assertTrue(Files.getLastModifiedTime(run.resolve(file)).compareTo(success) <= 0, file + " after _SUCCESS");
    }
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
    assertEquals(root.resolve(names(root).get(2)), committed(root).orElseThrow(), "the newest committed run");
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

  /** What a reader of the dated layout does: the newest folder, by name, that holds _SUCCESS. */
  private static Optional<Path> committed(Path root) throws IOException {
    return names(root).stream().map(root::resolve).filter(run -> Files.exists(run.resolve(DatedOutput.SUCCESS)))
        .reduce((older, newer) -> newer);
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
