package crosscheck.pipeline;

import crosscheck.io.Deduplication;
import crosscheck.io.Deduplication.ArticleKey;
import crosscheck.model.Article;
import crosscheck.model.Rejection;
import java.util.ArrayList;
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
 * Makes each article count once and each id name one article, as {@link Deduplication} decides: the same text read
 * twice is kept once; different articles under one id are all kept, each but the first under an id of its own. Both
 * are reported in {@link #REPORTS}, as rejections are, so that nothing is dropped silently.
 */
public class DeduplicateArticles extends PTransform<PCollection<Article>, PCollectionTuple> {

  public static final TupleTag<Article> UNIQUE = new TupleTag<>() {};
  public static final TupleTag<Rejection> REPORTS = new TupleTag<>() {};
  private static final TupleTag<KV<String, ArticleKey>> KEPT = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> DROPS = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> RENAMES = new TupleTag<>() {};

  private final int buckets;

  /** Groups texts and ids in this many buckets ({@link GroupIntoBuckets}). */
  public DeduplicateArticles(int buckets) {
    this.buckets = buckets;
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    // Only (file, id, text hash) keys are grouped; the texts stay where they are, and the few decisions (copies to
    // drop, ids to change) reach them as side inputs. Ids are grouped by family, so that a new id is checked
    // against every id it could clash with, whatever the batches.
    KvCoder<String, ArticleKey> keyed = KvCoder.of(StringUtf8Coder.of(), RecordCoders.ARTICLE_KEY);
    PCollectionTuple byText = articles
        .apply("TextHashAndKey", MapElements.into(KEYED).via((Article a) -> {
          ArticleKey key = ArticleKey.of(a);
          return KV.of(key.textHash(), key);
        }))
        .setCoder(keyed)
        .apply("GroupByText", GroupByKeyInBuckets.create(buckets))
        .apply("KeepOneCopy", ParDo.of(new KeepOneCopyFn())
            .withOutputTags(KEPT, TupleTagList.of(DROPS).and(REPORTS)));
    PCollectionTuple clashes = byText.get(KEPT)
        .setCoder(keyed)
        .apply("GroupByIdFamily", GroupByKeyInBuckets.create(buckets))
        .apply("SeparateIds", ParDo.of(new SeparateIdsFn()).withOutputTags(RENAMES, TupleTagList.of(REPORTS)));
    PCollectionView<Map<String, String>> drops = asMap(byText.get(DROPS), "DropsByFile");
    PCollectionView<Map<String, String>> renames = asMap(clashes.get(RENAMES), "RenamesByFile");
    PCollection<Article> unique = articles
        .apply("DropCopiesAndRename", ParDo.of(new DropCopiesAndRenameFn(drops, renames))
            .withSideInputs(drops, renames))
        .setCoder(RecordCoders.ARTICLE);
    PCollection<Rejection> reports = PCollectionList
        .of(byText.get(REPORTS).setCoder(RecordCoders.REJECTION))
        .and(clashes.get(REPORTS).setCoder(RecordCoders.REJECTION))
        .apply("AllReports", Flatten.pCollections());
    return PCollectionTuple.of(UNIQUE, unique).and(REPORTS, reports);
  }

  private static final TypeDescriptor<KV<String, ArticleKey>> KEYED =
      TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(ArticleKey.class));

  private static PCollectionView<Map<String, String>> asMap(PCollection<KV<String, String>> byFile, String name) {
    return byFile.setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())).apply(name, View.asMap());
  }

  private static List<ArticleKey> listOf(Iterable<ArticleKey> keys) {
    List<ArticleKey> list = new ArrayList<>();
    keys.forEach(list::add);
    return list;
  }

  /** Keeps one copy of a text: outputs it as (id family, key), every other copy as (file, file kept). */
  static class KeepOneCopyFn extends DoFn<KV<String, Iterable<ArticleKey>>, KV<String, ArticleKey>> {
    private final Counter duplicates = Metrics.counter(DeduplicateArticles.class, "duplicates");

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<ArticleKey>> sameText, MultiOutputReceiver out) {
      Deduplication.Copies copies = Deduplication.keepOneCopy(listOf(sameText.getValue()));
      out.get(KEPT).output(KV.of(Deduplication.idFamily(copies.kept().id()), copies.kept()));
      copies.droppedFiles().forEach(file -> out.get(DROPS).output(KV.of(file, copies.kept().file())));
      copies.reports().forEach(out.get(REPORTS)::output);
      duplicates.inc(copies.droppedFiles().size());
    }
  }

  /** Outputs (file, new id) for each article of an id family whose id another article already has. */
  static class SeparateIdsFn extends DoFn<KV<String, Iterable<ArticleKey>>, KV<String, String>> {
    private final Counter clashes = Metrics.counter(DeduplicateArticles.class, "id_clashes");

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<ArticleKey>> sameFamily, MultiOutputReceiver out) {
      Deduplication.Renames renames = Deduplication.separateIds(listOf(sameFamily.getValue()));
      renames.idByFile().forEach((file, id) -> out.get(RENAMES).output(KV.of(file, id)));
      renames.reports().forEach(out.get(REPORTS)::output);
      clashes.inc(renames.idByFile().size());
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
      out.output(id == null ? a : a.withId(id));
    }
  }
}
