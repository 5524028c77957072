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
 * Groups claims by subject (entity, metric, period) and gives each group its {@link #VERDICTS verdict}. It also
 * formats the four files the verdicts are read in, as {@link #PARTS} for {@link WriteSortedFiles}: the conflicts
 * row and the groups line of each group (the one place its members are listed), each claim as a line of the claims
 * file carrying its group's key and verdict (never the group's members: a claim's line stays the same size however
 * large its group), and a schema.org ClaimReview for each group that two or more articles speak to.
 *
 * <p>The subjects are judged a bucket at a time ({@link GroupIntoBuckets}), and each bucket's lines are one part
 * of each file: the lines go to their files with no second shuffle.
 */
public class DetectConflicts extends PTransform<PCollection<Claim>, PCollectionTuple> {

  public static final TupleTag<Verdict> VERDICTS = new TupleTag<>() {};
  /** (part, (sort key, text) records): per bucket of subjects, its part of each of the four files. */
  public static final TupleTag<KV<String, Iterable<KV<String, String>>>> PARTS = new TupleTag<>() {};

  private final String conflictsFile;
  private final String claimsFile;
  private final String groupsFile;
  private final String reviewsFile;
  private final int buckets;

  /** Writes into the files of these names, judging subjects in this many buckets ({@link GroupIntoBuckets}). */
  public DetectConflicts(String conflictsFile, String claimsFile, String groupsFile, String reviewsFile,
      int buckets) {
    this.buckets = buckets;
    this.conflictsFile = conflictsFile;
    this.claimsFile = claimsFile;
    this.groupsFile = groupsFile;
    this.reviewsFile = reviewsFile;
  }

  @Override
  public PCollectionTuple expand(PCollection<Claim> claims) {
    PCollectionTuple out = claims
        .apply("KeyBySubject", WithKeys.of((Claim c) -> c.groupKey()).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), RecordCoders.CLAIM))
        .apply("GroupSubjectsIntoBuckets", GroupIntoBuckets.create(buckets))
        .apply("JudgeBucket", ParDo.of(new JudgeBucketFn(conflictsFile, claimsFile, groupsFile, reviewsFile))
            .withOutputTags(VERDICTS, TupleTagList.of(PARTS)));
    out.get(VERDICTS).setCoder(RecordCoders.VERDICT);
    out.get(PARTS).setCoder(WriteSortedFiles.PART_CODER);
    return out;
  }

  /** Judges each subject of a bucket with the plain-Java {@link GroupJudge}, and formats the bucket's lines. */
  static class JudgeBucketFn extends DoFn<KV<Integer, Iterable<KV<String, Claim>>>, Verdict> {
    private final GroupJudge judge = new GroupJudge();
    private final String conflictsFile;
    private final String claimsFile;
    private final String groupsFile;
    private final String reviewsFile;
    private final Counter agree = Metrics.counter(DetectConflicts.class, "agree");
    private final Counter conflict = Metrics.counter(DetectConflicts.class, "conflict");
    private final Counter single = Metrics.counter(DetectConflicts.class, "single_source");
    private final Counter micros = Metrics.counter(DetectConflicts.class, "judge_micros");

    JudgeBucketFn(String conflictsFile, String claimsFile, String groupsFile, String reviewsFile) {
      this.conflictsFile = conflictsFile;
      this.claimsFile = claimsFile;
      this.groupsFile = groupsFile;
      this.reviewsFile = reviewsFile;
    }

    @ProcessElement
    public void processElement(@Element KV<Integer, Iterable<KV<String, Claim>>> bucket, MultiOutputReceiver out) {
      long started = System.nanoTime();
      List<KV<String, String>> rows = new ArrayList<>();
      List<KV<String, String>> lines = new ArrayList<>();
      List<KV<String, String>> groups = new ArrayList<>();
      List<KV<String, String>> reviews = new ArrayList<>();
      GroupIntoBuckets.byKey(bucket.getValue()).forEach((subject, claims) -> {
        Verdict verdict = judge.judge(claims);
        switch (verdict.verdict()) {
          case AGREE -> agree.inc();
          case CONFLICT -> conflict.inc();
          case SINGLE_SOURCE -> single.inc();
        }
        out.get(VERDICTS).output(verdict);
        rows.add(KV.of(Records.conflictSortKey(verdict), Records.conflictRow(verdict)));
        groups.add(KV.of(Records.groupSortKey(verdict), Records.groupLine(verdict)));
        claims.forEach(c -> lines.add(KV.of(Records.claimSortKey(c), Records.claimLine(c, verdict.verdict()))));
        if (verdict.articles() > 1) {
          reviews.add(KV.of(subject, ClaimReviews.jsonLd(verdict, claims) + "\n"));
        }
        Progress.GROUPS_JUDGED.tick();
      });
      outputPart(out, conflictsFile, bucket.getKey(), rows);
      outputPart(out, claimsFile, bucket.getKey(), lines);
      outputPart(out, groupsFile, bucket.getKey(), groups);
      outputPart(out, reviewsFile, bucket.getKey(), reviews);
      micros.inc((System.nanoTime() - started) / 1000);
    }

    private static void outputPart(MultiOutputReceiver out, String file, int bucket, List<KV<String, String>> part) {
      if (!part.isEmpty()) {
        out.get(PARTS).output(KV.of(WriteSortedFiles.part(file, bucket), part));
      }
    }
  }
}
