package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.config.ConfigLoader;
import crosscheck.model.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claims about companies no config lists, on sentences from real reporting (BBC 2004-05, Reuters 1987, and the
 * examples issue 9 quotes), and on the number forms other parsers get wrong.
 */
class AnyCompanyTest {

  private final ClaimExtractor extractor = new ClaimExtractor(ConfigLoader.load(null));

  private List<String> claims(String title, String date, String text) {
    return Extracted.claims(extractor, title, date, text, AnyCompanyTest::summary);
  }

  private static String summary(Claim c) {
    return c.entity() + " | " + c.metric() + " | " + c.period().label() + " | " + c.valueText() + " | " + c.value()
        + " " + c.unit();
  }

  @Test
  void eachFigureOfAListBelongsToItsOwnCompany() {
    assertEquals(List.of(
            "Samsung | market share | 2021-Q1 | 22% | 22 %",
            "Apple | market share | 2021-Q1 | 17% | 17 %",
            "Xiaomi | market share | 2021-Q1 | 15% | 15 %"),
        claims("", "2021-05-01", "In the first quarter of 2021 Samsung led the market with a 22% market share, "
            + "followed by Apple at 17% and Xiaomi at 15%."));
  }

  @Test
  void volumesKeepTheirNounAndSharesAreMarketShares() {
    assertEquals(List.of(
            "Samsung | shipments | 2021-Q1 | 60.6 million smartphones | 60600000 smartphones",
            "Samsung | market share | 2021-Q1 | 22% | 22 %"),
        claims("", "2021-05-01", "Samsung shipped 60.6 million smartphones in the first quarter, giving it a 22% "
            + "share of the global market, according to IDC."));
  }

  @Test
  void aCompanyNamedByItsLegalNameIsOneSubjectWithItsShortName() {
    List<String> found = claims("", "2005-02-01", "Toyota Motor Corp said its net profit rose 5% to 1.2 billion yen "
        + "in 2004. Toyota's sales were 17.3 trillion yen in 2004.");
    assertEquals(List.of(
        "Toyota | net profit growth | 2004 | 5% | 5 %",
        "Toyota | net profit | 2004 | 1.2 billion yen | 1200000000 JPY",
        "Toyota | revenue | 2004 | 17.3 trillion yen | 17300000000000 JPY"), found);
  }

  @Test
  void theWordThatOpensAHeadlineInCapitalsAndTheLeadOpensTheName() {
    // Reuters, 2 March 1987: "Bally" opens the lead, where a first word is a name only when tagged as one; the
    // headline shows it is the story's subject (the deal was "Manufacturing Corp"'s before), and the lead's name is
    // the headline's "BALLY" and the later "Bally" too
    assertEquals(List.of(
            "Bally Manufacturing | deal value | unresolved | 140 mln dlrs | 140000000 USD",
            "Bally Manufacturing | deal value | unresolved | 299 mln dlrs | 299000000 USD"),
        claims("BALLY <BLY> COMPLETES PURCHASE OF GOLDEN NUGGET", "1987-03-02", "Bally Manufacturing Corp said it\n"
            + "completed the acquisition of the Golden Nugget Casino Hotel in\nAtlantic City, New Jersey from Golden "
            + "Nugget Inc.\n    Bally also acquired from Golden Nugget various parcels of\nreal estate in Atlantic City, "
            + "it noted.\n    The transaction included 140 mln dlrs in cash and stock and\nthe assumption of a 299 mln "
            + "dlrs mortgage."));
    // Reuters, 22 March 1987: "Workers" opens both, but the story also writes "workers": a word, not a name
    assertEquals(List.of(),
        claims("WORKERS AT SPANISH GM UNIT CALL STRIKE", "1987-03-22", "Workers at <General Motors Espanola\n"
            + "S.A.> have called for five days of strikes next month in a\ndispute over this year's wage increase, "
            + "union sources said.\n    The workers are seeking a wage rise above this year's five\npct inflation "
            + "target set by the government.").stream().filter(c -> c.startsWith("Workers")).toList());
  }

