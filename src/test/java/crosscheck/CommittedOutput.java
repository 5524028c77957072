package crosscheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import crosscheck.output.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The committed {@code output/}: what the seeds give, byte for byte, however and wherever the job runs. */
public final class CommittedOutput {

  private CommittedOutput() {}

  /** Every file of a run's result in {@code out} holds the committed bytes; {@code who} names the run that wrote it. */
  public static void assertSameBytes(Path out, String who) throws IOException {
    for (String file : OutputFiles.OUTPUT_FILES) {
      assertArrayEquals(Files.readAllBytes(Path.of("output", file)), Files.readAllBytes(out.resolve(file)),
          file + " from " + who + " differs from the committed output/" + file);
    }
  }
}
