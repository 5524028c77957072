package crosscheck.corpus;

import crosscheck.io.Flags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores a run's {@code conflicts.csv} against a generated corpus's {@code truth.csv}: a row is correct when its
 * entity, metric, period and verdict all match a planted subject. Precision is correct rows over all rows the run
 * wrote (a claim misread from filler costs precision); recall is correct rows over all planted subjects.
 *
 * <p>Usage: {@code TruthChecker --conflicts=output/conflicts.csv --truth=corpus/truth.csv}.
 */
public final class TruthChecker {

  /** How a run did against the truth, overall and on the conflicts alone. */
  public record Score(int rows, int truth, int correct, int conflictsFound, int conflictsPlanted,
      int conflictsCorrect) {
    public double precision() {
      return rows == 0 ? 0 : (double) correct / rows;
    }

    public double recall() {
      return truth == 0 ? 0 : (double) correct / truth;
    }

    public double conflictPrecision() {
      return conflictsFound == 0 ? 0 : (double) conflictsCorrect / conflictsFound;
    }

    public double conflictRecall() {
      return conflictsPlanted == 0 ? 0 : (double) conflictsCorrect / conflictsPlanted;
    }

    @Override
    public String toString() {
      return String.format("verdicts: %d rows, %d planted, %d correct: precision %.3f, recall %.3f; conflicts: "
              + "%d flagged, %d planted, %d correct: precision %.3f, recall %.3f", rows, truth, correct, precision(),
          recall(), conflictsFound, conflictsPlanted, conflictsCorrect, conflictPrecision(), conflictRecall());
    }
  }

  private TruthChecker() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = Flags.parse(args);
    System.out.println(score(Path.of(options.getOrDefault("conflicts", "output/conflicts.csv")),
        Path.of(options.getOrDefault("truth", "corpus/truth.csv"))));
  }

  public static Score score(Path conflicts, Path truthFile) throws IOException {
    Map<String, String> truth = verdicts(truthFile);
    Map<String, String> found = verdicts(conflicts);
    int correct = 0;
    int conflictsFound = 0;
    int conflictsCorrect = 0;
    for (Map.Entry<String, String> row : found.entrySet()) {
      boolean right = row.getValue().equals(truth.get(row.getKey()));
      correct += right ? 1 : 0;
      if (row.getValue().equals("CONFLICT")) {
        conflictsFound++;
        conflictsCorrect += right ? 1 : 0;
      }
    }
    int conflictsPlanted = (int) truth.values().stream().filter("CONFLICT"::equals).count();
    return new Score(found.size(), truth.size(), correct, conflictsFound, conflictsPlanted, conflictsCorrect);
  }

  /** entity|metric|period → verdict; a repeated key (unresolved periods, one row per article) keeps its first. */
  private static Map<String, String> verdicts(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Map<String, String> verdicts = new HashMap<>();
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().build())) {
      for (CSVRecord row : parser) {
        verdicts.putIfAbsent(row.get("entity") + "|" + row.get("metric") + "|" + row.get("period"),
            row.get("verdict"));
      }
    }
    return verdicts;
  }
}
