package crosscheck.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.config.Config;
import crosscheck.config.ConfigLoader;
import crosscheck.model.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

  /** Reuters 1987: a range is one amount, its value the upper end, its lower end kept in the qualifier's width. */
  @Test
  void rangesAreOneAmount() {
    List<Amount> soy = parser.parse("Soybean production for 1986/87 is now estimated to reach between 7.7 and eight "
        + "mln tonnes, versus 7.8 to 8.2 mln tonnes estimated a week ago.");
    assertEquals(List.of("7.7 and eight mln", "7.8 to 8.2 mln"), soy.stream().map(Amount::text).toList());
    Amount week = soy.get(1);
    assertEquals(Qualifier.Kind.RANGE, week.qualifier().kind());
    assertValue("8200000", week);
    assertEquals(7.8, 8.2 * (1 - week.qualifier().tolerance()), 1e-9);
    Amount issue = only("The Treasury plans to issue 8-12 billion francs of tap stock.");
    assertEquals("8-12 billion francs", issue.text());
    assertValue("12000000000", issue);
    Amount vehicles = parser.parse("GM hopes to sell between 7,000 and 8,000 vehicles in Europe this year.").get(0);
    assertEquals("7,000 and 8,000", vehicles.text());
    assertEquals("between 7,000 and", vehicles.qualifier().phrase());
    assertEquals(List.of("35 to 45 cts"), parser.parse("It expects earnings of 35 to 45 cts a share.").stream()
        .map(Amount::text).toList());
    assertEquals("$6.0-$6.5", only("GM expects earnings of $6.0-$6.5 a share in 2005.").text());
    // no ranges: a change, a fraction, a fiscal year, a bond price, a change and the level it reached
    assertEquals(List.of("10", "12 cts"), texts("It raised the dividend from 10 to 12 cts."));
    assertEquals(List.of("26-1/4 cts", "26-1/4 cts"), texts("Qtly div 26-1/4 cts vs 26-1/4 cts prior."));
    assertEquals(List.of(), texts("Sales in 1986-87 fell."));
    assertEquals(List.of("96.08", "12"), texts("The bond fell to 96.08-12 in early trade."));
    assertEquals(List.of("0.2 pct", "7.1 pct"), texts("Unemployment rose 0.2 pct to 7.1 pct."));
  }

  /**
   * Reuters (Mellon Bank, hand check 5cb127f row 4): a lower end that carries the scale of the upper one is a range
   * after "between", "of" or "at", and still a change after a verb ("rose 12 mln to 65 mln dlrs").
   */
  @Test
  void aRangeMayScaleBothEnds() {
    Amount mellon = only("Mellon Bank Corp said it expects to report a loss for the first quarter in the range of 55 "
        + "mln to 65 mln dlrs.");
    assertEquals("55 mln to 65 mln dlrs", mellon.text());
    assertEquals("USD", mellon.currency());
    assertValue("65000000", mellon);
    assertEquals(55, 65 * (1 - mellon.qualifier().tolerance()), 1e-9);
    assertEquals(List.of("55 mln and 65 mln dlrs"),
        texts("It expected to report a first quarter loss of between 55 mln and 65 mln dlrs."));
    assertEquals(List.of("12 mln", "65 mln dlrs"), texts("Net profit rose 12 mln to 65 mln dlrs."));
  }

  private List<String> texts(String sentence) {
    return parser.parse(sentence).stream().map(Amount::text).toList();
  }

  /** Reuters (a futures exchange's trading hours): a 24-hour clock time is no amount. */
  @Test
  void clockTimesAreNotAmounts() {
    assertTrue(parser.parse("Trading hours will expand to between 0720 and 1515 local time.").isEmpty());
    assertEquals(List.of("1515"), parser.parse("It sold 1515 tonnes of sugar.").stream().map(Amount::text).toList());
  }

  /**
   * Reuters 1987 dividends and forecasts: a mixed number is one amount ("Qtly div 21 cts vs 16-1/4 cts prior", "1-1/2
   * to two pct"), not its whole part with the fraction lost; a fraction alone is no amount.
   */
  @Test
  void mixedNumbersAreOneAmount() {
    List<Amount> dividends = parser.parse("Qtly div 21 cts vs 16-1/4 cts prior");
    assertEquals(List.of("21 cts", "16-1/4 cts"), dividends.stream().map(Amount::text).toList());
    assertValue("0.1625", dividends.get(1));
    assertValue("0.083333", parser.parse("Qtly div 10 cts vs 8-1/3 cts prior").get(1));
    Amount growth = only("The experts believed economic growth of 1-1/2 to two pct was achievable.");
    assertEquals("1-1/2 to two pct", growth.text());
    assertEquals(Qualifier.Kind.RANGE, growth.qualifier().kind());
    assertValue("1500000000", only("It raised 1-1/2 billion dlrs."));
    assertTrue(parser.parse("The deficit will remain at close to 1/2 billion dollars.").stream()
        .noneMatch(a -> a.value().compareTo(java.math.BigDecimal.ONE) > 0));
  }

  /** Reuters 7003 and 899 (British results tables): pence are written right after the number. */
  @Test
  void penceGluedToNumber() {
    List<Amount> shares = parser.parse("Shr 6.56p vs 50.31p");
    assertEquals(List.of("6.56p", "50.31p"), shares.stream().map(Amount::text).toList());
    assertEquals(List.of("GBP", "GBP"), shares.stream().map(Amount::currency).toList());
    assertValue("0.0656", shares.get(0));
    List<Amount> dividends = parser.parse("Final div 6p, making 8p vs 13p.");
    assertEquals(List.of("6p", "8p", "13p"), dividends.stream().map(Amount::text).toList());
    assertValue("0.13", dividends.get(2));
    // times: no pence
    assertEquals(List.of(Amount.Unit.COUNT, Amount.Unit.COUNT),
        parser.parse("Trading stopped at 5p.m. after 12pm").stream().map(Amount::unit).toList());
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

  /** The parser looks only where an amount may start and runs each pattern only where its words are. */
  @Test
  void shortcutsMissNothing() {
    Amount late = only("After a long year of talks with its lenders the group said revenue reached us$4.7 billion.");
    assertEquals("USD", late.currency());
    assertEquals("us$4.7 billion", late.text());
    Amount word = only("Café Nero’s sales rose five pct.");
    assertEquals(Amount.Unit.PERCENT, word.unit());
    assertValue("5", word);
    assertEquals(Amount.Unit.RANK, parser.parse("It is the world’s third-largest maker, with 12 mln dlrs.").get(0)
        .unit());
    List<Amount> dated = parser.parse("On 2021-06-08 at 10:30 it earned 5 mln dlrs, up from negative 3 mln dlrs.");
    assertEquals(List.of("5 mln dlrs", "negative 3 mln dlrs"), dated.stream().map(Amount::text).toList());
    assertValue("-3000000", dated.get(1));
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

  @Test
  void signsBeforeTheDigits() {
    // bbc_business: "like-for-like sales showed a growth rate of -0.1%, the same as in the three months to December"
    Amount growth = only("In the three-months to January, like-for-like sales showed a growth rate of -0.1%, the "
        + "same as in the three months to December, the BRC said.");
    assertValue("-0.1", growth);
    assertEquals("-0.1%", growth.text());
    assertValue("-12", only("Operating margin came in at -12% for the year."));
    assertValue("-8", only("Profits changed by \u22128% in the quarter, the company said."));
    assertValue("-8", only("Profits changed by \u20138% in the quarter, the company said."));
    assertValue("-8", only("Its shares were at a record (-8%) after the warning."));
    Amount usd = only("The unit reported a result of $-5 billion for the year.");
    assertEquals("USD", usd.currency());
    assertValue("-5000000000", usd);
    assertEquals("$-5 billion", usd.text());
    assertValue("-5000000000", only("The unit reported a result of -$5 billion for the year."));
    // reuters_3180: "9, which was today quoted at -0.90 to -1.10 pct."
    List<Amount> quoted = parser.parse("The spread was today quoted at -0.90 to -1.10 pct.");
    assertEquals(List.of("-0.90", "-1.10 pct"), quoted.stream().map(Amount::text).toList());
    assertValue("-0.90", quoted.get(0));
  }

  @Test
  void aDashBetweenWordsSignsNothingAfterIt() {
    // bbc_business_117, verbatim: the "-" before "rose" must not stick to the 10% further on.
    List<Amount> found = parser.parse("In contrast, Chrysler enjoyed a 5% annual increase in unit sales while "
        + "revenues - calculated in US dollars - rose 10%.");
    assertValue("10", found.get(1));
    // Nor does a currency sign that no number follows lend its currency to a later number.
    Amount pct = only("The fund, which holds US$ and HK$ assets, returned 5 pct last year.");
    assertEquals(Amount.Unit.PERCENT, pct.unit());
    assertEquals("", pct.currency());
  }

  @Test
  void signWordsUnlessTheySubtract() {
    // reuters_19294: "Chartered bank net foreign currency assets fell 92 mln dlrs to minus 1.92 billion dlrs."
    List<Amount> assets = parser.parse(
        "Chartered bank net foreign currency assets fell 92 mln dlrs to minus 1.92 billion dlrs.");
    assertValue("92000000", assets.get(0));
    assertValue("-1920000000", assets.get(1));
    assertEquals("minus 1.92 billion dlrs", assets.get(1).text());
    assertValue("-3", only("Growth was negative 3% in the fourth quarter."));
    assertValue("-3", only("Growth was minus 3% in the fourth quarter."));
    // reuters: "two 12,000 to 14,000 tonne cargoes (plus or minus 10 pct)"; "(LIBOR minus 6-1/2 pct)"
    assertValue("10", only("The sale comprised two cargoes (plus or minus 10 pct) for Mar/Apr shipment."));
    assertTrue(parser.parse("It pays three times (LIBOR minus 6 pct).").stream()
        .allMatch(a -> a.number().signum() > 0));
  }

  @Test
  void hyphensInRangesCompoundsAndNamesAreNoSigns() {
    for (String sentence : List.of("Sales are expected to rise 5-6% this year.",
        "Revenue for 2012-13 was $5 billion.", "The company filed its 10-K with the SEC on Monday.",
        "Airlines cut capacity during COVID-19 by half.", "It agreed the sale of 10 Boeing 737-800 planes.",
        "Staff took a 30-day unpaid break.", "The dollar traded at 1.2-1.3 euros.")) {
      assertTrue(parser.parse(sentence).stream().allMatch(a -> a.number().signum() > 0),
          () -> sentence + " -> " + parser.parse(sentence));
    }
  }

  @Test
  void accountingBracketsWhereACurrencyIsWritten() {
    assertValue("-5200000", only("The company posted net income of $(5.2) million for the year."));
    assertValue("-5200000", only("Net income:  ($5.2 million)"));
    assertEquals("($5.2 million)", only("Net income:  ($5.2 million)").text());
    assertValue("-5200000", only("(5.2) million dlrs was the result."));
    // A bracket after an amount is its conversion, after a word an aside: both positive.
    List<Amount> conversion = parser.parse("It made about 55.58 billion yuan ($8.6 billion) last year.");
    assertValue("8600000000", conversion.get(1));
    // reuters_15419: "Other financing for the project will come from Sri Lanka (7.1 mln dlrs)"
    assertValue("7100000", only("Other financing for the project will come from Sri Lanka (7.1 mln dlrs)."));
    // No currency: a bracketed figure of a table is the prior period's, not a negative ("Goods -7.1 (-8.7)").
    List<Amount> goods = parser.parse("Goods                     -7.1 (-8.7)");
    assertEquals(List.of(new BigDecimal("-7.1"), new BigDecimal("-8.7")),
        goods.stream().map(Amount::number).toList());
    assertValue("8.7", parser.parse("Goods 7.1 (8.7)").get(1));
  }

  @Test
  void thousandsGroupedBySpaces() {
    for (String space : List.of(" ", "\u00A0", "\u2009", "\u202F")) {
      Amount a = only("The group set aside $1" + space + "234 million for the fine.");
      assertValue("1234000000", a);
      assertEquals(0, a.decimals());
    }
    assertValue("1234567", parser.parse("Shipments reached 1 234 567 tonnes last year.").get(0));
    assertValue("1234.5", parser.parse("The index closed at 1 234.5 points.").get(0));
    assertValue("45", only("Its market share rose to 45\u00A0% in France."));
  }

  @Test
  void spacesNeverJoinTwoNumbers() {
    List<Amount> twoNumbers = parser.parse("Sales in 2004 120 million units were sold.");
    assertEquals(List.of("2004", "120 million"), twoNumbers.stream().map(Amount::text).toList());
    // reuters: "Backlog at January 31 747 mln dlrs."; "heifers - mostly choice 2-3 950-1050 lbs 68.50-68.75."
    assertEquals("747 mln dlrs", only("Backlog at January 31 747 mln dlrs.").text());
    assertTrue(parser.parse("heifers - mostly choice 2-3 950-1050 lbs").stream()
        .noneMatch(a -> a.number().compareTo(BigDecimal.valueOf(3950)) == 0));
    // bbc_business: "the sale of 10 737-800 planes for $630m"
    assertEquals("10", parser.parse("It agreed the sale of 10 737-800 planes for $630m.").get(0).text());
    assertTrue(parser.parse("A group of 12 3456 people").stream()
        .noneMatch(a -> a.number().compareTo(BigDecimal.valueOf(123456)) == 0));
  }

  @Test
  void europeanDecimalCommaIsNotGuessed() {
    assertTrue(parser.parse("Der Umsatz stieg auf 1.234,5 Millionen.").isEmpty());
    assertTrue(parser.parse("Le chiffre d'affaires est de 1 234,5 millions.").isEmpty());
  }

  @Test
  void exponents() {
    Amount e = only("The group set aside $1.234e3 million for the fine.");
    assertValue("1234000000", e);
    assertEquals(new BigDecimal("500000"), e.halfUnit().stripTrailingZeros().setScale(0));
    assertValue("1200000", only("Reserves stood at $1.2E+6, it said."));
    assertValue("3000000", only("Reserves stood at $3\u00D710^6, it said."));
    assertValue("3000000", only("Reserves stood at $3 x 10\u2076, it said."));
    assertValue("0.0012", only("The fee was $1.2e-3 per unit."));
    assertValue("1000000", only("Reserves stood at $1E+6, it said."));
    // bbc_business_335: "the first carriers to order the mid-size 7E7, which Boeing says is super-economical"
    assertTrue(parser.parse("the first carriers to order the mid-size 7E7, which Boeing says is super-economical")
        .isEmpty());
    assertTrue(parser.parse("Reserves stood at $1e6, it said.").isEmpty(), "neither $1 nor a guess");
  }

  @Test
  @Timeout(60) // a guard against a hang, not a speed target
  void hugeNumbersKeepTheirMagnitudeAndFinish() {
    String digits = "1" + ",000".repeat(111);
    Amount a = only("It said $" + digits + " was at stake.");
    assertEquals(334, a.value().precision() - a.value().scale());
    String longRun = "9".repeat(200_000);
    List<Amount> huge = parser.parse("It said $" + longRun + ", $1" + " 000".repeat(100_000) + " and 5"
        + ",000".repeat(100_000) + " were at stake.");
    assertEquals(List.of(300_001, 300_001), huge.stream().map(h -> h.value().precision() - h.value().scale()).toList());
  }
}
