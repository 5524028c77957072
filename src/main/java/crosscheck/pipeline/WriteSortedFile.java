package crosscheck.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes (sort key, text) pairs as one file whose records are in sort-key order, so the same input always gives the
 * same bytes whatever the runner's parallelism. The whole file is one element: the header, then each record's text
 * as given (records carry their own line ends).
 */
public class WriteSortedFile extends PTransform<PCollection<KV<String, String>>, PDone> {

  private final String path;
  private final String header;

  public WriteSortedFile(String path, String header) {
    this.path = path;
    this.header = header;
  }

  @Override
  public PDone expand(PCollection<KV<String, String>> records) {
    return records
        .apply("JoinInOrder", Combine.globally(new JoinSortedFn(header)))
        .apply("WriteFile", TextIO.write().to(path).withoutSharding().withDelimiter(new char[0]));
  }

  /** Collects every record, then sorts and joins them. */
  static class JoinSortedFn extends Combine.CombineFn<KV<String, String>, List<KV<String, String>>, String> {
    private final String header;

    JoinSortedFn(String header) {
      this.header = header;
    }

    @Override
    public List<KV<String, String>> createAccumulator() {
      return new ArrayList<>();
    }

    @Override
    public List<KV<String, String>> addInput(List<KV<String, String>> acc, KV<String, String> record) {
      acc.add(record);
      return acc;
    }

    @Override
    public List<KV<String, String>> mergeAccumulators(Iterable<List<KV<String, String>>> accumulators) {
      List<KV<String, String>> merged = new ArrayList<>();
      accumulators.forEach(merged::addAll);
      return merged;
    }

    @Override
    public String extractOutput(List<KV<String, String>> acc) {
      List<KV<String, String>> sorted = new ArrayList<>(acc);
      sorted.sort(Comparator.comparing((KV<String, String> kv) -> kv.getKey()).thenComparing(KV::getValue));
      StringBuilder out = new StringBuilder(header);
      sorted.forEach(kv -> out.append(kv.getValue()));
      return out.toString();
    }

    @Override
    public Coder<List<KV<String, String>>> getAccumulatorCoder(CoderRegistry registry,
        Coder<KV<String, String>> inputCoder) {
      return ListCoder.of(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    }

    @Override
    public Coder<String> getDefaultOutputCoder(CoderRegistry registry, Coder<KV<String, String>> inputCoder) {
      return StringUtf8Coder.of();
    }
  }
}
