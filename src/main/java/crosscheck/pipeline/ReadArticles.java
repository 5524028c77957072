package crosscheck.pipeline;

import crosscheck.io.ArticleReader;
import crosscheck.io.Sidecar;
import crosscheck.model.Article;
import crosscheck.model.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
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
  private final Sidecar sidecar;
  private final long maxArticleBytes;
  private final List<Rejection> unreadable;

  /**
   * @param files the article files of the input folder (any Beam file system path), in name order
   * @param unreadable entries of the input folder already known to be unreadable (folders, broken links)
   */
  public ReadArticles(List<String> files, Sidecar sidecar, long maxArticleBytes, List<Rejection> unreadable) {
    this.files = List.copyOf(files);
    this.sidecar = sidecar;
    this.maxArticleBytes = maxArticleBytes;
    this.unreadable = List.copyOf(unreadable);
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    // The files are listed before the run rather than matched in it: a match reshuffles every file into a bundle
    // of its own, and on the DirectRunner each bundle that reaches a grouping copies the group's state so far.
    PCollectionTuple parsed = begin
        .apply("ListFiles", Create.of(files).withCoder(StringUtf8Coder.of()))
        .apply("ParseFiles", ParDo.of(new ParseArticleFileFn(new ArticleReader(sidecar, maxArticleBytes)))
            .withOutputTags(ARTICLES, TupleTagList.of(REJECTED)));
    List<Rejection> known = new ArrayList<>(sidecar.rejections());
    known.addAll(unreadable);
    PCollection<Rejection> knownRejections = begin
        .apply("SidecarAndFolderRejections", Create.of(known).withCoder(JsonCoder.of(Rejection.class)))
        .apply("CountKnownRejections", ParDo.of(new CountRejectionFn()));
    PCollection<Rejection> rejected = PCollectionList
        .of(parsed.get(REJECTED).setCoder(JsonCoder.of(Rejection.class)))
        .and(knownRejections)
        .apply("AllRejections", Flatten.pCollections());
    return PCollectionTuple.of(ARTICLES, parsed.get(ARTICLES).setCoder(JsonCoder.of(Article.class)))
        .and(REJECTED, rejected);
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

  /** Parses one file into articles, or into rejections that say why not. */
  static class ParseArticleFileFn extends DoFn<String, Article> {
    private final ArticleReader reader;
    private final Counter files = Metrics.counter(ReadArticles.class, "files");
    private final Counter articles = Metrics.counter(ReadArticles.class, "articles");
    private final Counter rejections = Metrics.counter(ReadArticles.class, "rejected");
    private final Counter micros = Metrics.counter(ReadArticles.class, "read_micros");

    ParseArticleFileFn(ArticleReader reader) {
      this.reader = reader;
    }

    @ProcessElement
    public void processElement(@Element String path, MultiOutputReceiver out) {
      ResourceId file = FileSystems.matchNewResource(path, false);
      String name = file.getFilename();
      files.inc();
      long started = System.nanoTime();
      ArticleReader.Result result;
      try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
        result = reader.read(name, in.readAllBytes());
      } catch (IOException | RuntimeException e) {
        result = new ArticleReader.Result(List.of(), List.of(new Rejection(name, 0, "cannot be read: " + e)));
      }
      result.articles().forEach(a -> out.get(ARTICLES).output(a));
      result.rejections().forEach(r -> out.get(REJECTED).output(r));
      articles.inc(result.articles().size());
      rejections.inc(result.rejections().size());
      micros.inc((System.nanoTime() - started) / 1000);
      Progress.FILES_READ.tick();
    }
  }
}
