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
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
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
  private static final TupleTag<KV<String, KV<String, String>>> KEPT = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> DROPS = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> RENAMES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    // Only (text hash, file, id) records are grouped; the texts stay where they are, and the few decisions (copies
    // to drop, ids to change) reach them as side inputs.
    KvCoder<String, KV<String, String>> smallRecord =
        KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    PCollectionTuple byText = articles
        .apply("TextHashFileAndId", MapElements.into(SMALL_RECORD)
            .via((Article a) -> KV.of(textHash(a), KV.of(a.file(), a.id()))))
        .setCoder(smallRecord)
        .apply("GroupByText", GroupByKeyInBuckets.create())
        .apply("KeepOneCopy", ParDo.of(new KeepOneCopyFn())
            .withOutputTags(KEPT, TupleTagList.of(DROPS).and(REPORTS)));
    PCollectionTuple clashes = byText.get(KEPT)
        .setCoder(smallRecord)
        .apply("GroupById", GroupByKeyInBuckets.create())
        .apply("SeparateIds", ParDo.of(new SeparateIdsFn()).withOutputTags(RENAMES, TupleTagList.of(REPORTS)));
    PCollectionView<Map<String, String>> drops = asMap(byText.get(DROPS), "DropsByFile");
    PCollectionView<Map<String, String>> renames = asMap(clashes.get(RENAMES), "RenamesByFile");
    PCollection<Article> unique = articles
        .apply("DropCopiesAndRename", ParDo.of(new DropCopiesAndRenameFn(drops, renames))
            .withSideInputs(drops, renames))
        .setCoder(JsonCoder.of(Article.class));
    PCollection<Rejection> reports = PCollectionList
        .of(byText.get(REPORTS).setCoder(JsonCoder.of(Rejection.class)))
        .and(clashes.get(REPORTS).setCoder(JsonCoder.of(Rejection.class)))
        .apply("AllReports", Flatten.pCollections());
    return PCollectionTuple.of(UNIQUE, unique).and(REPORTS, reports);
  }

  private static final TypeDescriptor<KV<String, KV<String, String>>> SMALL_RECORD =
      TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.kvs(TypeDescriptors.strings(),
          TypeDescriptors.strings()));

  private static PCollectionView<Map<String, String>> asMap(PCollection<KV<String, String>> byFile, String name) {
    return byFile.setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())).apply(name, View.asMap());
  }

  /** SHA-256 of the article's text, in hex. */
  static String textHash(Article article) {
    return Sha256.hex(article.text());
  }

  /** (file, id or hash) pairs sorted by file, then by the second. */
  private static List<KV<String, String>> sortedByFile(Iterable<KV<String, String>> records) {
    List<KV<String, String>> list = new ArrayList<>();
    records.forEach(list::add);
    list.sort(Comparator.comparing((KV<String, String> kv) -> kv.getKey()).thenComparing(KV::getValue));
    return list;
  }

  /**
   * Keeps the first copy (by file) of a text read more than once: outputs it as (id, (file, first 8 hex digits of
   * the text's hash)) and every other copy as (file, file kept).
   */
  static class KeepOneCopyFn extends DoFn<KV<String, Iterable<KV<String, String>>>, KV<String, KV<String, String>>> {
    private final Counter duplicates = Metrics.counter(DeduplicateArticles.class, "duplicates");

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<KV<String, String>>> copies, MultiOutputReceiver out) {
      List<KV<String, String>> list = sortedByFile(copies.getValue());
      KV<String, String> kept = list.get(0);
      out.get(KEPT).output(KV.of(kept.getValue(), KV.of(kept.getKey(), copies.getKey().substring(0, 8))));
      for (KV<String, String> copy : list.subList(1, list.size())) {
        duplicates.inc();
        out.get(DROPS).output(KV.of(copy.getKey(), kept.getKey()));
        out.get(REPORTS).output(Rejection.ofFile(copy.getKey(), "same text as " + kept.getKey() + " (article "
            + kept.getValue() + "): kept once"));
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
      List<KV<String, String>> files = sortedByFile(sameId.getValue());
      for (KV<String, String> other : files.subList(1, files.size())) {
        clashes.inc();
        String id = sameId.getKey() + "~" + other.getValue();
        out.get(RENAMES).output(KV.of(other.getKey(), id));
        out.get(REPORTS).output(Rejection.ofFile(other.getKey(), "id '" + sameId.getKey() + "' is also the id of "
            + "a different article in " + files.get(0).getKey() + ": kept as '" + id + "'"));
      }
    }
  }

  /** Drops the copies of texts already kept and renames the articles whose id another article already has. */
  static class DropCopiesAndRenameFn extends DoFn<Article, Article> {
    private final PCollectionView<Map<String, String>> drops;
    private final PCollectionView<Map<String, String>> renames;

    DropCopiesAndRenameFn(PCollectionView<Map<String, String>> drops, PCollectionView<Map<String, String>> renames) {
      this.drops = drops;
      this.renames = renames;
    }

    @ProcessElement
    public void processElement(@Element Article a, OutputReceiver<Article> out, ProcessContext context) {
      if (context.sideInput(drops).containsKey(a.file())) {
        return;
      }
      String id = context.sideInput(renames).get(a.file());
      out.output(id == null ? a : new Article(id, a.file(), a.source(), a.date(), a.url(), a.title(), a.text()));
    }
  }
}
