package crosscheck.pipeline;

import crosscheck.model.Claim;
import crosscheck.model.Verdict;
import crosscheck.verdict.GroupJudge;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/** Groups claims by subject (entity, metric, period) and gives each group its verdict. */
public class DetectConflicts extends PTransform<PCollection<Claim>, PCollection<Verdict>> {

  @Override
  public PCollection<Verdict> expand(PCollection<Claim> claims) {
    return claims
        .apply("KeyBySubject", WithKeys.of((Claim c) -> c.groupKey()).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(Claim.class)))
        .apply("GroupBySubject", GroupByKey.create())
        .apply("JudgeGroup", ParDo.of(new JudgeGroupFn()))
        .setCoder(SerializableCoder.of(Verdict.class));
  }

  /** Judges one group with the plain-Java {@link GroupJudge}. */
  static class JudgeGroupFn extends DoFn<KV<String, Iterable<Claim>>, Verdict> {
    private final GroupJudge judge = new GroupJudge();
    private final Counter agree = Metrics.counter(DetectConflicts.class, "agree");
    private final Counter conflict = Metrics.counter(DetectConflicts.class, "conflict");
    private final Counter single = Metrics.counter(DetectConflicts.class, "single_source");

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<Claim>> group, OutputReceiver<Verdict> out) {
      List<Claim> claims = new ArrayList<>();
      group.getValue().forEach(claims::add);
      Verdict verdict = judge.judge(claims);
      switch (verdict.verdict()) {
        case AGREE -> agree.inc();
        case CONFLICT -> conflict.inc();
        case SINGLE_SOURCE -> single.inc();
      }
      out.output(verdict);
    }
  }
}
