package crosscheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.pipeline.CrossCheckOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

class FlinkDefaultsTest {

  private static FlinkPipelineOptions applied(String... args) {
    CrossCheckOptions options = PipelineOptionsFactory.fromArgs(args).as(CrossCheckOptions.class);
    FlinkDefaults.apply(options, args);
    return options.as(FlinkPipelineOptions.class);
  }

  @Test
  void aRunOnTheMiniClusterUsesDataStreamAndFlinksDefaultScheduler() throws IOException {
    FlinkPipelineOptions flink = applied("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
    assertTrue(flink.getUseDataStreamForBatch());
    assertTrue(flink.getObjectReuse());
    Path config = Path.of(flink.getFlinkConfDir()).resolve("config.yaml");
    assertEquals("jobmanager.scheduler: default\n", Files.readString(config));
  }

  @Test
  void whatTheCommandLineSaysIsKept() {
    FlinkPipelineOptions dataSet = applied("--runner=FlinkRunner", "--flinkMaster=[local]",
        "--useDataStreamForBatch=false", "--objectReuse=false");
    assertFalse(dataSet.getUseDataStreamForBatch());
    assertFalse(dataSet.getObjectReuse());
    assertNull(dataSet.getFlinkConfDir(), "a DataSet run needs no scheduler setting");
    FlinkPipelineOptions ownFolder = applied("--runner=FlinkRunner", "--flinkMaster=[local]",
        "--flinkConfDir=/etc/flink");
    assertEquals("/etc/flink", ownFolder.getFlinkConfDir());
  }

  @Test
  void aClusterOfOnesOwnGetsNoConfigurationFolderAndTheDirectRunnerNothing() {
    assertNull(applied("--runner=FlinkRunner", "--flinkMaster=localhost:8081").getFlinkConfDir());
    FlinkPipelineOptions direct = applied("--runner=DirectRunner");
    assertNull(direct.getFlinkConfDir());
    assertFalse(Boolean.TRUE.equals(direct.getUseDataStreamForBatch()));
  }
}
