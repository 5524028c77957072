package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.config.ConfigLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results as Reuters wrote them in 1987, tables and prose: sentences of the dev set's articles. */
class ReutersResultsTest {

  private final ClaimExtractor extractor = new ClaimExtractor(ConfigLoader.load(null));

  private List<String> summaries(String date, String text) {
    return Extracted.claims(extractor, "", date, text, Extracted::subjectMetricValue);
  }

  @Test
  void aFigureTooSmallToBeACompanysProfitIsItsProfitPerShare() {
    assertEquals(List.of("Z-Seven Fund | earnings per share (forecast) | six dlrs",
            "Z-Seven Fund | earnings per share | 4.20 dlrs",
            "Z-Seven Fund | net profit growth | 30 pct",
            "Z-Seven Fund | earnings per share | 3.22 dlrs"),
        summaries("1987-03-26", "<Z-Seven Fund Inc> said it expects to earn six dlrs a share in 1987, up from "
            + "4.20 dlrs a share in 1986.\n    The company said the 1986 net earnings were up 30 pct from 3.22 dlrs "
            + "in 1985."));
  }

  @Test
  void aSmallFigureIsNoProfitWhereTheArticleQuotesNothingPerShare() {
    // The 1986 level is read as a forecast too: a condition's cue ("expects") is looked for only in the 60
    // characters before a figure, and here it stands before the actual figure it compares the forecast with.
    assertEquals(List.of("Ahold | net profit (forecast) | 132.4 mln guilders"),
        summaries("1987-03-09", "Dutch food retailer Ahold NV <AHLN.AS> expects net profits to remain around the "
            + "1986 level of 132.4 mln guilders.\n    Turnover and net profit in 1986 were hit by the dollar, which "
            + "fell to an average 2.46 guilders from 3.35 in 1985."));
  }

  /**
   * Reuters 902: in "rose to X from Y in 1985" the year is the prior figure's own, and the current figure's
   * period is the year after it (before, both read 1985 and the prior one was shifted to 1984).
   */
  @Test
  void aYearWrittenAfterThePriorFigureIsItsOwn() {
    assertEquals(List.of("Fisons | pre-tax profit | 1986 | 85.1 mln stg", "Fisons | pre-tax profit | 1985 | 72.3 mln"),
        periods("FISONS SEES STRONG INTERNATIONAL GROWTH IN 1986", "1987-03-03",
            "Fisons Plc <FISN.L> sees strong growth.\n    The company was commenting on 1986 results which saw\n"
                + "pre-tax profits rising to 85.1 mln stg from 72.3 mln in 1985."));
  }

  /**
   * Reuters 10944 and 17000: a year's possessive before the prior figure is that figure's own ("from 1985's 58 mln
   * dlrs", "compared with 1985's profit of 177 mln"), not the current figure's (both read 1985: a false conflict
   * of Dow's 1986 profit with its 1985 one).
   */
  @Test
  void aYearsPossessiveBeforeThePriorFigureIsItsOwn() {
    assertEquals(List.of("Dow | net profit | 1986 | 741 mln dlrs", "Dow | net profit | 1985 | 58 mln dlrs"),
        periods("DOW CHEMICAL SEES GAINS", "1987-04-08", "In 1986, Dow earned 741 mln dlrs an increase from 1985's "
            + "58 mln dlrs, the company said."));
    assertEquals(List.of("Woolworth | net profit | 1986 | 214 mln dlrs", "Woolworth | net profit | 1985 | 177 mln"),
        periods("WOOLWORTH EARNINGS RISE", "1987-03-11", "Woolworth's 1986 income rose to 214 mln dlrs compared with "
            + "1985's profit of 177 mln."));
  }

