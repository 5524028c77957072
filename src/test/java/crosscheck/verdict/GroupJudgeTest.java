package crosscheck.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.Attribution;
import crosscheck.model.CitedSource;
import crosscheck.model.Claim;
import crosscheck.model.Period;
import crosscheck.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupJudgeTest {

  private final GroupJudge judge = new GroupJudge();

  private static Claim claim(String article, String text, String unit, Double low, Double high) {
    return claim(article, "#0000001", text, unit, low, high, outletOnly(article));
  }

  private static Attribution outletOnly(String article) {
    return new Attribution("Outlet " + article, List.of(), "", 0, 0, Attribution.Basis.OUTLET_ONLY,
        "Outlet " + article, true);
  }

  private static Claim claim(String article, String at, String text, String unit, Double low, Double high,
      Attribution attribution) {
    return new Claim(article + at, article, "", "2021-05", 0, 0, "s", 0, 1, "Alibaba Cloud", "growth rate",
        Period.of("2020", "in 2020", ""), text, "exact", "0", unit, "", "", unit, low, high, "", attribution, "",
        "", false, "");
  }

  private static Attribution cites(String article, String origin, boolean resolved) {
    CitedSource source = new CitedSource(origin, CitedSource.Kind.OUTLET, "", origin, origin, resolved);
    return new Attribution("Outlet " + article, List.of(source), "said", 0, 0, Attribution.Basis.SENTENCE, origin,
        resolved);
  }

  @Test
  void articlesPassingOnTheSameOriginalAreOneOrigin() {
    Verdict v = judge.judge(List.of(
        claim("000", "#0000001", "$800 million", "USD", 799.5e6, 800.5e6, cites("000", "Caixin", true)),
        claim("002", "#0000001", "$800 million", "USD", 799.5e6, 800.5e6, cites("002", "Caixin", true)),
        claim("001", "#0000001", "about $800 million", "USD", 760e6, 840e6, cites("001", "sources", false))));
    assertEquals(Verdict.Kind.AGREE, v.verdict());
    assertEquals(3, v.articles());
    assertEquals(2, v.origins());
    assertEquals("Caixin; unresolved: sources (001)", v.cited());
    assertTrue(v.explanation().contains("rest on 2 independent origins"), v.explanation());

    Verdict separate = judge.judge(List.of(claim("000", "37%", "%", 36.5, 37.5), claim("001", "37%", "%", 36.5, 37.5)));
    assertEquals(2, separate.origins());
    assertFalse(separate.explanation().contains("rest on"), separate.explanation());
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
    Claim again = claim("001", "#0000900", "37%", "%", 36.5, 37.5, outletOnly("001"));
    Verdict v = judge.judge(List.of(first, again));
    assertEquals(Verdict.Kind.SINGLE_SOURCE, v.verdict());
    assertEquals(1, v.articles());
    assertEquals(List.of("001#0000001", "001#0000900"), v.claimIds());
  }

  /**
   * Reuters 7880 and 7902 (Echlin's second quarter): both give a share of 24 cts, and 7902 a second figure, 20 cts,
   * that the extraction read as the same quantity. An article does not conflict with itself: the two agree on 24 cts.
   */
  @Test
  void anArticlesSecondFigureDoesNotMakeAConflict() {
    Verdict v = judge.judge(List.of(claim("reuters_7880", "24 cts", "USD", 0.235, 0.245),
        claim("reuters_7902", "#0000001", "24 cts", "USD", 0.235, 0.245, outletOnly("reuters_7902")),
        claim("reuters_7902", "#0000200", "20 cts", "USD", 0.195, 0.205, outletOnly("reuters_7902"))));
    assertEquals(Verdict.Kind.AGREE, v.verdict());
    assertTrue(v.explanation().startsWith("All 2 articles give the same figure, 24 cts"), v.explanation());
    assertTrue(v.explanation().contains("Not compared") && v.explanation().contains("reuters_7902 '20 cts'"),
        v.explanation());
  }

  @Test
  void articlesWithSeveralFiguresConflictWhenNoneFitsEveryArticle() {
    Verdict v = judge.judge(List.of(
        claim("001", "#0000001", "10%", "%", 9.5, 10.5, outletOnly("001")),
        claim("001", "#0000100", "20%", "%", 19.5, 20.5, outletOnly("001")),
        claim("002", "#0000001", "15%", "%", 14.5, 15.5, outletOnly("002")),
        claim("002", "#0000100", "30%", "%", 29.5, 30.5, outletOnly("002"))));
    assertEquals(Verdict.Kind.CONFLICT, v.verdict());
    assertEquals("No single value fits a figure of every article: 001 '10%' or '20%'; 002 '15%' or '30%'.",
        v.explanation());
  }

  private static Claim said(String article, String at, String text, double low, double high, String sentence) {
    return new Claim(article + at, article, "", "1987-03-04", 0, 0, sentence, 0, 1, "F.W. Woolworth", "net profit",
        Period.of("1986-Q4", "", ""), text, "exact", "0", "USD", "", "", "USD", low, high, "",
        outletOnly(article), "", "", false, "");
  }

  /**
   * Reuters 1269 and 986 (Woolworth's fourth quarter): both write 117 mln and 106 mln, the prose with its periods the
   * other way round. The sources say the same: no conflict, whatever the extraction made of the periods.
   */
  @Test
  void articlesThatWriteTheSameFiguresDoNotConflict() {
    String prose = "For the fourth quarter, the company reported profits rose 10 pct to 117 mln dlrs or 1.78 dlrs per "
        + "share compared with 1985 fourth quarter results of 106 mln or 1.64 dlrs per share.";
    Verdict v = judge.judge(List.of(said("reuters_1269", "#0000200", "106 mln", 105.5e6, 106.5e6, prose),
        said("reuters_986", "#0000010", "117 mln", 116.5e6, 117.5e6, "Net 117 mln vs 106 mln")));
    assertEquals(Verdict.Kind.AGREE, v.verdict());
    assertTrue(v.explanation().contains("every article writes every one of these figures"), v.explanation());
    Verdict other = judge.judge(List.of(said("reuters_1269", "#0000200", "106 mln", 105.5e6, 106.5e6, prose),
        said("reuters_986", "#0000010", "118 mln", 117.5e6, 118.5e6, "Net 118 mln vs 106 mln")));
    assertEquals(Verdict.Kind.CONFLICT, other.verdict(), "118 mln is written in one story only");
  }

  /** A change whose measure no text names is judged alone, and its explanation says why. */
  @Test
  void aChangeOfAnUnnamedMeasureSaysWhyItStandsAlone() {
    Claim c = claim("001", "50%", "%", 49.5, 50.5);
    Claim unnamed = new Claim(c.id(), c.articleId(), c.outlet(), c.articleDate(), c.sentenceIndex(),
        c.sentenceStart(), c.sentence(), c.start(), c.end(), c.entity(), c.metric(), c.period(), c.valueText(),
        c.qualifier(), c.value(), c.unit(), c.convertedValue(), c.convertedUnit(), c.compareUnit(), c.low(),
        c.high(), c.comparisonNote(), c.attribution(), c.articleTitle(), c.articleUrl(), true, "");
    Verdict v = judge.judge(List.of(unnamed));
    assertEquals(Verdict.Kind.SINGLE_SOURCE, v.verdict());
    assertEquals("Only 001 reports this, and its text does not say what it measures (no word beside a change says "
        + "what changed, or a company's measure is given a country or a part of the company the text does not name), "
        + "so it is compared with no other article.", v.explanation());
    assertEquals("Alibaba Cloud|growth rate|2020|001", unnamed.groupKey());
  }
}
