package crosscheck.run;

import crosscheck.pipeline.CrossCheckPipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Sets what the command line leaves to the runner's defaults (what it gives always wins).
 *
 * <p>On the DirectRunner: switches off the checks that encode every element and compare it again after each step
 * (immutability, encodability), which are for tests (TestPipeline keeps them) and cost a run of the job a large part
 * of its time; and runs one worker thread per core, not the runner's at least 3. (Measured on 2 cores, 10,000
 * generated articles: 3 threads took 22.2 s, 2 took 18.6 s. With more threads than cores, the last batches are
 * extracted while idle workers poll the runner for work.)
 *
 * <p>On the FlinkRunner:
 * <ul>
 *   <li>Object reuse ({@code --objectReuse}): Flink then hands an element to the next chained step as it is, not a
 *       copy made through its coder; safe here because every element of the job is immutable.
 *   <li>On the embedded mini-cluster ({@code --flinkMaster=[local]}), batch on Flink's DataStream API
 *       ({@code --useDataStreamForBatch}), not its DataSet API (deprecated, gone in Flink 2). On DataSet, a step with
 *       several outputs (the extraction's claims, citations and rejections) hands every element to every reader of
 *       any of its outputs, each through its coder, and none of the readers is chained to the step; on DataStream the
 *       outputs are side outputs chained to the step. Measured at 100,000 generated articles on 2 cores: 159 -> 143
 *       CPU s, same bytes.
 *   <li>With it, Flink's default scheduler, not the adaptive batch scheduler Flink takes for a batch on DataStream.
 *       That one sets each step's parallelism from the volume of data it reads: it gave the reading, whose input is
 *       a list of file names, one worker, and ran the two extraction subtasks one after the other (extraction 70 s,
 *       against 45 s at once). The setting reaches the mini-cluster through a configuration folder written for the
 *       run and removed at its end ({@code --flinkConfDir}, the only way Beam passes Flink settings to it).
 * </ul>
 *
 * <p>Only where the run can set both: not when a Flink configuration is named ({@code --flinkConfDir} or
 * {@code FLINK_CONF_DIR}, which this folder would hide), nor on other masters ({@code [auto]}, a cluster), whose
 * scheduler is their own configuration's. There DataStream is the user's choice (README, Running on your own Flink
 * cluster).
 */
public final class RunnerDefaults {

  private static final String FLINK_CONF_DIR = "FLINK_CONF_DIR";

  private RunnerDefaults() {}

  /** Sets the defaults of the runner {@code options} name, where {@code args} (the command line) leaves them. */
  public static void apply(PipelineOptions options, String[] args) {
    apply(options, args, System.getenv(FLINK_CONF_DIR) != null);
  }

  /** @param confDirInEnvironment whether {@code FLINK_CONF_DIR} names a configuration folder */
  static void apply(PipelineOptions options, String[] args, boolean confDirInEnvironment) {
    if (CrossCheckPipeline.isDirectRunner(options)) {
      DirectOptions direct = options.as(DirectOptions.class);
      if (!given(args, "enforceImmutability")) {
        direct.setEnforceImmutability(false);
      }
      if (!given(args, "enforceEncodability")) {
        direct.setEnforceEncodability(false);
      }
      if (!given(args, "targetParallelism")) {
        direct.setTargetParallelism(Runtime.getRuntime().availableProcessors());
      }
    } else if (options.getRunner().getSimpleName().equals("FlinkRunner")) {
      flinkDefaults(options.as(FlinkPipelineOptions.class), args, confDirInEnvironment);
    }
  }

  private static void flinkDefaults(FlinkPipelineOptions flink, String[] args, boolean confDirInEnvironment) {
    if (!given(args, "objectReuse")) {
      flink.setObjectReuse(true);
    }
    boolean ownScheduler = "[local]".equals(flink.getFlinkMaster()) && !given(args, "flinkConfDir")
        && !confDirInEnvironment;
    if (ownScheduler && !given(args, "useDataStreamForBatch")) {
      flink.setUseDataStreamForBatch(true);
    }
    if (ownScheduler && flink.getUseDataStreamForBatch()) {
      flink.setFlinkConfDir(configFolder().toString());
    }
  }

  /** Whether the command line gives the option, as {@code --name}, or {@code --name=value}. */
  private static boolean given(String[] args, String name) {
    return Arrays.stream(args).anyMatch(arg -> arg.equals("--" + name) || arg.startsWith("--" + name + "="));
  }

  /** A Flink configuration folder that chooses the default scheduler; removed when the JVM exits. */
  private static Path configFolder() {
    try {
      Path dir = Files.createTempDirectory("crosscheck-flink-conf");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve("config.yaml");
      file.toFile().deleteOnExit();
      Files.writeString(file, "jobmanager.scheduler: default\n", StandardCharsets.UTF_8);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Flink mini-cluster's configuration", e);
    }
  }
}