  /**
   * Reuters 20538 (hand check 51e73c5 row 34): "For the nine months, ..." opens a paragraph, and the next one's figures
   * with no period of their own are of those nine months, not of the headline's third quarter (a false conflict with
   * the quarter's 2.73 dlrs); "down from a gain of" pairs the prior figure.
   */
  @Test
  void aSentenceOpeningWithItsPeriodGivesItToTheNextParagraph() {
    assertEquals(List.of("Manufacturers Hanover | net loss | 1987-9M | 1.16 billion dlrs",
            "Manufacturers Hanover | earnings per share | 1987-9M | 28.33 dlrs",
            "Manufacturers Hanover | earnings per share | 1986-9M | 6.42 dlrs"),
        periods("MANUFACTURERS HANOVER <MHC> 3RD QTR NET", "1987-10-20", "Manufacturers Hanover Corp said it "
            + "earned 129.1 mln dlrs, or 2.73 dlrs a share, for the third quarter.\n    For the nine months, "
            + "Manufacturers reported a net loss of 1.16 billion dlrs, down from a gain of 301.8 mln a year ago.\n"
            + "    On a per-share basis, the loss was 28.33 dlrs, down from a gain of 6.42 dlrs.").stream()
            // the quarter's figures, and the prior "gain of 301.8 mln" (read as a loss: "gain" is no profit cue)
            .filter(c -> c.contains("9M") && !c.contains("301.8")).toList());
  }

  /**
   * Reuters 10280 and 10291 (hand checks a753935 row 30, d28eed2 row 26): a final dividend and the year's total are two
   * measures ("Final div 30 cents vs 10, making 40 vs 10"), not one dividend with two values.
   */
  @Test
  void aFinalDividendAndTheYearsTotalAreTwoMeasures() {
    assertEquals(List.of("Jardine Matheson | dividend (final) | 1986 | 30 cents",
            "Jardine Matheson | dividend (final) | 1985 | 10",
            "Jardine Matheson | dividend (total) | 1986 | 40", "Jardine Matheson | dividend (total) | 1985 | 10"),
        periods("JARDINE MATHESON HOLDINGS LTD <JARD.HK> YEAR", "1987-03-30", "Jardine Matheson Holdings Ltd "
            + "said:\n    Final div 30 cents vs 10, making 40 vs 10"));
  }

  /** "last year's third quarter" is that quarter of last year, as "the third quarter of last year" is. */
  @Test
  void lastYearsQuarterIsThatQuarterOfLastYear() {
    assertEquals(List.of("Showboat | net profit | 1986-Q3 | 1,753,000 dlrs"),
        periods("SHOWBOAT <SBO> SEES LOWER THIRD QUARTER", "1987-10-02", "Showboat earned 1,753,000 dlrs in last "
            + "year's third quarter."));
    assertEquals(List.of("Peoples Bancorp | net profit | 1986-Q1 | 105,000 dlrs",
            "Peoples Bancorp | net loss | 1986 | 1,768,000 dlrs"),
        periods("PEOPLES BANCORP <PEOP> 1ST QTR", "1987-04-15", "Peoples earned 105,000 dlrs in last year's first "
            + "quarter and in all of 1986 lost 1,768,000 dlrs."));
  }

  /**
   * Reuters 5274: a change is a change of what it names (exports, imports: never one measure), and "in 1985" is the
   * prior figure's year, not the changes' (1986, the headline's).
   */
  @Test
  void aChangeIsAChangeOfWhatItNamesAndThePriorYearIsNotItsPeriod() {
    assertEquals(List.of("Turkey | shipments growth | 1986 | 6.3 pct", "Turkey | imports growth | 1986 | 2.1 pct"),
        periods("TURKISH TRADE DEFICIT WIDENS IN 1986", "1987-03-16", "Turkey's trade deficit "
            + "rose to 3.65\nbillion dlrs in 1986 from 3.39 billion in 1985.\n    Exports were down 6.3 pct at 7.45 "
            + "billion dlrs, compared\nwith 7.95 billion in 1985, while imports were down 2.1 pct at\n11.10 billion "
            + "dlrs from 11.34 billion."));
  }

