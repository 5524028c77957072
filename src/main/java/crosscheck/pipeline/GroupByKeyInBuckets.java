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
    return records
        .apply("GroupIntoBuckets", GroupIntoBuckets.create(buckets))
        .apply("GroupKeysOfBucket", ParDo.of(new GroupKeysOfBucketFn<>(recordCoder.getValueCoder())))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), IterableCoder.of(recordCoder.getValueCoder())));
  }

  /** Emits one bucket's records as groups, one per key. */
  static class GroupKeysOfBucketFn<V>
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
