package crosscheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.output.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same job on Apache Flink (an embedded mini-cluster) gives the DirectRunner's bytes. */
class FlinkRunnerTest {

  @TempDir Path tmp;

  @Test
  void seedsOnFlinkGiveTheSameOutputAsTheDirectRunner() throws IOException {
    Path out = tmp.resolve("out");
    int code = CrossCheck.run(new String[] {"--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2",
        "--input=input", "--output=" + out});
    assertEquals(CrossCheck.EXIT_OK, code);
    for (String file : OutputFiles.OUTPUT_FILES) {
      assertArrayEquals(Files.readAllBytes(Path.of("output", file)), Files.readAllBytes(out.resolve(file)),
          file + " differs between the FlinkRunner and the committed DirectRunner output");
    }
  }
}