  /**
   * Reuters 7797: "up 2.2 pct from 1985" is a 1986 change (1985 is its base), and the base is no other figure's
   * period (before, both changes read 1985, and so did the turnover).
   */
  @Test
  void aChangesBaseYearIsNotItsPeriod() {
    assertEquals(List.of("Nestle | net profit | 1986 | 1.79 billion francs",
            "Nestle | net profit growth | 1986 | 2.2 pct", "Nestle | growth rate | 1986 | 9.9 pct",
            "Nestle | revenue | 1986 | 38.05 billion"),
        periods("NESTLE SEEKING AUTHORISATION FOR CERTIFICATE ISSUE", "1987-03-20",
            "Nestle SA <NESZ.Z> said it\nwould seek shareholder approval to issue participation\ncertificates.\n"
                + "    Nestle reported net profits of 1.79 billion francs for\n1986, up 2.2 pct from 1985, while "
                + "turnover fell 9.9 pct to\n38.05 billion as the Swiss franc strengthened against other\n"
                + "currencies."));
  }

  /**
   * Reuters 10520: each change is of the quantity before its verb ("exports fell six pct as imports rose 10 pct":
   * not imports, the nearer), and all are 1987's, "up on the same 1986 period" being their base.
   */
  @Test
  void aQuantityWithAChangeOfItsOwnIsNotTheOneBefore() {
    assertEquals(List.of("Hungary | output growth | 1987 | 1.3 pct", "Hungary | shipments growth | 1987 | six pct",
            "Hungary | imports growth | 1987 | 10 pct"),
        periods("HUNGARIAN ECONOMY CONTINUES UNFAVOURABLE TREND", "1987-03-27", "Hungary's "
            + "economy and hard currency\ntrade have failed so far this year to reverse a two-year\nunfavourable "
            + "trend, the official Hungarian news agency MTI\nsaid.\n    Industrial production in January and "
            + "February was only 1.3\npct up on the same 1986 period, MTI said, while hard currency\nexports fell six "
            + "pct as imports rose 10 pct."));
  }

  /**
   * Reuters 8820: "up from 667 mln in 1985" is the prior figure's year, and the sales after it are of the year after
   * (1986), as the net profit is.
   */
  @Test
  void aFigureAfterAComparisonIsOfTheYearAfterIt() {
    assertEquals(List.of("Shell U.K. | pre-tax profit | 1986 | 869 mln stg", "Shell U.K. | pre-tax profit | 1985 | "
            + "2.12 billion", "Shell U.K. | net profit | 1986 | 757 mln stg",
            "Shell U.K. | net profit | 1985 | 667 mln",
            "Shell U.K. | revenue | 1986 | 6.57 billion stg"),
        periods("LOWER TAX OFFSETS LOWER SHELL U.K. UPSTREAM PROFIT", "1987-03-24", "<Shell U.K. "
            + "Ltd's> pre-tax profit on\nexploration and production operations fell to 869 mln stg in\n1986 from 2.12 "
            + "billion in 1985 due to the fall in oil prices\nlast year, Shell U.K. Finance director Nigel Haslam "
            + "said.\n    Earlier, Shell U.K., a subsidiary of Royal Dutch/Shell\n"
            + "Group <RD.AS>, reported an overall net profit of 757 mln stg,\nup from 667 mln in 1985, on sales of "
            + "6.57 billion stg."));
  }

  /**
   * Reuters 6438: "A year earlier" opening a sentence makes its figures the prior year's quarter (before, they were
   * all read as the current quarter and compared with it).
   */
  @Test
  void aYearEarlierOpeningASentenceIsItsFiguresPeriod() {
    assertEquals(List.of("Coopervision | net profit | 1987-Q1 | 64.6 mln dlrs", "Coopervision | revenue | 1987-Q1 | "
            + "94.4 mln dlrs", "Coopervision | net profit | 1986-Q1 | 7,300,000 dlrs", "Coopervision | revenue | "
            + "1986-Q1 | 85.4 mln dlrs"),
        periods("COOPERVISION <EYE> DELAYS ANNUAL MEETING", "1987-03-18", "CooperVision Inc "
            + "said it has\ndelayed its annual meeting to June 22 from May 14.\n    CooperVision today reported first "
            + "quarter net income of\n64.6 mln dlrs.  Sales were 94.4 mln dlrs.  A year earlier it\nearned 7,300,000 "
            + "dlrs, on sales of 85.4 mln dlrs."));
  }

