package crosscheck.pipeline;

import crosscheck.model.Citation;
import crosscheck.output.Records;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Gathers every citation of a source across articles into one {@code attribution.csv} row (keyed by source for
 * sorting): the articles that cite it and the claims that rest on it. The citations come gathered by bucket of source
 * ({@link ExtractClaims#CITATIONS}).
 */
public class SummarizeAttribution
    extends PTransform<PCollection<KV<Integer, List<KV<String, byte[]>>>>, PCollection<KV<String, String>>> {

  @Override
  public PCollection<KV<String, String>> expand(PCollection<KV<Integer, List<KV<String, byte[]>>>> gatheredCitations) {
    return GroupByKeyInBuckets.groupsOf(gatheredCitations.apply("GroupSourcesByBucket", GroupByKey.create()),
            RecordCoders.CITATION)
        .apply("FormatSourceRow", ParDo.of(new FormatSourceRowFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  /** One row per source. */
  static class FormatSourceRowFn extends DoFn<KV<String, Iterable<Citation>>, KV<String, String>> {
    @ProcessElement
    public void processElement(@Element KV<String, Iterable<Citation>> source, OutputReceiver<KV<String, String>> out) {
      List<Citation> citations = new ArrayList<>();
      source.getValue().forEach(citations::add);
      out.output(KV.of(source.getKey(), Records.attributionRow(citations)));
    }
  }
}
