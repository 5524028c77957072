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

class RunnerDefaultsTest {

  private static FlinkPipelineOptions applied(String... args) {
    return appliedWith(false, args);
  }

  private static FlinkPipelineOptions appliedWith(boolean confDirInEnvironment, String... args) {
    CrossCheckOptions options = PipelineOptionsFactory.fromArgs(args).as(CrossCheckOptions.class);
    RunnerDefaults.apply(options, args, confDirInEnvironment);
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
    assertTrue(applied("--runner=FlinkRunner", "--objectReuse").getObjectReuse(), "a bare flag is a value given");
    FlinkPipelineOptions ownFolder = applied("--runner=FlinkRunner", "--flinkMaster=[local]",
        "--flinkConfDir=/etc/flink");
    assertEquals("/etc/flink", ownFolder.getFlinkConfDir());
    assertFalse(ownFolder.getUseDataStreamForBatch(), "its scheduler is the folder's: DataStream only if asked");
  }

  @Test
  void aConfigurationNamedInTheEnvironmentIsNotHidden() {
    FlinkPipelineOptions flink = appliedWith(true, "--runner=FlinkRunner", "--flinkMaster=[local]");
    assertNull(flink.getFlinkConfDir());
    assertFalse(flink.getUseDataStreamForBatch());
  }

  @Test
  void otherMastersKeepFlinksDefaultsAndTheDirectRunnerIsLeftAlone() {
    for (String master : new String[] {"--flinkMaster=localhost:8081", "--flinkMaster=[auto]"}) {
      FlinkPipelineOptions flink = applied("--runner=FlinkRunner", master);
      assertNull(flink.getFlinkConfDir(), master);
      assertFalse(flink.getUseDataStreamForBatch(), master);
      assertTrue(flink.getObjectReuse(), master);
    }
    FlinkPipelineOptions cluster = applied("--runner=FlinkRunner", "--flinkMaster=localhost:8081",
        "--useDataStreamForBatch=true");
    assertTrue(cluster.getUseDataStreamForBatch());
    assertNull(cluster.getFlinkConfDir(), "a cluster's scheduler is its own configuration's");
    FlinkPipelineOptions direct = applied("--runner=DirectRunner");
    assertNull(direct.getFlinkConfDir());
    assertFalse(Boolean.TRUE.equals(direct.getUseDataStreamForBatch()));
    assertFalse(Boolean.TRUE.equals(direct.getObjectReuse()));
  }
}