  /**
   * Reuters 8094 and 20008: "Italy's national airline, Alitalia Spa" is Alitalia; a country's possessive before a
   * company noun and a name set off by commas names the company (before: Italy's figures).
   */
  @Test
  void aCountrysCompanyNamedInCommasIsTheSubject() {
    assertEquals(List.of("Alitalia | net profit growth | 14.6 pct", "Alitalia | growth rate | seven pct",
            "Alitalia | growth rate | 11.5 pct"),
        summaries("1987-03-22", "Italy's national airline, Alitalia Spa\n<AZPI.MI>, reporting a 14.6 pct rise in "
            + "provisional 1986 net\nprofit, said it carried seven pct more passengers on domestic\nroutes last year, "
            + "but 11.5 pct fewer passengers on flights from\nNorth America and Canada.\n    Alitalia said the drop in "
            + "North American traffic had been\ndue to a general fall in the numbers of American tourists\nvisiting "
            + "Europe caused by fears of terrorism."));
    assertEquals(List.of("Petronas | output | 540,000 barrels a day", "Petronas | output | 500,000 bpd"),
        summaries("1987-06-18", "Malaysia's national oil company,\nPetronas, has advised the government to raise "
            + "crude oil output\nto 540,000 barrels a day (bpd) in 1988 from a current 500,000\nbpd, a senior "
            + "company official said.\n    \"We have the capacity to produce the amount,\" Rastam Hadi,\nPetronas's "
            + "Vice-President for Upstream Sector said."));
  }

  /**
   * Reuters 130 (February 1987): "the year ended December 31" is 1986, the calendar year (it was the day 1987-12-31,
   * in the article's future), and its prior 1985; a year ending in another month is that fiscal year.
   */
  @Test
  void theYearEndedOnADayIsThatYear() {
    assertEquals(List.of("Coleco | net loss | 1986 | 111.2 mln dlrs", "Coleco | net profit | 1985 | 64.2 mln dlrs"),
        Extracted.claims(extractor, "COLECO INDUSTRIES <CLC> SEES PROFIT IN 1987", "1987-02-26", "Coleco Industries "
            + "Inc said\nit expects to return to profitability in 1987.\n    Earlier, Coleco reported a net loss of "
            + "111.2 mln dlrs for\nthe year ended December 31 compared to a profit of 64.2 mln\ndlrs in the year "
            + "earlier.\n", ReutersResultsTest::withPeriod));
    assertEquals(List.of("Tofutti Brands | net loss | FY ending 1986-07 | 658,000 dlrs"),
        Extracted.claims(extractor, "TOFUTTI BRANDS <TOF> SEES PROFIT", "1987-03-18", "Tofutti Brands Inc said it lost "
            + "658,000 dlrs in the year ended July 31.", ReutersResultsTest::withPeriod));
  }

  /** Reuters 6529: a table's "1st half" section is the first six months, not the headline's quarter. */
  @Test
  void aTablesFirstHalfIsSixMonths() {
    List<String> found = Extracted.claims(extractor, "<BASTIAN INDUSTRIES INC> 2ND QTR JAN 31 LOSS", "1987-03-18",
        "Net loss 1,321,000 vs loss 1,397,000\n    Sales 31.1 mln vs 29.2 mln\n    1st half\n    Net loss 94,000 vs "
            + "loss 1,745,000\n    Sales 63.0 mln vs 61.9 mln\n", ReutersResultsTest::withPeriod);
    assertEquals(List.of("Bastian | net loss | 1986-6M | 94,000", "Bastian | net loss | 1985-6M | 1,745,000",
        "Bastian | revenue | 1986-6M | 63.0 mln", "Bastian | revenue | 1985-6M | 61.9 mln"),
        found.stream().filter(claim -> claim.contains("-6M")).toList());
  }

