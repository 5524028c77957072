package crosscheck.run;

import crosscheck.pipeline.CrossCheckOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;

/**
 * The allowed range of each option whose value a run depends on, checked before anything is touched: a value out of
 * range is refused rather than read as "reject everything" (a negative size limit) or "never stop" (a NaN fraction).
 */
final class OptionRanges {

  /** An article is read into one array, and a Java array holds at most about this many bytes. */
  static final long MAX_ARTICLE_BYTES = Integer.MAX_VALUE - 8;

  static final String SWAP = "swap";
  static final String DATED = "dated";

  private OptionRanges() {}

  /** The first option out of its range, as a line saying the range, or empty when all are in range. */
  static Optional<String> refusal(CrossCheckOptions options) {
    for (Map.Entry<String, String> folder : new TreeMap<>(Map.of("input", options.getInput(), "output",
        options.getOutput(), "config", options.getConfig())).entrySet()) {
      try {
        Path.of(folder.getValue());
      } catch (InvalidPathException e) {
        return Optional.of("--" + folder.getKey() + " is not a path: " + e.getReason());
      }
    }
    if (!List.of("", SWAP, DATED).contains(options.getOutputLayout())) {
      return outOfRange("outputLayout", options.getOutputLayout(), "swap, dated, or empty (chosen by --output)");
    }
    long maxArticleBytes = options.getMaxArticleBytes();
    if (maxArticleBytes < 1 || maxArticleBytes > MAX_ARTICLE_BYTES) {
      return outOfRange("maxArticleBytes", maxArticleBytes, "a whole number of bytes from 1 to " + MAX_ARTICLE_BYTES);
    }
    double fraction = options.getMaxRejectedFraction();
    if (!(fraction >= 0 && fraction <= 1)) {
      return outOfRange("maxRejectedFraction", fraction, "a number from 0 to 1 (1: never fail on rejections)");
    }
    if (options.getFileBatches() < 0) {
      return outOfRange("fileBatches", options.getFileBatches(), "0 (chosen from the cores) or a whole number above 0");
    }
    String reviewUrlBase = options.getReviewUrlBase();
    if (!reviewUrlBase.isEmpty() && !isWebAddress(reviewUrlBase)) {
      return outOfRange("reviewUrlBase", reviewUrlBase, "empty or an http or https address");
    }
    int targetParallelism = options.as(DirectOptions.class).getTargetParallelism();
    if (targetParallelism < 1) {
      return outOfRange("targetParallelism", targetParallelism, "a whole number of threads from 1");
    }
    int parallelism = options.as(FlinkPipelineOptions.class).getParallelism();
    if (parallelism < 1 && parallelism != -1) {
      return outOfRange("parallelism", parallelism, "-1 (the cluster's default) or a whole number from 1");
    }
    return Optional.empty();
  }

  private static boolean isWebAddress(String text) {
    try {
      URI uri = new URI(text);
      return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
          || "https".equalsIgnoreCase(uri.getScheme()));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static Optional<String> outOfRange(String option, Object value, String range) {
    return Optional.of("--" + option + "=" + value + " is out of range: it must be " + range);
  }
}
