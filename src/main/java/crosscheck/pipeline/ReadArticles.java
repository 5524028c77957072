package crosscheck.pipeline;

import crosscheck.io.ArticleReader;
import crosscheck.io.Sidecar;
import crosscheck.model.Article;
import crosscheck.model.Rejection;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads every file of the input folder into {@link #ARTICLES}; files, lines, sidecar rows and folder entries that
 * cannot be read go to {@link #REJECTED} with the reason, and the run goes on.
 */
public class ReadArticles extends PTransform<PBegin, PCollectionTuple> {

  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Rejection> REJECTED = new TupleTag<>() {};

  private final List<String> files;
  private final int batches;
  private final Sidecar sidecar;
  private final long maxArticleBytes;
  private final List<Rejection> unreadable;

  /**
   * @param files the article files of the input folder (any Beam file system path), in name order
   * @param batches how many batches to read the files in, each on one worker
   * @param unreadable entries of the input folder already known to be unreadable (folders, broken links)
   */
  public ReadArticles(List<String> files, int batches, Sidecar sidecar, long maxArticleBytes,
      List<Rejection> unreadable) {
    if (batches < 1) {
      throw new IllegalArgumentException("batches must be at least 1, not " + batches);
    }
    this.files = List.copyOf(files);
    this.batches = batches;
    this.sidecar = sidecar;
    this.maxArticleBytes = maxArticleBytes;
    this.unreadable = List.copyOf(unreadable);
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    // The files are listed before the run and read in a few large batches, one bundle each: on the DirectRunner
    // every bundle that reaches a grouping copies the grouping's state so far, so the number of bundles, not only
    // the number of records, sets the cost of every grouping downstream.
    PCollectionTuple parsed = begin
        .apply("ListFileBatches", Create.of(inBatches(files, batches))
            .withCoder(KvCoder.of(VarIntCoder.of(), ListCoder.of(StringUtf8Coder.of()))))
        .apply("SpreadBatches", Reshuffle.of())
        .apply("ParseFiles", ParDo.of(new ParseArticleFilesFn(new ArticleReader(sidecar, maxArticleBytes)))
            .withOutputTags(ARTICLES, TupleTagList.of(REJECTED)));
    List<Rejection> known = new ArrayList<>(sidecar.rejections());
    known.addAll(unreadable);
    PCollection<Rejection> knownRejections = begin
        .apply("SidecarAndFolderRejections", Create.of(known).withCoder(RecordCoders.REJECTION))
        .apply("CountKnownRejections", ParDo.of(new CountRejectionFn()));
    PCollection<Rejection> rejected = PCollectionList
        .of(parsed.get(REJECTED).setCoder(RecordCoders.REJECTION))
        .and(knownRejections)
        .apply("AllRejections", Flatten.pCollections());
    return PCollectionTuple.of(ARTICLES, parsed.get(ARTICLES).setCoder(RecordCoders.ARTICLE))
        .and(REJECTED, rejected);
  }

  /**
   * The files dealt into at most {@code count} batches, keyed by index: file i to batch i mod count, so that files of
   * one kind, which sort together (feed-*.jsonl holding many articles each), are spread over all batches.
   */
  static List<KV<Integer, List<String>>> inBatches(List<String> files, int count) {
    int n = Math.min(count, files.size());
    List<List<String>> batches = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      batches.add(new ArrayList<>());
    }
    for (int i = 0; i < files.size(); i++) {
      batches.get(i % n).add(files.get(i));
    }
    List<KV<Integer, List<String>>> keyed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keyed.add(KV.of(i, List.copyOf(batches.get(i))));
    }
    return keyed;
  }

  /** Counts rejections found before the pipeline ran, with those found while reading. */
  static class CountRejectionFn extends DoFn<Rejection, Rejection> {
    private final Counter rejections = Metrics.counter(ReadArticles.class, "rejected");

    @ProcessElement
    public void processElement(@Element Rejection rejection, OutputReceiver<Rejection> out) {
      rejections.inc();
      out.output(rejection);
    }
  }

  /** Parses each file of a batch into articles, or into rejections that say why not. */
  static class ParseArticleFilesFn extends DoFn<KV<Integer, List<String>>, Article> {
    private final ArticleReader reader;
    private final Counter files = Metrics.counter(ReadArticles.class, "files");
    private final Counter articles = Metrics.counter(ReadArticles.class, "articles");
    private final Counter rejections = Metrics.counter(ReadArticles.class, "rejected");
    private final Counter micros = Metrics.counter(ReadArticles.class, "read_micros");

    ParseArticleFilesFn(ArticleReader reader) {
      this.reader = reader;
    }

    @ProcessElement
    public void processElement(@Element KV<Integer, List<String>> batch, MultiOutputReceiver out) {
      batch.getValue().forEach(path -> parse(path, out));
    }

    private void parse(String path, MultiOutputReceiver out) {
      ResourceId file = FileSystems.matchNewResource(path, false);
      String name = file.getFilename();
      files.inc();
      long started = System.nanoTime();
      ArticleReader.Result result = reader.read(name, () -> FileSystems.open(file));
      result.articles().forEach(a -> out.get(ARTICLES).output(a));
      result.rejections().forEach(r -> out.get(REJECTED).output(r));
      articles.inc(result.articles().size());
      rejections.inc(result.rejections().size());
      micros.inc((System.nanoTime() - started) / 1000);
      Progress.FILES_READ.tick();
    }
  }
}
