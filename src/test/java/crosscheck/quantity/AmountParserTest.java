package crosscheck.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.config.Config;
import crosscheck.config.ConfigLoader;
import crosscheck.model.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cases other projects' number parsers get wrong, in sentences shaped like real reporting. */
class AmountParserTest {

  private static final Config CONFIG = ConfigLoader.load(null);
  private final AmountParser parser = new AmountParser(CONFIG.currencies(), CONFIG.qualifiers());

  private Amount only(String sentence) {
    List<Amount> found = parser.parse(sentence).stream()
        .filter(a -> a.unit() != Amount.Unit.COUNT).toList();
    assertEquals(1, found.size(), () -> "amounts in: " + sentence + " -> " + found);
    return found.get(0);
  }

  private static void assertValue(String expected, Amount a) {
    assertEquals(0, new BigDecimal(expected).compareTo(a.value()), () -> a.text() + " = " + a.value());
  }

  @Test
  void currencyCodeGluedToNumber() {
    Amount usd = only("The company booked a charge of USD34.6 million in the quarter.");
    assertEquals("USD", usd.currency());
    assertValue("34600000", usd);
    assertEquals("USD34.6 million", usd.text());

    Amount rmb = only("The whole company announced a loss of RMB7.6 billion due to the fine.");
    assertEquals("CNY", rmb.currency());
    assertValue("7600000000", rmb);
  }

  @Test
  void dollarSymbolsWithCountryPrefix() {
    Amount a = only("Revenue rose to US$4.7 billion in the quarter.");
    assertEquals("USD", a.currency());
    assertValue("4700000000", a);
    assertEquals("US$4.7 billion", a.text());
  }

  @Test
  void scaleGluedToNumberAndThousandsSeparators() {
    Amount a = only("Net income was RMB 1,783.9million for the period.");
    assertValue("1783900000", a);
    assertEquals(1, a.decimals());
    assertValue("1000000000000000000", only("It said $1,000,000,000,000,000,000 was at stake."));
  }

  @Test
  void shortScales() {
    assertValue("3200000000", only("Tencent invested $3.2bn in the deal."));
    assertValue("45000000", only("The fine was €45mn, regulators said."));
    assertValue("45000000", only("The fine was €45 mn, regulators said."));
    assertEquals("EUR", only("The fine was €45mn, regulators said.").currency());
  }

  @Test
  void fiscalYearRangesAndDatesAreNotNumbers() {
    assertTrue(parser.parse("Sales in 2012–13 rose sharply.").isEmpty());
    assertTrue(parser.parse("Source:Global Times Published: 2018/9/2 20:43:40").isEmpty());
    assertTrue(parser.parse("date 2021-05-17 Alibaba Group Holding Ltd.").isEmpty());
    Amount a = only("Revenue for 2012-13 was $5 billion.");
    assertValue("5000000000", a);
  }

  @Test
  void qualifiersAreKept() {
    assertEquals(Qualifier.Kind.LOWER_BOUND, only("Its market share is more than 40%.").qualifier().kind());
    assertEquals(Qualifier.Kind.APPROXIMATE,
        only("The contract is worth approximately $800 million per year.").qualifier().kind());
    assertEquals(Qualifier.Kind.APPROXIMATE, only("above the average for Chinese cloud firms of some 50%.")
        .qualifier().kind());
    assertEquals(Qualifier.Kind.UPPER_BOUND, only("Costs were less than $2 million.").qualifier().kind());
    assertEquals(Qualifier.Kind.EXACT, only("It was awesome 50% of the time.").qualifier().kind());
    Amount hedged = only("a plan to invest more than 6 billion yuan in overseas markets");
    assertEquals("more than 6 billion yuan",
        "a plan to invest more than 6 billion yuan in overseas markets".substring(hedged.hedgeStart(), hedged.end()));
  }

  @Test
  void theWordAfterAnAmountIsNotSwallowed() {
    Amount a = only("It would cost Alibaba $800 million in revenues per year.");
    assertEquals("$800 million", a.text());
    Amount b = only("Shares of the firm rose 5% more than expected.");
    assertEquals("5%", b.text());
    Amount c = only("The unit made $5 more than its rival per share.");
    assertEquals("$5", c.text());
  }

  @Test
  void currencyAfterTheNumberAndPercentWords() {
    Amount yuan = only("made about 55.58 billion yuan ($8.6 billion) last year".replace(" ($8.6 billion)", ""));
    assertEquals("CNY", yuan.currency());
    assertEquals(2, yuan.decimals());
    assertEquals(Amount.Unit.PERCENT, only("with a market share of 45.5 percent in 2017").unit());
    assertEquals(Amount.Unit.PERCENTAGE_POINTS,
        parser.parse("Margins widened by 2 percentage points.").get(0).unit());
  }

  @Test
  void parentheticalConversionIsTwoAmounts() {
    List<Amount> found = parser.parse("revenue grew 37% year on year to RMB 16.7 billion (around $2.6 billion)");
    assertEquals(List.of("37%", "RMB 16.7 billion", "$2.6 billion"), found.stream().map(Amount::text).toList());
    assertEquals(Qualifier.Kind.APPROXIMATE, found.get(2).qualifier().kind());
  }

  @Test
  void ranks() {
    Amount third = only("Alibaba is also the world’s third-largest cloud service provider after Amazon.");
    assertEquals(Amount.Unit.RANK, third.unit());
    assertValue("3", third);
    assertValue("4", only("even as Alibaba grew to fourth place worldwide in 2018."));
    assertTrue(parser.parse("Tencent Cloud launched its third global data center.").isEmpty());
  }
}