  @Test
  void aFallIsNegative() {
    assertEquals(List.of("Lenovo | growth rate | unresolved | 3.7% | -3.7 %"),
        claims("", "", "Lenovo's sales were down 3.7% in the quarter."));
    assertEquals(List.of("Japan | economy growth | 2004-Q3 | 0.5% | -0.5 %"),
        claims("", "", "Japan's economy shrank 0.5% in the third quarter of 2004."));
  }

  @Test
  void aResultsTableIsTheHeadlinesCompanyWithPriorPeriods() {
    assertEquals(List.of(
            "PEP Boys - Manny Moe and Jack | earnings per share | 1986-Q4 | 45 cts | 0.45 USD",
            "PEP Boys - Manny Moe and Jack | earnings per share | 1985-Q4 | 37 cts | 0.37 USD",
            "PEP Boys - Manny Moe and Jack | net profit | 1986-Q4 | 8,349,000 | 8349000 USD",
            "PEP Boys - Manny Moe and Jack | net profit | 1985-Q4 | 6,187,000 | 6187000 USD",
            "PEP Boys - Manny Moe and Jack | revenue | 1986-Q4 | 126.7 mln | 126700000 USD",
            "PEP Boys - Manny Moe and Jack | revenue | 1985-Q4 | 103.7 mln | 103700000 USD",
            "PEP Boys - Manny Moe and Jack | earnings per share | 1986 | 1.55 dlrs | 1.55 USD",
            "PEP Boys - Manny Moe and Jack | earnings per share | 1985 | 1.29 dlrs | 1.29 USD"),
        claims("PEP BOYS - MANNY, MOE AND JACK INC <PBY> 4TH QTR", "1987-03-25",
            "Jan 31 end\n    Shr 45 cts vs 37 cts\n    Net 8,349,000 vs 6,187,000\n    Sales 126.7 mln vs 103.7 mln\n"
                + "    Year\n    Shr 1.55 dlrs vs 1.29 dlrs"));
  }

  /** Reuters 15427: "Full" and "Share" open lines of the table but name no one: the figures are George Wimpey's. */
  @Test
  void aWordThatOnlyOpensANameIsNoSubjectAlone() {
    List<String> found = claims("GEORGE WIMPEY PROFITS UP 42 PCT TO 66.5 MLN STG", "1987-04-09",
        "Year to December 31, 1986.\n    Shr 18.35p vs 14.95p\n    Net profit 51.9 mln stg vs 42.4 mln\n"
            + "    Note - Full name of company is George Wimpey Plc <WMPY.L>.\n"
            + "    Share of profits less losses of associated companies 1.4\nmln stg vs 2.4 mln loss");
    assertTrue(found.size() >= 4 && found.stream().allMatch(claim -> claim.startsWith("George Wimpey |")),
        found.toString());
  }

