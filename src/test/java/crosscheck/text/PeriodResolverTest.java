package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import crosscheck.config.MetricDef;
import crosscheck.model.PartialDate;
import crosscheck.model.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodResolverTest {

  private final PeriodParser parser = new PeriodParser();
  private final PeriodResolver resolver = new PeriodResolver();

  private Period resolve(String sentence, String published, int fiscalEnd, MetricDef.Kind kind) {
    List<PeriodMention> mentions = parser.parse(sentence);
    assertEquals(1, mentions.size(), () -> "periods in: " + sentence + " -> " + mentions);
    return resolver.resolve(mentions.get(0), new PeriodResolver.Context(
        published.isEmpty() ? Optional.empty() : PartialDate.parse(published), fiscalEnd, kind, Optional.empty()));
  }

  private String label(String sentence, String published) {
    return resolve(sentence, published, 3, MetricDef.Kind.FLOW).label();
  }

  @Test
  void quartersAgainstTheArticleDate() {
    assertEquals("2021-Q1", label("growing 37% year-over-year to $2.56 billion in the March quarter", "2021-05-17"));
    assertEquals("2021-Q1", label("grew 37% year on year to RMB 16.7 billion in the first quarter", "2021-05"));
    assertEquals("2020-Q1", label("The growth of its cloud business in the first quarter last year was 58%.",
        "2021-05"));
    assertEquals("2021-Q1", label("In the first quarter of this year, income growth dropped to 37%.", "2021-06"));
    assertEquals("2020-Q4", label("In Q4 2020 it achieved revenues of RMB 16.1 billion", "2021-05"));
    assertEquals("2020-Q4", label("Revenue in the fourth quarter was flat.", "2021-02"));
  }

  @Test
  void yearsAndFiscalYears() {
    assertEquals("2020", label("The segment grew 50% in 2020.", "2021-05"));
    assertEquals("2020", label("Last year the domestic leader made about 55.58 billion yuan.", "2021-06"));
    assertEquals("FY ending 2021-03", label("a loss of RMB 166 million for the fiscal year ending March 2021",
        "2021-05"));
    assertEquals("FY ending 2020-03", label("The unit saw losses of RMB 1.4 billion in fiscal year 2020.", ""));
    assertEquals("FY ending 2013-03", label("Sales in 2012–13 rose to $4 billion.", ""));
    assertEquals("per year", label("The contract is worth approximately $800 million per year.", "2021-05"));
  }

  @Test
  void aYearNotYetOverIsTheFiscalYearThatEnded() {
    Period p = resolve("50 percent total growth year-on-year in 2021 to RMB 60.1 billion", "2021-05", 3,
        MetricDef.Kind.FLOW);
    assertEquals("FY ending 2021-03", p.label());
    Period unknownCalendar = resolve("revenue of $3 billion in 2021", "2021-05", 0, MetricDef.Kind.FLOW);
    assertFalse(unknownCalendar.resolved());
    assertEquals("2021", resolve("a market share of 30% in 2021", "2021-05", 0, MetricDef.Kind.STOCK).label());
  }

  @Test
  void relativePeriodsWithoutADateStayUnresolved() {
    Period p = resolve("Last year the domestic leader made about 55.58 billion yuan.", "", 0, MetricDef.Kind.FLOW);
    assertFalse(p.resolved());
    assertEquals(Period.UNRESOLVED, p.label());
    assertFalse(resolve("revenue in the first quarter", "2021", 0, MetricDef.Kind.FLOW).resolved());
  }

  /** Reuters headlines: "YEAR" names a results table's year, not in "AT YEAR LOW" or "FIVE-YEAR PLAN". */
  @Test
  void aHeadlinesYearIsAResultsYearOnly() {
    assertEquals(List.of(PeriodMention.Relative.LATEST), parser.parse("GOODY PRODUCTS INC <GOOD> YEAR END OPER NET")
        .stream().map(PeriodMention::relative).toList());
    assertEquals(List.of(), parser.parse("U.S. CRUDE OIL OUTPUT AT YEAR LOW"));
    assertEquals(List.of(), parser.parse("CHINA UNVEILS FIVE-YEAR PLAN"));
    assertEquals(List.of(PeriodMention.Type.YEAR_BEFORE), parser.parse("DOMESTIC CRUDE OUTPUT DOWN FROM YEAR AGO")
        .stream().map(PeriodMention::type).toList());
  }

  /**
   * "The previous year", "a year earlier" are a year before the period of what they follow: never resolved alone
   * (PeriodChooser takes them as a change's base or a prior figure's year).
   */
  @Test
  void aYearBeforeIsNoPeriodAlone() {
    List<PeriodMention> mentions = parser.parse("The segment grew 50% in 2020 from the previous year.");
    assertEquals(List.of(PeriodMention.Type.YEAR, PeriodMention.Type.YEAR_BEFORE),
        mentions.stream().map(PeriodMention::type).toList());
    assertFalse(resolver.resolve(mentions.get(1), new PeriodResolver.Context(PartialDate.parse("2021-05"), 0,
        MetricDef.Kind.FLOW, Optional.empty())).resolved());
    assertEquals(List.of("a year earlier"), parser.parse("a year-on-year rise, up from a year earlier").stream()
        .map(PeriodMention::text).toList());
    assertEquals("2021-06-08", label("On June 8, 2021, Alibaba Cloud announced the launch", "2021-06"));
  }
}