  /** Reuters 983: "For the first nine months of 1986" is 1986's first nine months, not the year. */
  @Test
  void theFirstMonthsOfAYearAreNotTheYear() {
    List<String> found = periods("EQUATORIAL COMMUNICATIONS <EQUA> TO HAVE LOSSES", "1987-03-03",
        "    Equatorial in 1985 earned 1,807,000 dlrs after a 3,197,000\ndlr gain from early debt retirement on "
            + "revenues of 56.1 mln\ndlrs. For the first nine months of 1986, the company lost\n9,476,000 dlrs on "
            + "revenues of 45.4 mln dlrs.\n    It said it expects losses.");
    assertEquals(List.of("Equatorial | net loss | 1986-9M | 9,476,000 dlrs", "Equatorial | revenue | 1986-9M | 45.4 "
        + "mln dlrs"), found.stream().filter(claim -> claim.contains("-9M")).toList());
  }

  /** The claims of an article of this headline, date and text, each as "subject | metric | period | figure". */
  private List<String> periods(String title, String date, String text) {
    return Extracted.claims(extractor, title, date, text, ReutersResultsTest::withPeriod);
  }

  private static String withPeriod(crosscheck.model.Claim c) {
    return c.entity() + " | " + c.metric() + " | " + c.period().label() + " | " + c.valueText();
  }

  /**
   * Reuters 1391 and 1414: a quarter ended on a date is the calendar quarter that ends then: Zenith's third quarter
   * ended Sept 30, 1986 (read as the year 1986, which made a false conflict with its loss for the year) and Rockwell's
   * fiscal first quarter ended December 31 (read as the day December 31, 1987, after the story's date).
   */
  @Test
  void aQuarterEndedOnADateIsTheCalendarQuarterEndingThen() {
    assertEquals(List.of("Zenith Laboratories | net loss | 1986-Q3 | 3,451,000 dlrs",
            "Zenith Laboratories | earnings per share | 1986-Q3 | 16 cts"),
        periods("ZENITH LABS <ZEN> WILL REPORT 4TH QTR LOSS", "1987-03-03", "Zenith Laboratories Inc said the "
            + "company will report a fourth quarter loss.\n    For the third quarter ended Sept 30, 1986, Zenith "
            + "reported\na loss of 3,451,000 dlrs or 16 cts per share."));
    assertEquals(List.of("Rockwell | net profit | 1986-Q4 | 149.4 mln dlrs"), periods("ROCKWELL <ROK> SEES "
        + "IMPROVEMENT IN 1987", "1987-03-03", "Rockwell reported net earnings in its first quarter ended December 31 "
        + "of 149.4 mln dlrs.").subList(0, 1));
  }

  @Test
  void aLowerCaseShrIsEarningsPerShare() {
    assertEquals(List.of("Biomet | earnings per share | 49 cts", "Biomet | earnings per share | 36"),
        summaries("1987-04-03", "Nine Months\n    Biomet Inc shr 49 cts vs 36"));
  }

  @Test
  void earningsPerShareNeedNotStandBesideTheFigure() {
    assertEquals(List.of("Irving Bank | earnings per share | 1.51 dlrs", "Irving Bank | earnings per share | 1.62"),
        summaries("1987-04-13", "Irving Bank Corp reported its first quarter results.\n    Earnings per share "
            + "dropped to 1.51 dlrs from 1.62."));
  }

