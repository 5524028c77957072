package crosscheck.run;

import crosscheck.config.Config;
import crosscheck.config.ConfigException;
import crosscheck.config.ConfigLoader;
import crosscheck.io.Folder;
import crosscheck.io.InputFolder;
import crosscheck.io.Locations;
import crosscheck.output.OutputFiles;
import crosscheck.pipeline.CrossCheckOptions;
import crosscheck.pipeline.CrossCheckPipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * One run of the job, as a nightly scheduler starts it: checks the command line, config, input and output before
 * anything is touched; runs the pipeline ({@link CrossCheckPipeline}) into a staging folder; merges the parts,
 * checks that no record was lost, writes the report and {@code run.json}; and only then swaps the output in. Says
 * what happened with an exit code a scheduler can act on.
 */
public final class NightlyRun {

  /** Exit codes a scheduler can act on. */
  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILED = 1;
  public static final int EXIT_BAD_CONFIG = 2;
  public static final int EXIT_BAD_INPUT_FOLDER = 3;
  public static final int EXIT_TOO_MANY_REJECTED = 5;
  public static final int EXIT_USAGE = 64;

  private NightlyRun() {}

  /** Runs the job and returns its exit code. */
  public static int run(String[] args) {
    if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      printUsage();
      return EXIT_OK;
    }
    CrossCheckOptions options;
    try {
      PipelineOptionsFactory.register(CrossCheckOptions.class);
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(CrossCheckOptions.class);
    } catch (IllegalArgumentException e) {
      System.err.println("crosscheck: " + e.getMessage() + " (see --help)");
      return EXIT_USAGE;
    }
    RunnerDefaults.apply(options, args);
    Optional<String> outOfRange = OptionRanges.refusal(options);
    if (outOfRange.isPresent()) {
      System.err.println("crosscheck: " + outOfRange.get() + " (see --help)");
      return EXIT_USAGE;
    }
    Optional<Path> configFolder = options.getConfig().isEmpty() ? Optional.empty()
        : Optional.of(Path.of(options.getConfig()));
    Config config;
    try {
      config = ConfigLoader.load(configFolder.orElse(null));
    } catch (ConfigException e) {
      System.err.println("crosscheck: bad config: " + e.getMessage().replaceAll("\\s*\\R\\s*", " "));
      return EXIT_BAD_CONFIG;
    }
    // Registers the file systems on the class path (gs://, s3://, hdfs://) before the input is listed.
    FileSystems.setDefaultPipelineOptions(options);
    InputFolder input = InputFolder.at(options.getInput());
    Optional<String> unreadable = input.problem();
    if (unreadable.isPresent()) {
      System.err.println("crosscheck: " + unreadable.get());
      return EXIT_BAD_INPUT_FOLDER;
    }
    Instant started = Instant.now();
    RunOutput output;
    try {
      Optional<String> refused = refusal(options, input, configFolder);
      if (refused.isPresent()) {
        System.err.println("crosscheck: refused: " + refused.get() + "; nothing was changed");
        return EXIT_USAGE;
      }
      output = isDated(options) ? DatedOutput.start(Folder.at(options.getOutput()), started)
          : OutputFolder.prepare(Locations.localPath(options.getOutput()).orElseThrow());
    } catch (IOException e) {
      System.err.println("crosscheck: cannot prepare output folder " + options.getOutput() + ": " + e);
      return EXIT_FAILED;
    }
    try {
      Pipeline pipeline = Pipeline.create(options);
      CrossCheckPipeline.build(pipeline, options, config, input, output.staging().toString());
      PipelineResult result = pipeline.run();
      PipelineResult.State state = result.waitUntilFinish();
      if (state != PipelineResult.State.DONE) {
        throw new IllegalStateException("the pipeline ended " + state + ", not DONE");
      }
      System.err.printf("crosscheck: pipeline done after %d s; merging the sorted parts into the output files and "
          + "writing the report%n", Duration.between(started, Instant.now()).toSeconds());
      long finishing = System.nanoTime();
      Map<String, Long> counts = counters(result);
      Finishing.Result finished = Finishing.finish(output.staging(),
          OutputFiles.fromMerged(output.staging(), counts.get("articles")), input);
      checkNothingLost(counts, finished.records());
      counts.put("finish_micros", (System.nanoTime() - finishing) / 1000);
      long rejected = counts.getOrDefault("rejected", 0L) + counts.getOrDefault("failed", 0L);
      long seen = counts.getOrDefault("articles", 0L) + counts.getOrDefault("rejected", 0L);
      boolean tooMany = seen > 0 && (double) rejected / seen > options.getMaxRejectedFraction();
      RunReport.write(output.staging(), started, Instant.now(), optionsOf(options),
          finished.inputHash(), counts, tooMany ? "too many rejected" : "done");
      if (tooMany) {
        String aside = output.setAside("rejected");
        System.err.printf("crosscheck: %d of %d inputs rejected, over --maxRejectedFraction=%s: previous output "
            + "left as it was; this run's output is in %s%n", rejected, seen, options.getMaxRejectedFraction(), aside);
        return EXIT_TOO_MANY_REJECTED;
      }
      output.commit();
      System.err.println(summary(counts, finished.records().get(OutputFiles.REJECTED), output.result()));
      return EXIT_OK;
    } catch (IOException | RuntimeException e) {
      output.abandon();
      System.err.println("crosscheck: run failed, previous output left as it was: " + e);
      return EXIT_FAILED;
    }
  }

  /** The dated layout when asked for, or by default for an output that is not on this machine. */
  private static boolean isDated(CrossCheckOptions options) {
    return options.getOutputLayout().isEmpty() ? Locations.localPath(options.getOutput()).isEmpty()
        : options.getOutputLayout().equals(OptionRanges.DATED);
  }

  /** Why the output must not be written in its layout, or empty when it may. */
  private static Optional<String> refusal(CrossCheckOptions options, InputFolder input, Optional<Path> configFolder)
      throws IOException {
    Optional<Path> outputPath = Locations.localPath(options.getOutput());
    if (!isDated(options)) {
      return outputPath.isEmpty()
          ? Optional.of("--output " + options.getOutput() + " is not on this machine: a swapped output is renamed "
              + "into place, which an object store cannot do; use --outputLayout=dated (the default for a URL)")
          : OutputLocation.refusal(outputPath.get(), input.local(), configFolder, OutputFiles.JOB_FILES);
    }
    Folder output;
    try {
      output = Folder.at(options.getOutput());
    } catch (IllegalArgumentException e) {
      return Optional.of("--output " + options.getOutput() + ": " + e.getMessage() + " (its Beam module is not on "
          + "the class path: see README, Output on any file system)");
    }
    return OutputLocation.datedRefusal(output, Folder.at(options.getInput()), configFolder);
  }

  /**
   * What a finished run says last: the counts a reader asks about first, then the files it wrote, the report first
   * (every counter is in run.json).
   */
  static String summary(Map<String, Long> counts, long rejected, Folder output) {
    List<String> others = OutputFiles.OUTPUT_FILES.stream()
        .filter(name -> !name.equals(OutputFiles.REPORT) && !name.equals(OutputFiles.CONFLICTS))
        .toList();
    return String.format("crosscheck: %d articles, %d claims: %d conflict, %d agree, %d single source, %d rejected."
            + "%nWrote %s, %s, and %s, %s in %s%n", counts.get("articles"), counts.get("claims"),
        counts.get("conflict"), counts.get("agree"), counts.get("single_source"), rejected,
        output.file(OutputFiles.REPORT), output.file(OutputFiles.CONFLICTS), String.join(", ", others),
        OutputFiles.RUN_REPORT, output)
        .stripTrailing();
  }

  private static Map<String, Object> optionsOf(CrossCheckOptions options) {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    values.put("input", options.getInput());
    values.put("output", options.getOutput());
    values.put("outputLayout", isDated(options) ? OptionRanges.DATED : OptionRanges.SWAP);
    values.put("config", options.getConfig().isEmpty() ? "(built in)" : options.getConfig());
    values.put("maxArticleBytes", options.getMaxArticleBytes());
    values.put("maxRejectedFraction", options.getMaxRejectedFraction());
    values.put("fileBatches", CrossCheckPipeline.fileBatches(options));
    values.put("reviewUrlBase", options.getReviewUrlBase());
    values.put("runner", options.getRunner().getSimpleName());
    return values;
  }

  /**
   * Fails the run unless every file holds as many records as the stages counted: a worker that died part-way (out
   * of memory, say) must not pass for a run that found nothing.
   */
  static void checkNothingLost(Map<String, Long> counts, Map<String, Long> written) {
    long groups = counts.get("agree") + counts.get("conflict") + counts.get("single_source");
    Map<String, Long> expected = Map.of(
        OutputFiles.CLAIMS, counts.get("claims"),
        OutputFiles.CONFLICTS, groups,
        OutputFiles.VALUES, counts.get("claims"),
        OutputFiles.GROUPS, groups,
        OutputFiles.REJECTED, counts.get("rejected") + counts.get("duplicates") + counts.get("id_clashes")
            + counts.get("failed") + counts.get("dropped"));
    long unique = counts.get("articles") - counts.get("duplicates");
    if (counts.get("extracted") + counts.get("failed") != unique) {
      throw new IllegalStateException("claims were extracted from " + counts.get("extracted") + " articles and "
          + counts.get("failed") + " failed, of " + unique + " read once: articles were lost, so this output is "
          + "not used");
    }
    for (Map.Entry<String, Long> file : new TreeMap<>(expected).entrySet()) {
      long lines = written.getOrDefault(file.getKey(), 0L);
      if (lines != file.getValue()) {
        throw new IllegalStateException(file.getKey() + " has " + lines + " records where the stages counted "
            + file.getValue() + ": records were lost, so this output is not used");
      }
    }
  }

  /** Every counter of the run by name, with the stage counters present even when nothing incremented them. */
  private static Map<String, Long> counters(PipelineResult result) {
    Map<String, Long> counts = new TreeMap<>();
    for (String name : List.of("files", "articles", "rejected", "duplicates", "id_clashes", "extracted",
        "sentences", "claims", "failed", "dropped", "agree", "conflict", "single_source")) {
      counts.put(name, 0L);
    }
    for (MetricResult<Long> counter : result.metrics().queryMetrics(MetricsFilter.builder().build()).getCounters()) {
      counts.merge(counter.getName().getName(), counter.getAttempted(), Long::sum);
    }
    return counts;
  }

  private static void printUsage() {
    System.out.println("""
        crosscheck: reads news articles, extracts their numeric claims, groups the claims by subject (entity,
        metric, period) and writes where sources agree or conflict.

        Usage: crosscheck [--input=input] [--output=output] [--config=folder] [runner options]

        Writes into the output folder, replaced only when the whole run has succeeded (on an object store, or with
        --outputLayout=dated: into a new folder under it named by the run's start time, committed by writing
        _SUCCESS there last):
          conflicts.csv   one row per subject: verdict AGREE, CONFLICT or SINGLE_SOURCE, values, explanation
          values.csv      one row per value, in the subjects' order, with its article's outlet, title, URL, date
          conflicts.xlsx  both, as a spreadsheet: text stays text, header frozen with filters, URLs as links
          claims.jsonl    every claim with its sentence, offsets, qualifier, period, interval and its group's
                          key and verdict
          groups.jsonl    every subject once: verdict, claim ids, values, explanation (sorted by key)
          rejected.jsonl  every file or line that could not be read, and every figure too large to be a
                          claim, with the reason
          attribution.csv every cited source, with the articles that cite it and the claims it backs
          claimreview.jsonl  each subject two or more articles speak to, as schema.org ClaimReview JSON-LD
                          (its url under --reviewUrlBase when given)
          report.html     one page for reviewers: conflicts first, each value with its article, sentence and
                          source, and a chart of the intervals; opens from the file system

          run.json        when the run started and ended, version, options, input hash, counts, stage times

        Exit codes: 0 done; 1 run failed (previous output kept); 2 bad config; 3 input folder missing or
        unreadable; 5 more rejected than --maxRejectedFraction allows (previous output kept); 64 bad command line:
        an option out of its range, or an output a run must not replace (the input or config folder, in or around
        them, a file, the root or home folder, a folder holding files a run did not write, an object store
        without --outputLayout=dated or without its Beam module), nothing touched.
        """);
    PipelineOptionsFactory.printHelp(System.out, CrossCheckOptions.class);
  }
}
