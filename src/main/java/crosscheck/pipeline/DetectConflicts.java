package crosscheck.pipeline;

import crosscheck.model.Verdict;
import crosscheck.output.OutputFiles;
import crosscheck.verdict.GroupJudge;
import crosscheck.verdict.SameNameCompanies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Groups claims by subject (entity, metric, period), judges each group and gives each subject's records
 * ({@link OutputFiles#subjectRecords}: its conflicts row with the verdict, groups line, claims lines, ClaimReview) as
 * parts for {@link WriteSortedFiles}: (part, (sort key, text) records), per bucket of subjects its part of each file
 * of the subjects.
 *
 * <p>The claims come gathered by bucket of subject ({@link ExtractClaims#CLAIMS}); the subjects are judged a bucket at
 * a time, and each bucket's lines are one part of each file: the lines go to their files with no second shuffle. The
 * parts are the step's only output: on its DataSet API Flink chains the writing of the parts to the judging only when
 * the judging has one (with a second output, every line went to the writer through its coder).
 */
public class DetectConflicts extends PTransform<PCollection<KV<Integer, List<KV<String, byte[]>>>>,
    PCollection<KV<String, Iterable<KV<String, String>>>>> {

  private final String reviewUrlBase;

  /** @param reviewUrlBase where the run's files are published, for the ClaimReviews ("" for relative addresses) */
  public DetectConflicts(String reviewUrlBase) {
    this.reviewUrlBase = reviewUrlBase;
  }

  @Override
  public PCollection<KV<String, Iterable<KV<String, String>>>> expand(
      PCollection<KV<Integer, List<KV<String, byte[]>>>> gatheredClaims) {
    return gatheredClaims
        .apply("GroupSubjectsByBucket", GroupByKey.create())
        .apply("JudgeBucket", ParDo.of(new JudgeBucketFn(reviewUrlBase)))
        .setCoder(WriteSortedFiles.PART_CODER);
  }

  /** Judges each subject of a bucket with the plain-Java {@link GroupJudge}, and gathers the bucket's records. */
  static class JudgeBucketFn
      extends DoFn<KV<Integer, Iterable<List<KV<String, byte[]>>>>, KV<String, Iterable<KV<String, String>>>> {
    private final GroupJudge judge = new GroupJudge();
    private final String reviewUrlBase;
    private final Counter agree = Metrics.counter(DetectConflicts.class, "agree");
    private final Counter conflict = Metrics.counter(DetectConflicts.class, "conflict");
    private final Counter single = Metrics.counter(DetectConflicts.class, "single_source");
    private final Counter micros = Metrics.counter(DetectConflicts.class, "judge_micros");

    JudgeBucketFn(String reviewUrlBase) {
      this.reviewUrlBase = reviewUrlBase;
    }

    @ProcessElement
    public void processElement(@Element KV<Integer, Iterable<List<KV<String, byte[]>>>> bucket,
        OutputReceiver<KV<String, Iterable<KV<String, String>>>> out) {
      long started = System.nanoTime();
      Map<String, List<KV<String, String>>> parts = new TreeMap<>();
      GroupIntoBuckets.byKey(bucket.getValue(), RecordCoders.CLAIM).values().stream()
          .flatMap(group -> SameNameCompanies.apart(group).values().stream()).forEach(claims -> {
        Verdict verdict = judge.judge(claims);
        switch (verdict.verdict()) {
          case AGREE -> agree.inc();
          case CONFLICT -> conflict.inc();
          case SINGLE_SOURCE -> single.inc();
        }
        OutputFiles.subjectRecords(verdict, claims, reviewUrlBase,
            (file, key, text) -> parts.computeIfAbsent(file, f -> new ArrayList<>()).add(KV.of(key, text)));
        Progress.GROUPS_JUDGED.tick();
      });
      parts.forEach((file, records) ->
          out.output(KV.of(WriteSortedFiles.part(file, bucket.getKey()), records)));
      micros.inc((System.nanoTime() - started) / 1000);
    }
  }
}
