package crosscheck.pipeline;

import crosscheck.io.Sha256;
import crosscheck.model.Article;
import crosscheck.model.Rejection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
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
  private static final TupleTag<KV<String, String>> RENAMES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple byText = articles
        .apply("KeyByText", WithKeys.of(DeduplicateArticles::textHash).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(Article.class)))
        .apply("GroupByText", GroupByKey.create())
        .apply("KeepOneCopy", ParDo.of(new KeepOneCopyFn()).withOutputTags(UNIQUE, TupleTagList.of(REPORTS)));
    PCollection<Article> kept = byText.get(UNIQUE).setCoder(JsonCoder.of(Article.class));
    // Ids are checked on (id, file, text hash) alone: the texts are not shuffled a second time.
    PCollectionTuple clashes = kept
        .apply("IdFileAndHash", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(),
                TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings())))
            .via((Article a) -> KV.of(a.id(), KV.of(a.file(), textHash(a).substring(0, 8)))))
        .apply("GroupById", GroupByKey.create())
        .apply("SeparateIds", ParDo.of(new SeparateIdsFn()).withOutputTags(RENAMES, TupleTagList.of(REPORTS)));
    PCollectionView<Map<String, String>> renames = clashes.get(RENAMES)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("RenamesByFile", View.asMap());
    PCollection<Article> unique = kept
        .apply("ApplyRenames", ParDo.of(new ApplyRenamesFn(renames)).withSideInputs(renames))
        .setCoder(JsonCoder.of(Article.class));
    PCollection<Rejection> reports = PCollectionList
        .of(byText.get(REPORTS).setCoder(JsonCoder.of(Rejection.class)))
        .and(clashes.get(REPORTS).setCoder(JsonCoder.of(Rejection.class)))
        .apply("AllReports", Flatten.pCollections());
    return PCollectionTuple.of(UNIQUE, unique).and(REPORTS, reports);
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

  /**
   * Gives every article but the first (by file) of a shared id an id of its own: the id, a tilde and the first 8
   * hex digits of its text's hash. Outputs (file, new id) for each article to rename.
   */
  static class SeparateIdsFn extends DoFn<KV<String, Iterable<KV<String, String>>>, KV<String, String>> {
    private final Counter clashes = Metrics.counter(DeduplicateArticles.class, "id_clashes");

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<KV<String, String>>> sameId, MultiOutputReceiver out) {
      List<KV<String, String>> files = new ArrayList<>();
      sameId.getValue().forEach(files::add);
      files.sort(Comparator.comparing((KV<String, String> kv) -> kv.getKey()));
      for (KV<String, String> other : files.subList(1, files.size())) {
        clashes.inc();
        String id = sameId.getKey() + "~" + other.getValue();
        out.get(RENAMES).output(KV.of(other.getKey(), id));
        out.get(REPORTS).output(Rejection.ofFile(other.getKey(), "id '" + sameId.getKey() + "' is also the id of "
            + "a different article in " + files.get(0).getKey() + ": kept as '" + id + "'"));
      }
    }
  }

  /** Renames the articles whose id another article already has. */
  static class ApplyRenamesFn extends DoFn<Article, Article> {
    private final PCollectionView<Map<String, String>> renames;

    ApplyRenamesFn(PCollectionView<Map<String, String>> renames) {
      this.renames = renames;
    }

    @ProcessElement
    public void processElement(@Element Article a, OutputReceiver<Article> out, ProcessContext context) {
      String id = context.sideInput(renames).get(a.file());
      out.output(id == null ? a : new Article(id, a.file(), a.source(), a.date(), a.url(), a.title(), a.text()));
    }
  }
}