  @Test
  void theWordBetweenAResultsLinesFiguresTurnsALossIntoAProfit() {
    assertEquals(List.of("Basix | operating loss | 768,000", "Basix | operating profit | 1,962,000"),
        summaries("1987-03-02", "Basix Corp said:\n    Oper net loss 768,000 vs profit 1,962,000"));
    // Reuters 2748 (hand check 51e73c5 row 10): "Oper net profit" was net profit, the longer cue winning, and
    // conflicted with the net of 1,051,000 that includes an extraordinary profit of 423,000
    assertEquals(List.of("SUN Electric | operating profit | 628,000", "SUN Electric | operating loss | 1,234,000"),
        summaries("1987-03-10", "SUN Electric Corp said:\n    Oper net profit 628,000 vs loss 1,234,000"));
    // Reuters 4974 (hand check e7b7e01 row 6): "vs oper loss" pairs the prior figure, a year before
    assertEquals(List.of("Fairchild | operating earnings per share | 1986-Q4 | 44 cts",
            "Fairchild | operating earnings per share | 1985-Q4 | eight cts"),
        periods("FAIRCHILD INDUSTRIES <FEN> 4TH QTR LOSS", "1987-02-26", "Fairchild Industries Inc said:\n"
            + "    Oper shr loss 44 cts vs oper loss eight cts"));
  }

  @Test
  void aBanksInterestIncomeIsAMetricOfItsOwn() {
    assertEquals(List.of("Chemical New York | net interest income | 476.4 mln dlrs",
            "Chemical New York | net interest income | 488.9 mln"),
        summaries("1987-04-13", "Chemical New York Corp said net interest income fell to 476.4 mln dlrs from "
            + "488.9 mln."));
  }

  @Test
  void lostAndGainAndJumpAreResultsAndChanges() {
    assertEquals(List.of("Purolator Courier | net loss | 120 mln dlrs"), summaries("1987-03-02",
        "Purolator Courier Corp agreed to be acquired.\n    \"Purolator lost 120 mln dlrs over the last two years largely due to U.S. courier operations,\" said Idsal."));
    assertEquals(List.of("Honeywell | operating profit growth | 20.1 pct"), summaries("1987-04-13",
        "Honeywell Inc said a gain of 20.1 pct in its 1987 first quarter operating earnings was the result of cost "
            + "cutting efforts which began last year."));
  }

  @Test
  void aPercentBelowAnotherFigureIsAFall() {
    assertEquals(List.of("Chemical New York | net profit (hypothetical) | 98.2 mln dlrs",
            "Chemical New York | net profit growth | 4.3 pct"),
        summaries("1987-04-13", "Chemical New York Corp said its net income would have been 98.2 mln dlrs, or 4.3 "
            + "pct below 1986 earnings."));
  }

  @Test
  void aStakeRulesOutItsOwnPercentNotThePriceOfTheDeal() {
    assertEquals(List.of("RMJ | deal value | about 79 mln dlrs"), summaries("1987-03-02",
        "<Exco International Plc> said it had agreed in principle to buy an 80 pct stake in <RMJ Holdings Corp> "
            + "for about 79 mln dlrs."));
  }

  @Test
  void pricesMarketsAssetsAndReservesAreNoClaims() {
    assertEquals(List.of("Diagnostic Retrieval | deal value | about 53 mln dlrs"), summaries("1987-03-02",
        "Diagnostic Retrieval Systems Inc said it has made an offer to acquire all outstanding shares of Rospatch "
            + "Corp's common stock for 22 dlrs a share cash, or about 53 mln dlrs."));
    assertEquals(List.of(), summaries("1987-03-02", "RMJ Securities had offices in New York, where total market "
        + "turnover of U.S. Government securities was 110 billion dlrs a day."));
    assertEquals(List.of("B and R | pre-tax profit | 855,000 dlrs"), summaries("1987-03-02", "B and R posted "
        + "pretax profit of 855,000 dlrs in the year to Dec 31, 1986 when it had net tangible assets of 563,000 dlrs."));
    assertEquals(List.of("Nestle | dividend | 145 francs"), summaries("1987-03-20", "Nestle SA planned an unchanged "
        + "dividend of 145 francs per share after placing 170 mln francs in reserves, against 95 mln last year."));
  }

