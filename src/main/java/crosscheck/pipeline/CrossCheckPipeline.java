package crosscheck.pipeline;

import crosscheck.config.Config;
import crosscheck.io.InputFolder;
import crosscheck.io.Sidecar;
import crosscheck.model.Article;
import crosscheck.model.Rejection;
import crosscheck.output.OutputFiles;
import crosscheck.output.Records;
import java.io.IOException;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The crosscheck pipeline: reads articles, extracts numeric claims, groups them by subject and writes the sorted
 * parts of the files that say where sources agree or conflict.
 *
 * <pre>
 *   ReadArticles → DeduplicateArticles → ExtractClaims → DetectConflicts ─→ parts of conflicts.csv, values.csv,
 *                                        │                                  groups.jsonl, claims.jsonl (each with its
 *                                        │                                  group's key and verdict), claimreview.jsonl
 *                                        └→ SummarizeAttribution ─→ parts of attribution.csv
 *   rejected files and lines, duplicates and id clashes, failed extractions, figures too large for a claim
 *                                                                             ─→ parts of rejected.jsonl
 *   each set of parts → WriteSubjectFiles / WriteSourceAndRejectionFiles (each part sorted); after the run, the parts of each file are merged into it, and
 *   report.html is written from conflicts.csv and claims.jsonl, conflicts.xlsx from conflicts.csv and values.csv
 *   (every file's name, header and order: {@link OutputFiles}; the run around it: {@code run.NightlyRun})
 * </pre>
 */
public final class CrossCheckPipeline {

  /**
   * The DirectRunner holds every record of a run in memory: measured, about 17 bytes of heap for each byte of
   * article text (100,000 generated articles, 176 MB, ran in 3 GB). Rounded down, as a warning threshold.
   */
  private static final long DIRECT_HEAP_PER_INPUT_BYTE = 16;

  /** The most file batches by default off the DirectRunner: the list of batches travels inside the job's graph. */
  private static final int MOST_BATCHES_ELSEWHERE = 4096;

  private CrossCheckPipeline() {}

  /**
   * Adds the whole job to {@code pipeline}: reads {@code input}, the folder {@code --input} names, and writes its
   * files into {@code outputDir}.
   */
  public static void build(Pipeline pipeline, CrossCheckOptions options, Config config, InputFolder input,
      String outputDir) throws IOException {
    List<MatchResult.Metadata> files = input.articleFiles();
    if (isDirectRunner(options)) {
      warnIfTooLargeForHeap(files);
    }
    // One number of buckets for every grouping: a part of a file gathers one bucket of the key it was grouped by.
    int buckets = buckets(options);
    List<String> names = files.stream().map(file -> file.resourceId().toString()).toList();
    PCollectionTuple read = pipeline.apply("ReadArticles", new ReadArticles(names, fileBatches(options),
        Sidecar.read(input), options.getMaxArticleBytes(), input.unreadableEntries()));
    PCollectionTuple unique =
        read.get(ReadArticles.ARTICLES).apply("DeduplicateArticles", new DeduplicateArticles(buckets));
    PCollection<Article> articles = unique.get(DeduplicateArticles.UNIQUE);
    PCollectionTuple extracted = articles.apply("ExtractClaims", new ExtractClaims(config, buckets));
    PCollection<KV<String, Iterable<KV<String, String>>>> subjectParts = extracted.get(ExtractClaims.CLAIMS)
        .apply("DetectConflicts", new DetectConflicts(options.getReviewUrlBase()));
    PCollection<Rejection> rejected = PCollectionList.of(read.get(ReadArticles.REJECTED))
        .and(unique.get(DeduplicateArticles.REPORTS))
        .and(extracted.get(ExtractClaims.REJECTED))
        .apply("AllRejected", Flatten.pCollections());

    PCollection<KV<String, Iterable<KV<String, String>>>> sourcesAndRejections = PCollectionList
        .of(extracted.get(ExtractClaims.CITATIONS)
            .apply("SummarizeAttribution", new SummarizeAttribution())
            .apply("ToAttributionFile", toRecords(OutputFiles.ATTRIBUTION, buckets, KV::getKey, KV::getValue)))
        .and(rejected.apply("FormatRejected",
            toRecords(OutputFiles.REJECTED, buckets, OutputFiles::rejectionSortKey, Records::rejectionLine)))
        .apply("SourceAndRejectionRecords", Flatten.pCollections())
        .apply("GroupByPart", GroupByKey.create());
    // Each set of parts written where it is made, not flattened into one: Flink's DataSet API then chains the
    // writing to the judging, where a flatten would pass every subject's lines to the writer through their coder.
    subjectParts.apply("WriteSubjectFiles", new WriteSortedFiles(outputDir));
    sourcesAndRejections.apply("WriteSourceAndRejectionFiles", new WriteSortedFiles(outputDir));
  }

  /**
   * (part, (sort key, text)) records of one output file, the part chosen by the sort key. (Attribution rows are
   * sorted by the source they were grouped by, so that each of their parts comes from one bucket of sources.)
   */
  private static <T> MapElements<T, KV<String, KV<String, String>>> toRecords(String file, int buckets,
      SerializableFunction<T, String> sortKey, SerializableFunction<T, String> text) {
    return MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(),
            TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings())))
        .via((T record) -> {
          String key = sortKey.apply(record);
          return KV.of(WriteSortedFiles.part(file, key, buckets), KV.of(key, text.apply(record)));
        });
  }

  /** The DirectRunner holds the whole run in memory: says so before a run whose input may not fit in the heap. */
  private static void warnIfTooLargeForHeap(List<MatchResult.Metadata> files) {
    long inputBytes = files.stream().mapToLong(MatchResult.Metadata::sizeBytes).sum();
    long maxHeap = Runtime.getRuntime().maxMemory();
    if (inputBytes * DIRECT_HEAP_PER_INPUT_BYTE > maxHeap) {
      System.err.printf("crosscheck: the DirectRunner holds the whole run in memory: %d MB of input may need about "
          + "%d MB of heap, and this JVM may use %d MB. Give it more (java -Xmx...) or use --runner=FlinkRunner "
          + "--flinkMaster=[local] (see README, Larger runs)%n", inputBytes >> 20,
          (inputBytes * DIRECT_HEAP_PER_INPUT_BYTE) >> 20, maxHeap >> 20);
    }
  }

  /**
   * The option, or by default: on the DirectRunner, one per worker thread ({@code --targetParallelism}), because its
   * groupings copy the state they hold so far for every batch that reaches them, and once more when they emit it
   * (measured at 100,000 generated articles on 2 cores: 4 batches 78.5 s, 2 batches 72.3 s); elsewhere one per file,
   * up to {@value #MOST_BATCHES_ELSEWHERE}. Flink hands each batch to a worker by a hash of its number, not to the
   * worker that is free: with 16 batches on 2 workers one got 62% of the articles and extracted alone for the last
   * 16 s of 50; with thousands, each gets close to its share.
   */
  public static int fileBatches(CrossCheckOptions options) {
    if (options.getFileBatches() > 0) {
      return options.getFileBatches();
    }
    return isDirectRunner(options) ? options.as(DirectOptions.class).getTargetParallelism() : MOST_BATCHES_ELSEWHERE;
  }

  /**
   * Buckets of every grouping ({@code GroupIntoBuckets}): on the DirectRunner, which translates a step again for
   * every bundle and makes each bucket a bundle, 8 per core (measured: 256 buckets cost it a tenth of its time);
   * elsewhere 256, so that every worker of a cluster finds buckets to take.
   */
  private static int buckets(CrossCheckOptions options) {
    return isDirectRunner(options) ? 8 * Runtime.getRuntime().availableProcessors() : 256;
  }

  /** Whether the job runs on the DirectRunner (the defaults, the heap warning and the batch and bucket counts). */
  public static boolean isDirectRunner(PipelineOptions options) {
    return options.getRunner().getSimpleName().equals("DirectRunner");
  }
}
