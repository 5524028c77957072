package crosscheck.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Gathers keyed records into a given number of buckets by a hash of their key: one element per bucket, holding every
 * record whose key falls in it ({@link #byKey} groups them by key).
 *
 * <p>Why not a GroupByKey on the key itself: after a GroupByKey the DirectRunner makes every key a bundle of its
 * own, each with a fixed cost in the runner's bookkeeping, and a run has hundreds of thousands of subjects, texts and
 * sources. With buckets the steps after a grouping see a few large bundles on any runner: few on the DirectRunner,
 * which translates a step again for every bundle (a tenth of its time with 256 buckets), a few hundred elsewhere, to
 * keep every worker of a cluster busy. A bucket must fit in memory: at 100,000 articles the claims file is about
 * 300 MB, about 20 MB a bucket on the DirectRunner of 2 cores (16 buckets; it holds the whole run in memory anyway)
 * and about 1 MB of 256. One subject is always in one bucket, however many claims it has (the benchmark's skew
 * corpus).
 */
public class GroupIntoBuckets<V>
    extends PTransform<PCollection<KV<String, V>>, PCollection<KV<Integer, Iterable<KV<String, V>>>>> {

  private final int buckets;

  private GroupIntoBuckets(int buckets) {
    this.buckets = buckets;
  }

  /**
   * @param buckets buckets of this grouping; also the most workers its next step can keep busy
   */
  public static <V> GroupIntoBuckets<V> create(int buckets) {
    return new GroupIntoBuckets<>(buckets);
  }

  @Override
  public PCollection<KV<Integer, Iterable<KV<String, V>>>> expand(PCollection<KV<String, V>> records) {
    return records
        .apply("KeyByBucket", WithKeys.of((KV<String, V> record) -> bucket(record.getKey(), buckets))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), (KvCoder<String, V>) records.getCoder()))
        .apply("GroupByBucket", GroupByKey.create());
  }

  static int bucket(String key, int buckets) {
    return Math.floorMod(key.hashCode(), buckets);
  }

  /** A bucket's records grouped by key, in key order. */
  static <V> SortedMap<String, List<V>> byKey(Iterable<KV<String, V>> bucket) {
    SortedMap<String, List<V>> groups = new TreeMap<>();
    for (KV<String, V> record : bucket) {
      groups.computeIfAbsent(record.getKey(), k -> new ArrayList<>()).add(record.getValue());
    }
    return groups;
  }
}
