package crosscheck.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Groups values by key, as {@link GroupByKey} does, but shuffles them by a bucket of the key ({@link #BUCKETS}
 * buckets, by hash) and gathers each bucket's keys in memory, emitting the groups of a bucket together, in key order.
 *
 * <p>Why: after a GroupByKey the DirectRunner makes every key a bundle of its own, each with a fixed cost in the
 * runner's bookkeeping, and a run has hundreds of thousands of subjects, texts and sources. With buckets the steps
 * after a grouping see a few hundred large bundles on any runner. A bucket must fit in memory: at 100,000 articles
 * a bucket of whole articles is under 2 MB.
 */
public class GroupByKeyInBuckets<V>
    extends PTransform<PCollection<KV<String, V>>, PCollection<KV<String, Iterable<V>>>> {

  /** Buckets per grouping; also the most workers a grouping's next step can keep busy. */
  static final int BUCKETS = 256;

  public static <V> GroupByKeyInBuckets<V> create() {
    return new GroupByKeyInBuckets<>();
  }

  @Override
  public PCollection<KV<String, Iterable<V>>> expand(PCollection<KV<String, V>> records) {
    KvCoder<String, V> recordCoder = (KvCoder<String, V>) records.getCoder();
    Coder<V> valueCoder = recordCoder.getValueCoder();
    return records
        .apply("KeyByBucket", WithKeys.of((KV<String, V> record) -> bucket(record.getKey()))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), recordCoder))
        .apply("GroupByBucket", GroupByKey.create())
        .apply("GroupKeysOfBucket", ParDo.of(new GroupKeysOfBucketFn<V>()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), IterableCoder.of(valueCoder)));
  }

  static int bucket(String key) {
    return Math.floorMod(key.hashCode(), BUCKETS);
  }

  /** Gathers one bucket's records by key. */
  static class GroupKeysOfBucketFn<V> extends DoFn<KV<Integer, Iterable<KV<String, V>>>, KV<String, Iterable<V>>> {
    @ProcessElement
    public void processElement(@Element KV<Integer, Iterable<KV<String, V>>> bucket,
        OutputReceiver<KV<String, Iterable<V>>> out) {
      Map<String, List<V>> byKey = new TreeMap<>();
      for (KV<String, V> record : bucket.getValue()) {
        byKey.computeIfAbsent(record.getKey(), k -> new ArrayList<>()).add(record.getValue());
      }
      byKey.forEach((key, values) -> out.output(KV.of(key, values)));
    }
  }
}
