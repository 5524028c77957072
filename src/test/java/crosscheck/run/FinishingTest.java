package crosscheck.run;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.io.Folder;
import crosscheck.io.InputFolder;
import crosscheck.output.OutputFiles;
import crosscheck.pipeline.WriteSortedFiles;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * After the pipeline: every file merged from its parts, the made files written once the files they read are
 * complete, and at once; the input hashed; a failure fails the run with its own error. Each test is bounded: a task
 * never finished would hang the run.
 */
@Timeout(60)
class FinishingTest {

  @TempDir
  Path tmp;
  private Folder staging;
  private InputFolder input;

  @BeforeEach
  void parts() throws IOException {
    staging = Folder.of(Files.createDirectories(tmp.resolve("staging")));
    // Two parts of claims.jsonl, each sorted, as the pipeline writes them: key and text, each as length and UTF-8.
    part(OutputFiles.CLAIMS + ".000", "b", "{\"id\":\"b\"}\n", "d", "{\"id\":\"d\"}\n");
    part(OutputFiles.CLAIMS + ".001", "a", "{\"id\":\"a\"}\n", "c", "{\"id\":\"c\"}\n");
    part(OutputFiles.REJECTED + ".003", "x", "{\"file\":\"x\"}\n");
    Path articles = Files.createDirectories(tmp.resolve("input"));
    Files.writeString(articles.resolve("a.txt"), "Title\n\nText.");
    input = InputFolder.at(articles.toString());
  }

  private void part(String name, String... keysAndTexts) throws IOException {
    try (DataOutputStream out = new DataOutputStream(staging.folder(WriteSortedFiles.PARTS).create(name))) {
      for (String field : keysAndTexts) {
        byte[] bytes = field.getBytes(UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
      }
    }
  }

  @Test
  void mergesEveryFileWritesWhatIsMadeFromThemAndHashesTheInput() throws IOException {
    OutputFiles.Writing copy = new OutputFiles.Writing(List.of(OutputFiles.CLAIMS, OutputFiles.REJECTED),
        records -> {
          assertEquals(Map.of(OutputFiles.CLAIMS, 4L, OutputFiles.REJECTED, 1L), records);
          try (var out = staging.create("copy.txt"); var in = staging.open(OutputFiles.CLAIMS)) {
            in.transferTo(out);
          }
        });

    Finishing.Result result = Finishing.finish(staging, List.of(copy), input);

    String claims = "{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"c\"}\n{\"id\":\"d\"}\n";
    assertEquals(claims, Files.readString(tmp.resolve("staging").resolve(OutputFiles.CLAIMS)));
    assertEquals(claims, Files.readString(tmp.resolve("staging").resolve("copy.txt")), "written once merged");
    assertEquals(4L, result.records().get(OutputFiles.CLAIMS));
    assertEquals(OutputFiles.HEADERS.keySet(), result.records().keySet());
    assertEquals(0L, result.records().get(OutputFiles.CONFLICTS));
    assertEquals(OutputFiles.HEADERS.get(OutputFiles.CONFLICTS),
        Files.readString(tmp.resolve("staging").resolve(OutputFiles.CONFLICTS)), "a file with no records: its header");
    assertEquals(RunReport.inputHash(input), result.inputHash());
    assertEquals(List.of(), staging.folder(WriteSortedFiles.PARTS).files(), "parts removed");
  }

  @Test
  void writesTheMadeFilesAtOnce() throws IOException {
    // Each writing waits for the other to start: written one after the other, they would time out.
    CountDownLatch bothStarted = new CountDownLatch(2);
    AtomicBoolean overlapped = new AtomicBoolean(true);
    OutputFiles.Writing.Action meetTheOther = records -> {
      bothStarted.countDown();
      try {
        overlapped.compareAndSet(true, bothStarted.await(10, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
    };
    Finishing.finish(staging, List.of(new OutputFiles.Writing(List.of(OutputFiles.CLAIMS), meetTheOther),
        new OutputFiles.Writing(List.of(OutputFiles.VALUES), meetTheOther)), input);
    assertTrue(overlapped.get());
  }

  @Test
  void aFailureFailsTheRunWithItsOwnError() throws IOException {
    IOException full = new IOException("no space left on device");
    IOException thrown = assertThrows(IOException.class, () -> Finishing.finish(staging, List.of(
        new OutputFiles.Writing(List.of(OutputFiles.CLAIMS), records -> {}),
        new OutputFiles.Writing(List.of(OutputFiles.VALUES), records -> {
          throw full;
        })), input));
    assertEquals(full, thrown);
    parts();
    IllegalStateException bug = new IllegalStateException("a bug");
    assertEquals(bug, assertThrows(IllegalStateException.class, () -> Finishing.finish(staging, List.of(
        new OutputFiles.Writing(List.of(OutputFiles.CLAIMS), records -> {
          throw bug;
        })), input)));
  }

  @Test
  void anErrorFailsTheRunAsItself() {
    OutOfMemoryError full = new OutOfMemoryError("Java heap space");
    assertEquals(full, assertThrows(OutOfMemoryError.class, () -> Finishing.finish(staging, List.of(
        new OutputFiles.Writing(List.of(OutputFiles.CLAIMS), records -> {
          throw full;
        })), input)));
  }

  @Test
  void aWritingReadsMergedFiles() {
    assertThrows(IllegalArgumentException.class, () -> new OutputFiles.Writing(List.of(), records -> {}));
    assertThrows(IllegalArgumentException.class,
        () -> new OutputFiles.Writing(List.of(OutputFiles.REPORT), records -> {}));
  }

  @Test
  void aPartCutShortFailsTheRun() throws IOException {
    try (var out = staging.folder(WriteSortedFiles.PARTS).create(OutputFiles.GROUPS + ".002")) {
      out.write(new byte[] {0, 0, 0, 9, 'k'});
    }
    assertThrows(IOException.class, () -> Finishing.finish(staging, List.of(), input));
  }
}
