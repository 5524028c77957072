package crosscheck.pipeline;

import crosscheck.io.ClaimReviews;
import crosscheck.io.Records;
import crosscheck.model.Claim;
import crosscheck.model.Verdict;
import crosscheck.verdict.GroupJudge;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Groups claims by subject (entity, metric, period) and gives each group its {@link #VERDICTS verdict}; a group
 * that two or more articles speak to is also written as a schema.org ClaimReview ({@link #REVIEWS}, keyed by
 * subject), and each claim as an output line that carries its group's verdict ({@link #CLAIM_LINES}).
 */
public class DetectConflicts extends PTransform<PCollection<Claim>, PCollectionTuple> {

  public static final TupleTag<Verdict> VERDICTS = new TupleTag<>() {};
  public static final TupleTag<KV<String, String>> REVIEWS = new TupleTag<>() {};
  /** Every claim as a {@code claims.jsonl} line carrying its group's verdict: (subject, (claim id, line)). */
  public static final TupleTag<KV<String, KV<String, String>>> CLAIM_LINES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<Claim> claims) {
    PCollectionTuple out = claims
        .apply("KeyBySubject", WithKeys.of((Claim c) -> c.groupKey()).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(Claim.class)))
        .apply("GroupBySubject", GroupByKeyInBuckets.create())
        .apply("JudgeGroup", ParDo.of(new JudgeGroupFn())
            .withOutputTags(VERDICTS, TupleTagList.of(REVIEWS).and(CLAIM_LINES)));
    out.get(VERDICTS).setCoder(JsonCoder.of(Verdict.class));
    out.get(REVIEWS).setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    out.get(CLAIM_LINES).setCoder(
        KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    return out;
  }

  /** Judges one group with the plain-Java {@link GroupJudge}. */
  static class JudgeGroupFn extends DoFn<KV<String, Iterable<Claim>>, Verdict> {
    private final GroupJudge judge = new GroupJudge();
    private final Counter agree = Metrics.counter(DetectConflicts.class, "agree");
    private final Counter conflict = Metrics.counter(DetectConflicts.class, "conflict");
    private final Counter single = Metrics.counter(DetectConflicts.class, "single_source");
    private final Counter micros = Metrics.counter(DetectConflicts.class, "judge_micros");

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<Claim>> group, MultiOutputReceiver out) {
      long started = System.nanoTime();
      List<Claim> claims = new ArrayList<>();
      group.getValue().forEach(claims::add);
      Verdict verdict = judge.judge(claims);
      switch (verdict.verdict()) {
        case AGREE -> agree.inc();
        case CONFLICT -> conflict.inc();
        case SINGLE_SOURCE -> single.inc();
      }
      out.get(VERDICTS).output(verdict);
      claims.forEach(c -> out.get(CLAIM_LINES)
          .output(KV.of(group.getKey(), KV.of(c.id(), Records.claimLine(c, verdict)))));
      if (verdict.articles() > 1) {
        out.get(REVIEWS).output(KV.of(group.getKey(), ClaimReviews.jsonLd(verdict, claims) + "\n"));
      }
      micros.inc((System.nanoTime() - started) / 1000);
      Progress.GROUPS_JUDGED.tick();
    }
  }
}
