package crosscheck.pipeline;

import crosscheck.io.Sha256;
import crosscheck.model.Article;
import crosscheck.model.Rejection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Makes each article count once and each id name one article. The same text read twice (a crawler's duplicate, a
 * second copy under another name) is kept once, so it cannot confirm itself; different articles under one id are
 * all kept, the later ones (by file) under the id plus a short hash of their text. Both are reported in
 * {@link #REPORTS}, as rejections are, so that nothing is dropped silently.
 */
public class DeduplicateArticles extends PTransform<PCollection<Article>, PCollectionTuple> {

  public static final TupleTag<Article> UNIQUE = new TupleTag<>() {};
  public static final TupleTag<Rejection> REPORTS = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple byText = articles
        .apply("KeyByText", WithKeys.of(DeduplicateArticles::textHash).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(Article.class)))
        .apply("GroupByText", GroupByKey.create())
        .apply("KeepOneCopy", ParDo.of(new KeepOneCopyFn()).withOutputTags(UNIQUE, TupleTagList.of(REPORTS)));
    PCollectionTuple byId = byText.get(UNIQUE).setCoder(JsonCoder.of(Article.class))
        .apply("KeyById", WithKeys.of(Article::id).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(Article.class)))
        .apply("GroupById", GroupByKey.create())
        .apply("SeparateIds", ParDo.of(new SeparateIdsFn()).withOutputTags(UNIQUE, TupleTagList.of(REPORTS)));
    PCollection<Rejection> reports = PCollectionList
        .of(byText.get(REPORTS).setCoder(JsonCoder.of(Rejection.class)))
        .and(byId.get(REPORTS).setCoder(JsonCoder.of(Rejection.class)))
        .apply("AllReports", Flatten.pCollections());
    return PCollectionTuple.of(UNIQUE, byId.get(UNIQUE).setCoder(JsonCoder.of(Article.class)))
        .and(REPORTS, reports);
  }

  /** SHA-256 of the article's text, in hex. */
  static String textHash(Article article) {
    return Sha256.hex(article.text());
  }

  private static List<Article> sortedByFile(Iterable<Article> articles) {
    List<Article> list = new ArrayList<>();
    articles.forEach(list::add);
    list.sort(Comparator.comparing(Article::file).thenComparing(Article::id));
    return list;
  }

  /** Keeps the first copy (by file) of a text read more than once. */
  static class KeepOneCopyFn extends DoFn<KV<String, Iterable<Article>>, Article> {
    private final Counter duplicates = Metrics.counter(DeduplicateArticles.class, "duplicates");

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<Article>> copies, MultiOutputReceiver out) {
      List<Article> list = sortedByFile(copies.getValue());
      Article kept = list.get(0);
      out.get(UNIQUE).output(kept);
      for (Article copy : list.subList(1, list.size())) {
        duplicates.inc();
        out.get(REPORTS).output(Rejection.ofArticle(copy, "same text as " + kept.file() + " (article "
            + kept.id() + "): kept once"));
      }
    }
  }

  /** Gives every article but the first (by file) of a shared id an id of its own. */
  static class SeparateIdsFn extends DoFn<KV<String, Iterable<Article>>, Article> {
    private final Counter clashes = Metrics.counter(DeduplicateArticles.class, "id_clashes");

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<Article>> sameId, MultiOutputReceiver out) {
      List<Article> list = sortedByFile(sameId.getValue());
      out.get(UNIQUE).output(list.get(0));
      for (Article other : list.subList(1, list.size())) {
        clashes.inc();
        String id = other.id() + "~" + textHash(other).substring(0, 8);
        out.get(UNIQUE).output(new Article(id, other.file(), other.source(), other.date(), other.url(),
            other.title(), other.text()));
        out.get(REPORTS).output(Rejection.ofArticle(other, "id '" + other.id() + "' is also the id of a "
            + "different article in " + list.get(0).file() + ": kept as '" + id + "'"));
      }
    }
  }
}
