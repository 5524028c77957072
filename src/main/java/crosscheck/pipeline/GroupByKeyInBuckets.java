package crosscheck.pipeline;

import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Groups values by key, as a GroupByKey does, through {@link GroupIntoBuckets}: the groups of a bucket are emitted
 * together, in key order, so that the next steps see few large bundles.
 */
public class GroupByKeyInBuckets<V>
    extends PTransform<PCollection<KV<String, V>>, PCollection<KV<String, Iterable<V>>>> {

  private final int buckets;

  private GroupByKeyInBuckets(int buckets) {
    this.buckets = buckets;
  }

  public static <V> GroupByKeyInBuckets<V> create(int buckets) {
    return new GroupByKeyInBuckets<>(buckets);
  }

  @Override
  public PCollection<KV<String, Iterable<V>>> expand(PCollection<KV<String, V>> records) {
    KvCoder<String, V> recordCoder = (KvCoder<String, V>) records.getCoder();
    return groupsOf(records.apply("GroupIntoBuckets", GroupIntoBuckets.create(buckets)),
        recordCoder.getValueCoder());
  }

  /**
   * The groups, one per key, of buckets gathered and grouped by bucket ({@link GroupIntoBuckets}, or a step that
   * gathers its own records and a GroupByKey), each value decoded by {@code coder}.
   */
  static <V> PCollection<KV<String, Iterable<V>>> groupsOf(
      PCollection<KV<Integer, Iterable<List<KV<String, byte[]>>>>> buckets, Coder<V> coder) {
    return buckets
        .apply("GroupKeysOfBucket", ParDo.of(new GroupKeysOfBucketFn<>(coder)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), IterableCoder.of(coder)));
  }

  /** Emits one bucket's records as groups, one per key. */
  private static class GroupKeysOfBucketFn<V>
      extends DoFn<KV<Integer, Iterable<List<KV<String, byte[]>>>>, KV<String, Iterable<V>>> {
    private final Coder<V> coder;

    GroupKeysOfBucketFn(Coder<V> coder) {
      this.coder = coder;
    }

    @ProcessElement
    public void processElement(@Element KV<Integer, Iterable<List<KV<String, byte[]>>>> bucket,
        OutputReceiver<KV<String, Iterable<V>>> out) {
      GroupIntoBuckets.byKey(bucket.getValue(), coder).forEach((key, values) -> out.output(KV.of(key, values)));
    }
  }
}
