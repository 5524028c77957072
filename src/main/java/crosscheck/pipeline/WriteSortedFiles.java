package crosscheck.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes the run's files, each one whole and in sort-key order, so the same input gives the same bytes whatever the
 * runner's parallelism. Input records are (file name, (sort key, text)); each file is its header followed by its
 * records' text (records carry their own line ends). A file with no records is written with its header alone.
 *
 * <p>All files go through one grouping and one writing step rather than a file sink each: on the DirectRunner every
 * transform adds work for every bundle, and after a grouping every key is a bundle of its own.
 */
public class WriteSortedFiles extends PTransform<PCollection<KV<String, KV<String, String>>>, PDone> {

  private final String outputDir;
  private final Map<String, String> headers;

  /** @param headers every file to write, with its header ("" for none) */
  public WriteSortedFiles(String outputDir, Map<String, String> headers) {
    this.outputDir = outputDir;
    this.headers = new TreeMap<>(headers);
  }

  @Override
  public PDone expand(PCollection<KV<String, KV<String, String>>> records) {
    KvCoder<String, KV<String, String>> coder =
        KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    List<KV<String, KV<String, String>>> empty = new ArrayList<>();
    headers.keySet().forEach(file -> empty.add(KV.of(file, KV.of("", ""))));
    PCollectionList.of(records)
        .and(records.getPipeline().apply("EveryFile", Create.of(empty).withCoder(coder)))
        .apply("AllRecords", Flatten.pCollections())
        .apply("JoinInOrder", Combine.perKey(new JoinSortedFn()))
        .apply("WriteFile", ParDo.of(new WriteFileFn(outputDir, headers)));
    return PDone.in(records.getPipeline());
  }

  /** Collects a file's records, then sorts and joins them. */
  static class JoinSortedFn extends Combine.CombineFn<KV<String, String>, List<KV<String, String>>, String> {
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
      StringBuilder out = new StringBuilder();
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

  /** Writes one whole file; writing it again gives the same bytes, so a retried bundle does no harm. */
  static class WriteFileFn extends DoFn<KV<String, String>, Void> {
    private final String outputDir;
    private final Map<String, String> headers;
    private final Counter bytes = Metrics.counter(WriteSortedFiles.class, "bytes_written");

    WriteFileFn(String outputDir, Map<String, String> headers) {
      this.outputDir = outputDir;
      this.headers = headers;
    }

    @ProcessElement
    public void processElement(@Element KV<String, String> file) {
      ResourceId target = FileSystems.matchNewResource(outputDir, true)
          .resolve(file.getKey(), org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
      byte[] content = (headers.get(file.getKey()) + file.getValue()).getBytes(StandardCharsets.UTF_8);
      try (OutputStream out = Channels.newOutputStream(FileSystems.create(target, MimeTypes.TEXT))) {
        out.write(content);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + target, e);
      }
      bytes.inc(content.length);
    }
  }
}
