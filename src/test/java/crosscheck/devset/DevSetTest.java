package crosscheck.devset;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import crosscheck.config.ConfigLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Extraction precision and recall on real news annotated by hand (86 articles of the BBC and Reuters corpora,
 * annotated without looking at the extractor), per corpus and per metric, with every miss and every claim that no
 * annotation backs printed for whoever works on the extractor next.
 */
class DevSetTest {

  /**
   * Issue 9's target for both (reached: 0.871 / 0.867). The dev set was used to tune the extractor, so the held-out
   * set ({@link HoldOutTest}) is the honest measure; these floors stop a change that loses what was reached.
   */
  static final double MIN_PRECISION = 0.85;
  static final double MIN_RECALL = 0.85;

  @Test
  void precisionAndRecallOnHandAnnotatedRealNews() {
    DevSet.Score score = scoreAndPrint("dev set", DevSet.ANNOTATIONS);
    assertTrue(score.gold().size() >= 300 && score.articles() >= 80,
        score.gold().size() + " claims in " + score.articles());
    assertFloors(score, MIN_PRECISION, MIN_RECALL);
  }

  /** The annotations of one folder scored against the extractor with the built-in config, and printed. */
  static DevSet.Score scoreAndPrint(String set, Path annotations) {
    assumeTrue(DevSet.available(), "../shared/corpora is not here");
    List<DevSet.Gold> gold = DevSet.annotations(annotations);
    DevSet.Score score = DevSet.score(ConfigLoader.load(null), gold, DevSet.articles(gold));
    print(set, score);
    return score;
  }

  static void assertFloors(DevSet.Score score, double minPrecision, double minRecall) {
    assertTrue(score.precision(null, null) >= minPrecision, "precision " + score.precision(null, null));
    assertTrue(score.recall(null, null) >= minRecall, "recall " + score.recall(null, null));
  }

  /** The table of precision and recall per corpus and metric, then every miss, wrong source and unbacked claim. */
  static void print(String set, DevSet.Score score) {
    System.out.printf("%s: %d annotated claims, %d found, %d matched%n", set, score.gold().size(),
        score.found().size(), score.matched().size());
    System.out.printf("%-22s %-14s %6s %9s %6s%n", "metric", "corpus", "gold", "precision", "recall");
    TreeSet<String> metrics = new TreeSet<>(score.gold().stream().map(DevSet.Gold::metric).toList());
    for (String corpus : new String[] {null, "bbc-business", "reuters21578"}) {
      System.out.printf("%-22s %-14s %6d %9.3f %6.3f%n", "(all)", corpus == null ? "(both)" : corpus,
          score.count(corpus, null), score.precision(corpus, null), score.recall(corpus, null));
    }
    for (String metric : metrics) {
      System.out.printf("%-22s %-14s %6d %9.3f %6.3f%n", metric, "(both)", score.count(null, metric),
          score.precision(null, metric), score.recall(null, metric));
    }
    int[] cited = score.citedRight(new crosscheck.text.SubjectNames(ConfigLoader.load(null).names()));
    System.out.printf("attribution: %d of %d matched claims that cite someone name the right source (%.3f); by "
        + "basis: %s%n", cited[0], cited[1], cited[1] == 0 ? Double.NaN : (double) cited[0] / cited[1],
        score.matched().entrySet().stream().filter(e -> !e.getKey().cited().isBlank())
            .collect(java.util.stream.Collectors.groupingBy(e -> e.getValue().attribution().basis(),
                java.util.TreeMap::new, java.util.stream.Collectors.counting())));
    int[] periods = score.periodsRight();
    System.out.printf("periods: %d of %d matched claims annotated with a calendar period have that period (%.3f)%n",
        periods[0], periods[1], periods[1] == 0 ? Double.NaN : (double) periods[0] / periods[1]);
    score.matched().forEach((g, c) -> {
      if (DevSet.calendarPeriod(g) && !g.period().equals(c.period().label())) {
        System.out.printf("  period: %s  %s  annotated %s, found %s%n", g.file(), g.number(), g.period(),
            c.period().label());
      }
    });
    score.gold().stream().filter(g -> !score.matched().containsKey(g)).forEach(g -> System.out.printf(
        "  missed: %s  %s  %s  %s%n", g.file(), g.number(), String.join("|", g.subjects()), g.metric()));
    score.matched().forEach((g, c) -> {
      if (!g.cited().isBlank() && !DevSet.citesRight(new crosscheck.text.SubjectNames(ConfigLoader.load(null).names()),
          g, c)) {
        System.out.printf("  cited: %s  %s  annotated %s, found %s%n", g.file(), g.number(), g.cited(),
            c.attribution().describeChain());
      }
    });
    score.found().stream().filter(f -> f.gold() == null).forEach(f -> System.out.printf(
        "  unmatched: %s  %s  %s  %s%n", f.file(), f.claim().valueText(), f.claim().entity(), f.claim().metric()));
  }
}
