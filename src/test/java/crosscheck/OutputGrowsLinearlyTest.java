package crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.corpus.PlainRun;
import crosscheck.output.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subject that many claims speak to costs output in proportion to its claims, not to their square: no claim line
 * carries its group's members. Run on the floor, which writes the job's bytes (CrossCheckTest checks it).
 */
class OutputGrowsLinearlyTest {

  @TempDir Path tmp;

  /** The bytes of every file written for two articles that give {@code claims} claims on one subject between them. */
  private long outputBytes(int claims) throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in-" + claims));
    // Two texts, so that neither is dropped as the other's duplicate.
    for (String paragraph : List.of("Alibaba Cloud revenue grew 37% in 2020.", "In 2020 Alibaba Cloud revenue grew 37%.")) {
      Files.writeString(input.resolve(paragraph.charAt(0) + ".txt"),
          "date: 2021-05-17\n\n" + (paragraph + "\n\n").repeat(claims / 2));
    }
    Path out = tmp.resolve("out-" + claims);
    PlainRun.main(new String[] {"--input=" + input, "--output=" + out});
    assertEquals(1, Files.readAllLines(out.resolve(OutputFiles.GROUPS)).size(), "one subject");
    assertEquals(claims, Files.readAllLines(out.resolve(OutputFiles.CLAIMS)).size());
    long bytes = 0;
    for (String file : List.of(OutputFiles.CONFLICTS, OutputFiles.GROUPS, OutputFiles.CLAIMS,
        OutputFiles.CLAIM_REVIEWS, OutputFiles.ATTRIBUTION)) {
      bytes += Files.size(out.resolve(file));
    }
    return bytes;
  }

  @Test
  void tenTimesTheClaimsOnOneSubjectIsAboutTenTimesTheOutput() throws IOException {
    long small = outputBytes(200);
    long large = outputBytes(2_000);
    double ratio = (double) large / small;
    assertTrue(ratio > 9 && ratio < 11, "2,000 claims wrote " + large + " bytes, 200 claims " + small
        + ": " + ratio + " times, where linear output is about 10 times");
  }
}
