package crosscheck.output;

import crosscheck.io.Folder;
import crosscheck.model.Claim;
import crosscheck.model.Rejection;
import crosscheck.model.Verdict;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files a run writes, in one place: their names, the headers of the files merged from sorted records, the order
 * of each file (its sort key), and which records each judged subject gives. The pipeline, the floor and
 * {@code lookup} all read them from here, so that they write and read the same files.
 */
public final class OutputFiles {

  public static final String CONFLICTS = "conflicts.csv";
  public static final String VALUES = "values.csv";
  public static final String SPREADSHEET = "conflicts.xlsx";
  public static final String CLAIMS = "claims.jsonl";
  public static final String GROUPS = "groups.jsonl";
  public static final String REJECTED = "rejected.jsonl";
  public static final String ATTRIBUTION = "attribution.csv";
  public static final String CLAIM_REVIEWS = "claimreview.jsonl";
  public static final String REPORT = "report.html";
  public static final String RUN_REPORT = "run.json";

  public static final List<String> CONFLICT_COLUMNS = List.of(
      "entity", "metric", "period", "verdict", "articles", "origins", "cited", "values", "spread", "claim_ids",
      "explanation");
  public static final List<String> VALUE_COLUMNS = List.of(
      "group_key", "entity", "metric", "period", "verdict", "value", "claim_id", "article_id", "outlet", "title", "url",
      "date");
  public static final List<String> ATTRIBUTION_COLUMNS = List.of(
      "source", "kind", "role", "speaks_for", "articles", "article_ids", "claims", "claim_ids", "cues");

  /** Every file merged from sorted records (by the job from its parts, by the floor from its maps), with its header. */
  public static final Map<String, String> HEADERS = Map.of(
      CONFLICTS, SpreadsheetCsv.BOM + SpreadsheetCsv.row(CONFLICT_COLUMNS),
      VALUES, SpreadsheetCsv.BOM + SpreadsheetCsv.row(VALUE_COLUMNS),
      CLAIMS, "",
      GROUPS, "",
      ATTRIBUTION, SpreadsheetCsv.BOM + SpreadsheetCsv.row(ATTRIBUTION_COLUMNS),
      CLAIM_REVIEWS, "",
      REJECTED, "");
  /** Every file of a run's result: the merged files, then those written from them once they are complete. */
  public static final List<String> OUTPUT_FILES =
      List.of(CONFLICTS, VALUES, CLAIMS, GROUPS, REJECTED, ATTRIBUTION, CLAIM_REVIEWS, REPORT, SPREADSHEET);
  /** Every file a run writes into its output folder: an output holding anything else is not replaced. */
  public static final Set<String> JOB_FILES =
      Stream.concat(OUTPUT_FILES.stream(), Stream.of(RUN_REPORT)).collect(Collectors.toUnmodifiableSet());

  /** Where a subject's records go: the pipeline's parts, or the floor's sorted maps. */
  @FunctionalInterface
  public interface Sink {
    void add(String file, String sortKey, String text);
  }

  private OutputFiles() {}

  /**
   * The records one judged subject gives: its conflicts row and its groups line (the one place its members are
   * listed), a values row (in the subject's place in the conflicts' order) and a claims line per claim carrying the group's key and verdict (never its members, so that a claim's line
   * does not grow with its group), and a ClaimReview when two or more articles speak to it.
   *
   * @param reviewUrlBase where the run's files are published, for the ClaimReviews' addresses ("" for relative ones)
   */
  public static void subjectRecords(Verdict verdict, List<Claim> claims, String reviewUrlBase, Sink sink) {
    String subjectOrder = conflictSortKey(verdict);
    sink.add(CONFLICTS, subjectOrder, Records.conflictRow(verdict));
    sink.add(GROUPS, verdict.key(), Records.groupLine(verdict));
    for (Claim claim : claims) {
      sink.add(VALUES, subjectOrder + "|" + claim.id(), Records.valueRow(verdict, claim));
      sink.add(CLAIMS, claim.id(), Records.claimLine(claim, verdict.verdict()));
    }
    if (verdict.articles() > 1) {
      sink.add(CLAIM_REVIEWS, verdict.key(), ClaimReviews.jsonLd(verdict, claims, reviewUrlBase) + "\n");
    }
  }

  /** Conflicts first, then agreements, then single sources; within each by entity, metric and period. */
  static String conflictSortKey(Verdict v) {
    int rank = switch (v.verdict()) {
      case CONFLICT -> 0;
      case AGREE -> 1;
      case SINGLE_SOURCE -> 2;
    };
    return rank + "|" + v.entity() + "|" + v.metric() + "|" + v.period() + "|" + v.key();
  }

  /** Rejections by file, line, stage and reason (the floor then orders equal keys by their line, as the merge does). */
  public static String rejectionSortKey(Rejection r) {
    return String.format("%s|%010d|%s|%s", r.file(), r.line(), r.stage().label(), r.reason());
  }

  /**
   * The writing of one file made from merged files: the merged files it reads (at least one, each a file of
   * {@link #HEADERS}), and how it is written, given the number of records in those.
   */
  public record Writing(List<String> reads, Action action) {

    public Writing {
      reads = List.copyOf(reads);
      if (reads.isEmpty() || !HEADERS.keySet().containsAll(reads)) {
        throw new IllegalArgumentException("a writing reads merged files, one or more of " + HEADERS.keySet()
            + ", not " + reads);
      }
    }

    /**
     * Writes the file; {@code records} holds the number of records of the files it reads that it uses (the floor
     * gives only those).
     */
    @FunctionalInterface
    public interface Action {
      void write(Map<String, Long> records) throws IOException;
    }

    public void write(Map<String, Long> records) throws IOException {
      action.write(records);
    }
  }

  /**
   * The files made from the finished merged files in {@code dir}: {@code conflicts.xlsx} (first: it takes longest)
   * and {@code report.html}. They read merged files only, not each other, so they may be written in any order or at
   * once, each as soon as the files it reads are complete. The job and the floor write the same.
   *
   * @param articles articles read
   */
  public static List<Writing> fromMerged(Folder dir, long articles) {
    return List.of(
        new Writing(List.of(CONFLICTS, VALUES),
            records -> Spreadsheet.write(dir, CONFLICTS, VALUES, SPREADSHEET)),
        new Writing(List.of(CONFLICTS, CLAIMS, REJECTED),
            records -> ReportPage.write(dir, new ReportPage.FileNames(CONFLICTS, VALUES, SPREADSHEET, CLAIMS,
                REJECTED, ATTRIBUTION, CLAIM_REVIEWS), articles, records.get(REJECTED))));
  }

  /**
   * Writes the files of {@link #fromMerged} one after the other.
   *
   * @param rejected records in {@code rejected.jsonl}
   */
  public static void writeFromMerged(Folder dir, long articles, long rejected) throws IOException {
    for (Writing writing : fromMerged(dir, articles)) {
      writing.write(Map.of(REJECTED, rejected));
    }
  }
}
