package crosscheck.pipeline;

import crosscheck.io.ArticleReader;
import crosscheck.io.Sidecar;
import crosscheck.model.Article;
import crosscheck.model.Rejection;
import java.io.IOException;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
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
 * Reads every file of the input folder into {@link #ARTICLES}; files, lines and sidecar rows that cannot be read go
 * to {@link #REJECTED} with the reason, and the run goes on.
 */
public class ReadArticles extends PTransform<PBegin, PCollectionTuple> {

  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Rejection> REJECTED = new TupleTag<>() {};

  private final String inputDir;
  private final Sidecar sidecar;
  private final long maxArticleBytes;

  public ReadArticles(String inputDir, Sidecar sidecar, long maxArticleBytes) {
    this.inputDir = inputDir;
    this.sidecar = sidecar;
    this.maxArticleBytes = maxArticleBytes;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple parsed = begin
        .apply("MatchFiles", FileIO.match().filepattern(inputDir + "/*")
            .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
        .apply("OpenFiles", FileIO.readMatches())
        .apply("ParseFiles", ParDo.of(new ParseArticleFileFn(new ArticleReader(sidecar, maxArticleBytes)))
            .withOutputTags(ARTICLES, TupleTagList.of(REJECTED)));
    PCollection<Rejection> sidecarRejections = begin.apply("SidecarRejections",
        Create.of(sidecar.rejections()).withCoder(SerializableCoder.of(Rejection.class)));
    PCollection<Rejection> rejected = PCollectionList
        .of(parsed.get(REJECTED).setCoder(SerializableCoder.of(Rejection.class)))
        .and(sidecarRejections)
        .apply("AllRejections", Flatten.pCollections());
    return PCollectionTuple.of(ARTICLES, parsed.get(ARTICLES).setCoder(SerializableCoder.of(Article.class)))
        .and(REJECTED, rejected);
  }

  /** Parses one file into articles, or into rejections that say why not. */
  static class ParseArticleFileFn extends DoFn<FileIO.ReadableFile, Article> {
    private final ArticleReader reader;
    private final Counter files = Metrics.counter(ReadArticles.class, "files");
    private final Counter articles = Metrics.counter(ReadArticles.class, "articles");
    private final Counter rejections = Metrics.counter(ReadArticles.class, "rejected");

    ParseArticleFileFn(ArticleReader reader) {
      this.reader = reader;
    }

    @ProcessElement
    public void processElement(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      String name = file.getMetadata().resourceId().getFilename();
      if (name == null || name.equals(Sidecar.FILE_NAME)) {
        return;
      }
      files.inc();
      ArticleReader.Result result;
      try {
        result = reader.read(name, file.readFullyAsBytes());
      } catch (IOException | RuntimeException e) {
        result = new ArticleReader.Result(java.util.List.of(),
            java.util.List.of(new Rejection(name, 0, "cannot be read: " + e)));
      }
      result.articles().forEach(a -> out.get(ARTICLES).output(a));
      result.rejections().forEach(r -> out.get(REJECTED).output(r));
      articles.inc(result.articles().size());
      rejections.inc(result.rejections().size());
    }
  }
}