  /**
   * Reuters 7003 and 3463: a British table names sterling on some lines only, and pence right after the number; the
   * lines that name no currency are in the one named before them, not in dollars.
   */
  @Test
  void aTablesBareFiguresAreInTheCurrencyNamedBeforeThem() {
    assertEquals(List.of(
            "Britoil | earnings per share | 1986 | 6.56p | 0.0656 GBP",
            "Britoil | earnings per share | 1985 | 50.31p | 0.5031 GBP",
            "Britoil | pre-tax profit | 1986 | 134 mln stg | 134000000 GBP",
            "Britoil | pre-tax profit | 1985 | 759 mln | 759000000 GBP",
            "Britoil | net profit | 1986 | 33 mln | 33000000 GBP",
            "Britoil | net profit | 1985 | 253 mln | 253000000 GBP"),
        claims("BRITOIL PLC <BTOL.L> 1986 YR", "1987-03-19", "Shr 6.56p vs 50.31p\n    Pre-tax profit 134 mln stg "
            + "vs 759 mln.\n    Net profit 33 mln vs 253 mln."));
    assertEquals(List.of(
            "Hillsdown | pre-tax profit | 1986 | 54.9 mln stg | 54900000 GBP",
            "Hillsdown | pre-tax profit | 1985 | 33.4 mln | 33400000 GBP",
            "Hillsdown | revenue | 1986 | 1.70 billion | 1700000000 GBP",
            "Hillsdown | revenue | 1985 | 1.13 billion | 1130000000 GBP"),
        claims("HILLSDOWN SAYS EARLY 1987 RESULTS ENCOURAGING", "1987-03-11", "Hillsdown Holdings Plc <HLDN.L> said "
            + "early results for 1987 were encouraging.\n    The company was commenting on 1986 results which showed "
            + "pre-tax profit rising to 54.9 mln stg from 33.4 mln previously on turnover that lifted to 1.70 billion "
            + "from 1.13 billion."));
  }

  /**
   * Reuters 10688: "World group" and "Parent company" open the lines of a German results table; the figures are
   * BASF's, the group's and the parent's apart.
   */
  @Test
  void aGroupsAndItsParentsFiguresAreTheCompanysMeasuresApart() {
    assertEquals(List.of(
            "BASF | pre-tax profit | 1986 | 2.63 billion marks | 2630000000 DEM",
            "BASF | pre-tax profit | 1985 | 3.04 billion | 3040000000 DEM",
            "BASF | revenue | 1986 | 40.47 billion | 40470000000 DEM",
            "BASF | revenue | 1985 | 44.38 billion | 44380000000 DEM",
            "BASF | pre-tax profit (parent company) | 1986 | 1.97 billion | 1970000000 DEM",
            "BASF | pre-tax profit (parent company) | 1985 | 1.91 billion | 1910000000 DEM"),
        claims("BASF AG <BASF.F> 1986 YEAR", "1987-03-30", "Year to December 31.\n    World group pre-tax profit 2.63 "
            + "billion marks vs 3.04\nbillion.\n    World group turnover 40.47 billion vs 44.38 billion.\n"
            + "    Parent company pre-tax profit 1.97 billion vs 1.91 billion."));
  }

  /**
   * Reuters 7797: a Swiss story that writes "Swiss francs" first means Swiss francs by its bare "francs" (before:
   * French francs), its prior figure too; one whose first "francs" is bare keeps French francs.
   */
  @Test
  void aBareCurrencyWordMeansWhatItsFirstUseInTheArticleSaid() {
    assertEquals(List.of("Nestle | net profit | 1986 | 1.79 billion francs | 1790000000 CHF",
            "Nestle | revenue | 1986 | 38.05 billion | 38050000000 CHF"),
        claims("NESTLE SEEKING AUTHORISATION FOR CERTIFICATE ISSUE", "1987-03-20", "Nestle SA <NESZ.Z> said it\n"
            + "would seek shareholder approval.\n    It said it wanted this authorisation in view of future\n"
            + "certificate issues. Nestle's nominal capital amounts to 330 mln\nSwiss francs.\n    Nestle reported net "
            + "profits of 1.79 billion francs for\n1986, while turnover fell to\n38.05 billion.")
            .stream().filter(claim -> !claim.contains("growth")).toList());
    assertEquals(List.of("Moulinex | net loss | 1985 | 34.9 mln francs | 34900000 FRF"),
        claims("MOULINEX", "1987-06-19", "Moulinex said its net loss was 34.9 mln francs in 1985."));
  }