  /**
   * Reuters 9959 and 7141 (and 9886, hand check bdb4593 row 33): "per share" right after a figure names earnings per
   * share unless the words after it end in a dividend: "The two cts per share quarterly cash dividend" is a dividend;
   * "earned 35 cts per share in the quarter" stays earnings.
   */
  @Test
  void aPerShareFigureBeforeADividendIsTheDividend() {
    assertEquals(List.of("Pier 1 Imports | dividend | two cts"), Extracted.claims(extractor, "PIER 1 IMPORTS <PIR> "
        + "DECLARES STOCK SPLIT", "1987-03-26", "Pier 1 Imports Inc said its board declared a three-for-two split of "
        + "its common stock. The two cts per share quarterly cash dividend will be payable May 29 to shareholders of "
        + "record May 13.", Extracted::subjectMetricValue));
    // (its "two pct stock dividend" is still read as a growth rate)
    assertEquals(List.of("Countrywide Credit | dividend | eight ct", "Countrywide Credit | dividend | seven cts"),
        summaries("1987-03-19", "Countrywide Credit Industries Inc said its board declared an eight ct per share "
            + "quarterly dividend, up from seven cts last quarter, and a two pct stock dividend.").stream()
            .filter(claim -> claim.contains("| dividend |")).toList());
    assertEquals(List.of("Culp | earnings per share | 35 cts"), summaries("1987-04-08", "Culp Inc earned 35 cts per "
        + "share in the quarter."));
  }

  /**
   * Reuters 13191: the prior figure of a pair in cents is in cents when written bare and whole ("49 cts vs 36" is 36
   * cents, as "Final div 30 cents vs 10" is ten cents, not ten dollars); one with decimals after dollars stays in
   * dollars ("3.55 dlrs vs 1.66").
   */
  @Test
  void aBarePriorAfterAFigureInCentsIsInCents() {
    List<String> values = Extracted.claims(extractor, "U.S. COMPANY EARNINGS HIGHLIGHTS", "1987-04-03", "Nine Months\n"
        + " Biomet Inc shr 49 cts vs 36\n Federal Co shr 3.55 dlrs vs 1.66\n",
        c -> c.valueText() + " = " + c.value() + " " + c.unit());
    assertEquals(List.of("49 cts = 0.49 USD", "36 = 0.36 USD", "3.55 dlrs = 3.55 USD", "1.66 = 1.66 USD"), values);
  }

  /** Reuters 10448 and 11907: a bond's yield or coupon and a bank's lending rate are no growth of anything. */
  @Test
  void yieldsCouponsAndLendingRatesAreNoClaims() {
    List<String> seven = summaries("1987-03-27", "Seven-Up Cos, a unit of Philip Morris Cos Inc, is raising 155.78 "
        + "mln dlrs via an offering of senior subordinated notes due 1997 yielding 12-1/8 pct, said lead underwriter "
        + "Donaldson, Lufkin and Jenrette Securities Corp.");
    assertTrue(seven.stream().noneMatch(claim -> claim.endsWith("12-1/8 pct")), seven::toString);
    assertEquals(List.of(), summaries("1987-04-01", "Manufacturers Hanover Trust Co became the third major U.S. bank "
        + "to increase its prime rate to 7-3/4 pct from 7-1/2, matching a move initiated yesterday by Citibank."));
  }

  @Test
  void aNoteOfWhatAResultExcludesListsItemsNotResults() {
    assertEquals(List.of("Basix | revenue | 175.3 mln", "Basix | revenue | 140.7 mln"),
        summaries("1987-03-02", "Basix Corp said:\n    Revs 175.3 mln vs 140.7 mln\n    Note: Oper excludes loss "
            + "from discontinued operations of\n4,676,000 dlrs or 48 cts a share for year-ago qtr and 7,571,000\ndlrs "
            + "or 78 cts a share for year-ago 12 mths."));
  }

