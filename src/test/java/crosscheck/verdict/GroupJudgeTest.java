package crosscheck.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.Claim;
import crosscheck.model.Period;
import crosscheck.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupJudgeTest {

  private final GroupJudge judge = new GroupJudge();

  private static Claim claim(String article, String text, String unit, Double low, Double high) {
    return new Claim(article + "#0000001", article, "", "2021-05", 0, "s", 0, 1, "Alibaba Cloud", "growth rate",
        Period.of("2020", "in 2020", ""), text, "exact", "0", unit, "", "", unit, low, high, "");
  }

  @Test
  void disjointIntervalsConflictAndSayWhy() {
    Verdict v = judge.judge(List.of(claim("001", "50%", "%", 49.5, 50.5), claim("003", "56%", "%", 55.5, 56.5)));
    assertEquals(Verdict.Kind.CONFLICT, v.verdict());
    assertEquals(2, v.articles());
    assertEquals("6 percentage points", v.spread());
    assertTrue(v.explanation().contains("at most 50.5%") && v.explanation().contains("at least 55.5%"),
        v.explanation());
  }

  @Test
  void roundingMakesCloseFiguresAgree() {
    Verdict v = judge.judge(List.of(
        claim("000", "$2.56 billion", "USD", 2.555e9, 2.565e9),
        claim("001", "RMB 16.7 billion (around $2.6 billion)", "USD", 2.47e9, 2.73e9),
        claim("002", "RMB 16.8 billion ($2.6 billion)", "USD", 2.55e9, 2.65e9)));
    assertEquals(Verdict.Kind.AGREE, v.verdict());
    assertEquals(3, v.articles());
    assertTrue(v.explanation().contains("$2.555 billion to $2.565 billion"), v.explanation());
  }

  @Test
  void aLowerBoundAgreesWithAnyHigherValue() {
    Verdict v = judge.judge(List.of(claim("001", "more than 40%", "%", 40.0, null),
        claim("004", "45.5 percent", "%", 45.45, 45.55)));
    assertEquals(Verdict.Kind.AGREE, v.verdict());
    Verdict below = judge.judge(List.of(claim("001", "more than 40%", "%", 40.0, null),
        claim("004", "35 percent", "%", 34.5, 35.5)));
    assertEquals(Verdict.Kind.CONFLICT, below.verdict());
  }

  @Test
  void articlesAreCountedNotSentences() {
    Claim first = claim("001", "37%", "%", 36.5, 37.5);
    Claim again = new Claim("001#0000900", "001", "", "2021-05", 3, "s", 900, 903, "Alibaba Cloud", "growth rate",
        first.period(), "37%", "exact", "37", "%", "", "", "%", 36.5, 37.5, "");
    Verdict v = judge.judge(List.of(first, again));
    assertEquals(Verdict.Kind.SINGLE_SOURCE, v.verdict());
    assertEquals(1, v.articles());
    assertEquals(List.of("001#0000001", "001#0000900"), v.claimIds());
  }
}