  /** Reuters stories: "New" opens a name when a word of the name follows it, and only then. */
  @Test
  void newOpensANameWhenTheNameGoesOn() {
    assertEquals(List.of("New Zealand | growth rate | unresolved | 2.6 pct | 2.6 %"),
        claims("", "1987-03-04", "New Zealand's trading bank seasonally adjusted deposit growth rose 2.6 pct in "
            + "January."));
    // Reuters 1: "New crop" opens a sentence of figures
    List<String> newCrop = claims("BAHIA COCOA REVIEW", "1987-02-26", "Bean shippers were reluctant to offer nearby "
        + "shipment and only limited sales were booked for March shipment at 1,750 to 1,780 dlrs per tonne to ports "
        + "to be named.\n    New crop sales were also light and all to open ports with June/July going at 1,850 "
        + "and 1,880 dlrs and at 35 and 45 dlrs under New York july.");
    assertTrue(!newCrop.isEmpty() && newCrop.stream().noneMatch(claim -> claim.startsWith("New |")),
        newCrop.toString());
  }

  /** Reuters 10119 and 16246: a section headed by a number ("12 mths", "1st qtr") is the period it names. */
  @Test
  void aSectionHeaderWithANumberIsItsPeriod() {
    assertEquals(List.of(
            "Sandustry Plastics | earnings per share | 1986-Q4 | seven cts | 0.07 USD",
            "Sandustry Plastics | earnings per share | 1985-Q4 | 26 cts | 0.26 USD",
            "Sandustry Plastics | net profit | 1986-Q4 | 200,000 | 200000 USD",
            "Sandustry Plastics | net profit | 1985-Q4 | 450,000 | 450000 USD",
            "Sandustry Plastics | earnings per share | 1986 | 37 cts | 0.37 USD",
            "Sandustry Plastics | earnings per share | 1985 | 77 cts | 0.77 USD",
            "Sandustry Plastics | net profit | 1986 | 801,000 | 801000 USD",
            "Sandustry Plastics | net profit | 1985 | 1,329,000 | 1329000 USD"),
        claims("SANDUSTRY PLASTICS INC <SPI> 4TH QTR NET", "1987-03-26",
            "Shr seven cts vs 26 cts\n    Net 200,000 vs 450,000\n    12 mths\n    Shr 37 cts vs 77 cts\n"
                + "    Net 801,000 vs 1,329,000"));
    assertEquals(List.of(
            "International Business Machines | earnings per share | 1987-Q1 | 1.30 dlrs | 1.3 USD",
            "International Business Machines | earnings per share | 1986-Q1 | 1.65 dlrs | 1.65 USD"),
        claims("INTERNATIONAL BUSINESS MACHINES CORP <IBM> NET", "1987-04-13",
            "1st qtr\n    Shr 1.30 dlrs vs 1.65 dlrs"));
  }

  @Test
  void aLossAfterVsIsANetLossAndWordNumbersAreRead() {
    assertEquals(List.of(
            "CCR Video | earnings per share | 1987-Q1 | two cts | 0.02 USD",
            "CCR Video | earnings per share | 1986-Q1 | 12 cts | 0.12 USD",
            "CCR Video | net profit | 1987-Q1 | 156,726 | 156726 USD",
            "CCR Video | net loss | 1986-Q1 | 776,000 | 776000 USD"),
        claims("CCR VIDEO CORP <CCCR> 1ST QTR NET", "1987-05-02",
            "Shr profit two cts vs loss 12 cts\n    Net profit 156,726 vs loss 776,000"));
  }

  @Test
  void aDealIsAboutTheCompanyBought() {
    assertEquals(List.of("Guidant | deal value | unresolved | $25.4bn (£13bn) | 25400000000 USD"),
        claims("", "", "Pharmaceutical giant Johnson & Johnson has agreed to buy medical technology firm Guidant "
            + "for $25.4bn (£13bn)."));
  }