  /**
   * Reuters 11633: a correction's headline names the company past its mark ("CORRECTED-"), so that its figures meet
   * those of the story it corrects (11320: "Oper net 3,345,000"), not a company called "Corrected-Elder-Beerman".
   */
  @Test
  void aCorrectionIsAboutTheCompanyItsHeadlineNames() {
    assertEquals(List.of("Elder-Beerman Stores | operating profit | 1986-Q4 | 3,348,000",
            "Elder-Beerman Stores | operating profit | 1985-Q4 | 4,885,000"),
        periods("CORRECTED-ELDER-BEERMAN STORES CORP<ELDR>4TH QTR", "1987-03-31",
            "Feb One end\n    Oper net 3,348,000 vs 4,885,000"));
  }

  /**
   * Reuters 17937 (hand check 5cb127f row 11): "in the same period last year" is the same period a year before, not
   * last year as a whole, so the first quarter's profit is not compared with 1986's.
   */
  @Test
  void theSamePeriodLastYearIsAYearBeforeTheFiguresPeriod() {
    assertEquals(List.of("Hoechst | pre-tax profit | 1987-Q1 | 686 mln marks",
            "Hoechst | pre-tax profit | 1986-Q1 | 649 mln"),
        periods("HOECHST FIRST QUARTER PROFITS RISE", "1987-04-29", "Hoechst AG said first quarter group pre-tax "
            + "profits rose to 686 mln marks from 649 mln in the same period last year."));
  }

  /**
   * Reuters (a U.S. GNP forecast, hand check 5cb127f row 25; Treasury bill auctions, row 24): "next quarter" is no
   * quarter the article reports, "next year" the year after the article's, and "six-month bills" a maturity, no
   * period of six months.
   */
  @Test
  void nextQuarterNextYearAndABillsMaturity() {
    assertEquals(List.of("U.S. | GNP growth | 1987-Q1 | 2.4 pct", "U.S. | growth rate | unresolved | 2.1 pct"),
        periods("U.S. ECONOMY SEEN SLOWING", "1987-03-30", "U.S. GNP growth in the first quarter is put at a "
            + "2.4 pct annual rate, slowing to 2.1 pct next quarter."));
    assertEquals(List.of("U.S. | growth rate (forecast) | 1988 | up to 2.75 pct",
            "U.S. | growth rate (forecast) | 1987 | 2.5 pct"),
        periods("", "1987-04-09", "The U.S. economic growth rate is expected to edge up to 2.75 pct next year from "
            + "2.5 pct this year and last."));
  }

  /**
   * Reuters 16865 (hand check 6f7d3f0 row 23): a quarter's table's "12 mths" are the twelve months to that quarter,
   * not a calendar year, so two tables' different twelve months do not conflict.
   */
  @Test
  void aQuartersTwelveMonthsAreNoCalendarYear() {
    assertEquals(List.of("Dominion Resources | revenue | 1987-Q1 | 831 mln",
            "Dominion Resources | revenue | 1986-Q1 | 764 mln",
            "Dominion Resources | revenue | 12 months to 1987-Q1 | 3.14 billion",
            "Dominion Resources | revenue | 12 months to 1986-Q1 | 2.77 billion"),
        periods("DOMINION RESOURCES INC <D> 1ST QTR NET", "1987-04-17",
            "Revs 831 mln vs 764 mln\n    12 mths\n    Revs 3.14 billion vs 2.77 billion"));
  }

  /**
   * Reuters (Norway's wholesale prices; hand check 51e73c5 row 21): an index's base year is no period (before, both
   * figures were 1981's).
   */
  @Test
  void anIndexsBaseYearIsNoPeriod() {
    List<String> norway = periods("NORWAY WHOLESALE PRICES RISE", "1987-03-16", "Norway's wholesale price index "
        + "(base 1981) rose 0.5 pct in February to 136.0 after a 1.7 pct rise in January to 135.0, the Central Bureau "
        + "of Statistics said.");
    assertEquals(2, norway.size(), norway::toString);
    assertTrue(norway.stream().noneMatch(c -> c.contains("1981")), norway::toString);
  }
}
