package crosscheck.pipeline;

import crosscheck.config.Config;
import crosscheck.model.Article;
import crosscheck.model.Citation;
import crosscheck.model.Claim;
import crosscheck.model.Rejection;
import crosscheck.text.ClaimExtractor;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Splits each article into sentences and numeric claims ({@link #CLAIMS}), and lists every source each article
 * cites ({@link #CITATIONS}). An article the extractor fails on (an exception, or a stack overflow in a deep
 * expression) goes to {@link #REJECTED} with the error and its stack trace instead of stopping the run; so does a
 * figure too large to be a claim, with its article and place. (One output for both: Flink hands every output of a
 * step to every reader of its outputs, each through its coder, so each output more passes every claim and citation
 * through their coders once more.)
 */
public class ExtractClaims extends PTransform<PCollection<Article>, PCollectionTuple> {

  public static final TupleTag<Claim> CLAIMS = new TupleTag<>() {};
  public static final TupleTag<Citation> CITATIONS = new TupleTag<>() {};
  public static final TupleTag<Rejection> REJECTED = new TupleTag<>() {};

  private final Config config;

  public ExtractClaims(Config config) {
    this.config = config;
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple out = articles.apply("ExtractClaimsFromArticle",
        ParDo.of(new ExtractClaimsFn(config)).withOutputTags(CLAIMS, TupleTagList.of(CITATIONS).and(REJECTED)));
    out.get(CLAIMS).setCoder(RecordCoders.CLAIM);
    out.get(CITATIONS).setCoder(RecordCoders.CITATION);
    out.get(REJECTED).setCoder(RecordCoders.REJECTION);
    return out;
  }

  /** Runs the plain-Java {@link ClaimExtractor} on one article. */
  static class ExtractClaimsFn extends DoFn<Article, Claim> {
    private final Config config;
    private transient ClaimExtractor extractor;
    private final Counter extracted = Metrics.counter(ExtractClaims.class, "extracted");
    private final Counter sentences = Metrics.counter(ExtractClaims.class, "sentences");
    private final Counter claims = Metrics.counter(ExtractClaims.class, "claims");
    private final Counter failed = Metrics.counter(ExtractClaims.class, "failed");
    private final Counter dropped = Metrics.counter(ExtractClaims.class, "dropped");
    private final Counter micros = Metrics.counter(ExtractClaims.class, "extract_micros");

    ExtractClaimsFn(Config config) {
      this.config = config;
    }

    @Setup
    public void setup() {
      extractor = new ClaimExtractor(config);
    }

    @ProcessElement
    public void processElement(@Element Article article, MultiOutputReceiver out) {
      long started = System.nanoTime();
      ClaimExtractor.Extraction extraction;
      try {
        extraction = extractor.extract(article);
      } catch (RuntimeException | StackOverflowError e) {
        failed.inc();
        out.get(REJECTED).output(Rejection.ofCrash(article.file(), Rejection.Stage.EXTRACT, e, ClaimExtractor.class));
        return;
      }
      extracted.inc();
      sentences.inc(extraction.sentences());
      claims.inc(extraction.claims().size());
      extraction.claims().forEach(c -> out.get(CLAIMS).output(c));
      extraction.citations().forEach(c -> out.get(CITATIONS).output(c));
      dropped.inc(extraction.dropped().size());
      extraction.dropped().forEach(r -> out.get(REJECTED).output(r));
      micros.inc((System.nanoTime() - started) / 1000);
      Progress.ARTICLES_EXTRACTED.tick();
    }
  }
}