  @Test
  void numbersOtherParsersGetWrong() {
    assertEquals(List.of("Alibaba Group | net loss | unresolved | RMB7.6 billion | 7600000000 CNY"),
        claims("", "", "Alibaba Group posted a net loss of RMB7.6 billion."));
    assertEquals(List.of("Kingsoft | revenue | 2020 | USD34.6 million | 34600000 USD"),
        claims("", "", "Kingsoft's revenue was USD34.6 million in 2020."));
    assertEquals(List.of("Infosys | revenue | 2005 | about 1,783.9million dollars | 1783900000 USD"),
        claims("", "", "Infosys reported revenue of about 1,783.9million dollars in 2005."));
    assertTrue(claims("", "", "The deficit will remain at close to 1/2 billion dollars in sales.").isEmpty(),
        "a fraction is not guessed");
    assertEquals(List.of("Acme | revenue | FY2013 | more than $5bn | 5000000000 USD"),
        claims("", "", "Acme's revenue was more than $5bn in 2012–13."));
  }

  @Test
  void annualisedAndHypotheticalFiguresAreMeasuresOfTheirOwn() {
    assertEquals(List.of("Singapore | GDP growth (annualised) | 2004-Q4 | 2.4% | 2.4 %"),
        claims("", "", "Singapore's gross domestic product rose at an annual rate of 2.4% in the fourth quarter of "
            + "2004."));
    assertEquals(List.of(
            "Irving Bank | net profit growth (hypothetical) | 1987-Q1 | 8.4 pct | 8.4 %",
            "Irving Bank | net profit (hypothetical) | 1987-Q1 | 32.9 mln | 32900000 USD"),
        claims("IRVING BANK <V> CITES LOANS IN EARNING DECLINE", "1987-04-14", "Excluding the impact of the "
            + "non-accrual loans, Irving said its first quarter net income would have rose 8.4 pct to 32.9 mln."));
  }

  @Test
  void aCompanysFigureInOneCountryIsTheCompanysLimitedToThatMarket() {
    // Reuters 1987: "its U.S." was the subject "U.S." (a country taking every figure of such stories)
    assertEquals(List.of(
            "Chrysler | deliveries (US) | 1987-02-20 | 30,634 units | 30634 units",
            "Chrysler | deliveries (US) | 1987-02-20 (prior) | 27,526 | 27526 units"),
        claims("CHRYSLER <C> LATE FEBRUARY U.S. CAR SALES UP", "1987-03-02", "Chrysler Corp said sales of its "
            + "U.S.-built cars rose 11 pct in the February 20-28 period to 30,634 units compared to 27,526 in the "
            + "period a year ago.").stream().filter(c -> c.contains("units")).toList());
    assertEquals(List.of("Amoco | output (US) | 1986 | 121 mln barrels | 121000000 barrels"),
        claims("AMOCO SEES LOWER OUTPUT", "1987-04-08", "Fuller said Amoco expects its U.S. oil and natural gas "
            + "liquids production to decline about five pct this year from last year's 121 mln barrels because of "
            + "drilling deferrals made last year when oil prices were falling.").stream()
            .filter(c -> c.contains("barrels")).toList());
    assertEquals(List.of("Ford Canada | net profit (Canada) | unresolved | 75.4 mln dlrs | 75400000 USD"),
        claims("FORD CANADA PROFIT FALLS", "1987-03-03", "Ford Canada said full-year earnings from its Canadian "
            + "operations declined 75.4 mln dlrs to 104.0 mln dlrs.").stream()
            .filter(c -> c.contains("75.4")).toList());
    assertEquals(List.of("Canadian Courier | deal value | unresolved | 170 mln dlrs | 170000000 USD"),
        claims("", "", "It agreed recently to sell its Canadian Courier unit to Onex Capital for 170 mln dlrs."),
        "a name that opens with a nationality is no market");
  }

  @Test
  void aTotalIsNotComparedWithItsParts() {
    assertEquals(List.of(
            "Google | fine (total) | unresolved | more than $8 billion | 8000000000 USD",
            "Google | fine | 2018 | $5 billion | 5000000000 USD"),
        claims("", "", "Google has paid fines totalling more than $8 billion. The largest, in 2018, was a $5 billion "
            + "fine."));
  }
}
