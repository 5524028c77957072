package crosscheck.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Options of the crosscheck job. Runner options (--runner, --targetParallelism, …) come from Beam. */
public interface CrossCheckOptions extends PipelineOptions {

  @Description("Folder of articles to read: .txt files (one article each) and .jsonl files (one article per line), "
      + "with an optional metadata.csv sidecar. A path, or a URL of a Beam file system: file:///..., and gs://, s3://, "
      + "hdfs:// when their Beam modules are on the class path")
  @Default.String("input")
  String getInput();

  void setInput(String value);

  @Description("Folder to write conflicts.csv, claims.jsonl and rejected.jsonl to. It is replaced only when the "
      + "whole run has succeeded; until then the previous output stays as it was. It must not be, hold or lie in the "
      + "input or config folder, and a folder that exists must be empty or hold a previous run's output. A path or a "
      + "file:/// URL, or with --outputLayout=dated a URL of any Beam file system (gs://, s3://, hdfs:// when their "
      + "Beam modules are on the class path)")
  @Default.String("output")
  String getOutput();

  void setOutput(String value);

  @Description("How a run replaces its output. swap: the run writes a folder beside the output and renames it into "
      + "place (a local or mounted file system). dated: the run writes a new folder under the output named by its "
      + "start time in UTC, <output>/2026-11-26T210000.123Z/, and writes _SUCCESS there last; a reader takes the "
      + "newest folder holding _SUCCESS (object stores, which cannot rename a folder). Empty (the default): swap for a "
      + "path or file:// URL, dated for any other URL")
  @Default.String("")
  String getOutputLayout();

  void setOutputLayout(String value);

  @Description("Folder with config files that replace the built-in ones: entities.json, metrics.json, "
      + "currencies.csv, rates.csv, qualifiers.csv, abbreviations.txt (any subset)")
  @Default.String("")
  String getConfig();

  void setConfig(String value);

  @Description("Articles larger than this many bytes are rejected")
  @Default.Long(10_000_000L)
  long getMaxArticleBytes();

  void setMaxArticleBytes(long value);

  @Description("If more than this fraction of the input (files and lines that could not be read, articles the "
      + "extractor failed on) is rejected, the run exits with code 5 and leaves the previous output in place; the "
      + "new output is kept beside it for inspection. 1 (the default) never fails on rejections")
  @Default.Double(1.0)
  double getMaxRejectedFraction();

  void setMaxRejectedFraction(double value);

  @Description("The input files are read in this many batches, each on one worker. More batches spread reading and "
      + "extraction over more workers; fewer make the DirectRunner's groupings cheaper (it copies a grouping's state "
      + "once for every batch). 0 (the default): one per worker thread on the DirectRunner (--targetParallelism), one per file up to 4096 elsewhere")
  @Default.Integer(0)
  int getFileBatches();

  void setFileBatches(int value);

  @Description("The address the output folder is published at (https://example.org/checks/2026-11-26/): each "
      + "ClaimReview's url is then its subject on the report page there. Empty (the default): report.html#<subject>, "
      + "relative to the output folder")
  @Default.String("")
  String getReviewUrlBase();

  void setReviewUrlBase(String value);
}
