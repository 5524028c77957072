package crosscheck.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.Instant;

/**
 * Gathers keyed records into a given number of buckets by a hash of their key: one element per bucket, holding every
 * record whose key falls in it ({@link #byKey} groups them by key), each value encoded by its coder.
 *
 * <p>Why not a GroupByKey on the key itself: after a GroupByKey the DirectRunner makes every key a bundle of its
 * own, each with a fixed cost in the runner's bookkeeping, and a run has hundreds of thousands of subjects, texts and
 * sources. With buckets the steps after a grouping see a few large bundles on any runner: few on the DirectRunner,
 * which translates a step again for every bundle (a tenth of its time with 256 buckets), a few hundred elsewhere, to
 * keep every worker of a cluster busy. A bucket must fit in memory: at 100,000 articles the claims file is about
 * 300 MB, about 20 MB a bucket on the DirectRunner of 2 cores (16 buckets; it holds the whole run in memory anyway)
 * and about 1 MB of 256. One subject is always in one bucket, however many claims it has (the benchmark's skew
 * corpus).
 *
 * <p>Why encoded values: the DirectRunner copies the records a grouping holds, through their coder, for every bundle
 * that reaches it and once more when it emits them; bytes copy in one call, where a claim is encoded and decoded field
 * by field. Each value is encoded once before the grouping and decoded once after it, as a shuffle on any other
 * runner does anyway.
 *
 * <p>Why lists: the records of a bundle are gathered by bucket before the grouping, which then moves one list per
 * bucket and bundle, not every record: a runner's grouping costs it per element (the DirectRunner runs each through
 * its windowing machinery, Flink sorts each), and a run has hundreds of thousands of claims. A list holds at most a
 * bundle's records.
 */
public class GroupIntoBuckets<V>
    extends PTransform<PCollection<KV<String, V>>, PCollection<KV<Integer, Iterable<List<KV<String, byte[]>>>>>> {

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

  /** The coder of a bundle's records of one bucket, as {@link Gatherer} gives them. */
  public static final Coder<KV<Integer, List<KV<String, byte[]>>>> GATHERED =
      KvCoder.of(VarIntCoder.of(), ListCoder.of(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of())));

  @Override
  public PCollection<KV<Integer, Iterable<List<KV<String, byte[]>>>>> expand(PCollection<KV<String, V>> records) {
    Coder<V> valueCoder = ((KvCoder<String, V>) records.getCoder()).getValueCoder();
    return records
        .apply("EncodeIntoBucket", ParDo.of(new EncodeIntoBucketFn<>(valueCoder, buckets)))
        .setCoder(GATHERED)
        .apply("GroupByBucket", GroupByKey.create());
  }

  static int bucket(String key, int buckets) {
    return Math.floorMod(key.hashCode(), buckets);
  }

  /** A bucket's records grouped by key, in key order, each value decoded by {@code coder}. */
  static <V> SortedMap<String, List<V>> byKey(Iterable<List<KV<String, byte[]>>> bucket, Coder<V> coder) {
    SortedMap<String, List<V>> groups = new TreeMap<>();
    for (List<KV<String, byte[]>> records : bucket) {
      for (KV<String, byte[]> record : records) {
        V value;
        try {
          value = CoderUtils.decodeFromByteArray(coder, record.getValue());
        } catch (CoderException | IllegalArgumentException e) {
          // Beam reports a stream that ends early as an IllegalArgumentException
          throw new IllegalStateException("a record of " + record.getKey() + " cannot be decoded by " + coder, e);
        }
        groups.computeIfAbsent(record.getKey(), k -> new ArrayList<>()).add(value);
      }
    }
    return groups;
  }

  /**
   * A bundle's records gathered by bucket, each value encoded: what crosses the grouping, one list per bucket and
   * bundle. A step that makes the records can gather them itself (the extraction does) and hand the lists straight to
   * a GroupByKey; {@link #create} gathers records that come as elements.
   */
  static final class Gatherer<V> {
    private final Coder<V> coder;
    private final int buckets;
    private final Map<Integer, List<KV<String, byte[]>>> byBucket = new TreeMap<>();

    Gatherer(Coder<V> coder, int buckets) {
      this.coder = coder;
      this.buckets = buckets;
    }

    void add(String key, V value) {
      byte[] encoded;
      try {
        encoded = CoderUtils.encodeToByteArray(coder, value);
      } catch (CoderException e) {
        throw new IllegalStateException("a record of " + key + " cannot be encoded by " + coder, e);
      }
      byBucket.computeIfAbsent(bucket(key, buckets), b -> new ArrayList<>()).add(KV.of(key, encoded));
    }

    /**
     * Hands each bucket's list to {@code output}, in the global window: the job is a batch, and the lists are given
     * when a bundle finishes, where Beam asks for the window.
     */
    void finish(WindowedOutput output) {
      byBucket.forEach((bucket, records) ->
          output.output(KV.of(bucket, records), BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE));
    }
  }

  /** Where {@link Gatherer#finish} gives its lists: a {@code FinishBundleContext}'s output, main or tagged. */
  interface WindowedOutput {
    void output(KV<Integer, List<KV<String, byte[]>>> records, Instant timestamp, BoundedWindow window);
  }

  /** (bucket, [(key, encoded value), ...]) for each bucket that records of the bundle fall in. */
  static class EncodeIntoBucketFn<V> extends DoFn<KV<String, V>, KV<Integer, List<KV<String, byte[]>>>> {
    private final Coder<V> coder;
    private final int buckets;
    private transient Gatherer<V> bundle;

    EncodeIntoBucketFn(Coder<V> coder, int buckets) {
      this.coder = coder;
      this.buckets = buckets;
    }

    @StartBundle
    public void startBundle() {
      bundle = new Gatherer<>(coder, buckets);
    }

    @ProcessElement
    public void processElement(@Element KV<String, V> record) {
      bundle.add(record.getKey(), record.getValue());
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      bundle.finish(context::output);
      bundle = null;
    }
  }
}
