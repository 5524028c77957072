package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.config.ConfigLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deal values, fines and results on sentences of BBC business stories (2004-05): whose figure each is (a deal's is
 * the company bought or sold) and what it measures.
 */
class DealsAndResultsTest {

  private final ClaimExtractor extractor = new ClaimExtractor(ConfigLoader.load(null));

  private List<String> claims(String title, String text) {
    return Extracted.claims(extractor, title, "", text, Extracted::subjectMetricValue);
  }

  @Test
  void aBusinessSoldIsTheDealsSubject() {
    assertEquals(List.of("Lensworth | deal value | A$846m"),
        claims("", "Fosters has cash available, after getting A$846m from selling property business Lensworth."));
  }

  @Test
  void theNameThatDescribingWordsLeadToIsTheTarget() {
    assertEquals(List.of("Robert Mondavi | deal value | $1bn"),
        claims("", "Since then, Constellation has paid $1bn for US wine maker Robert Mondavi, bought last month."));
  }

  @Test
  void aProposalThatValuesTheClubIsADeal() {
    assertEquals(List.of("Malcolm Glazer | deal value | £800m ($1.5bn)"),
        claims("Shares rise on new Man Utd offer", "Shares in Manchester United closed up 4.75% on Monday "
            + "following a new offer from US tycoon Malcolm Glazer. The board of the football club is expected to "
            + "meet early this week to discuss the latest proposal, which values the club at £800m ($1.5bn)."));
  }

  @Test
  void offeredAndAgreementAreDealWords() {
    assertEquals(List.of("Deutsche Boerse | deal value | £1.3bn"),
        claims("", "The LSE met rival Deutsche Boerse. Deutsche Boerse previously offered £1.3bn, which was "
            + "rejected by the LSE."));
    assertEquals(List.of("Lenovo | deal value | $1.75bn"),
        claims("", "Lenovo signed a deal to buy the PC division of IBM. If the $1.75bn agreement Lenovo signed "
            + "with IBM on 8 December goes through, it will mark the end of an era."));
  }

  @Test
  void aBareProfitIsTheMeasureTheArticleReportedLast() {
    assertEquals(List.of(
            "Mercedes-Benz | operating profit | 785m euros",
            "Mercedes-Benz | operating profit | 20m euros",
            "Chrysler | operating loss | 506m euros",
            "Chrysler | operating profit | 1.4bn euros",
            "DaimlerChrysler | net profit | 2.5bn euros"),
        claims("", "The German-US carmaker saw fourth quarter operating profits fall to 785m euros. "
            + "Mercedes-Benz's woes - its profits slid to just 20m euros - obscured a strong performance. "
            + "Chrysler transformed a full year operating loss of 506m euros in 2003 into a 1.4bn euros profit last "
            + "year. DaimlerChrysler boosted net income to 2.5bn euros."));
  }

  /**
   * BBC 117 (undated): "from 2.4bn euros in 2003" pairs across the conversion in brackets, 2003 is the prior
   * figure's, and the current one is the fourth quarter of the year after (before: both 2003-Q4, no pair).
   */
  @Test
  void aPriorFigureAfterAConversionIsStillThePriorOne() {
    assertEquals(List.of("Mercedes | operating profit | 2004-Q4 | 785m euros ($1bn)",
            "Mercedes | operating profit | 2003-Q4 | 2.4bn euros"),
        Extracted.claims(extractor, "Car giant hit by Mercedes slump", "", "A slump in profitability at luxury car "
            + "maker Mercedes has prompted a big drop in profits at parent DaimlerChrysler.\n\nThe German-US carmaker "
            + "saw fourth quarter operating profits fall to 785m euros ($1bn) from 2.4bn euros in 2003.",
            c -> c.entity() + " | " + c.metric() + " | " + c.period().label() + " | " + c.valueText()));
  }

  /** Reuters 4893: of two deals in one sentence, each price is for the company bought in its own clause. */
  @Test
  void eachPriceIsForTheTargetNamedBesideIt() {
    assertEquals(List.of("Six Flags | deal value | 147.4 mln dlrs", "Great America | deal value | 113.2 mln dlrs"),
        claims("BALLY <BLY> CONSIDERING SALE OF SIX FLAGS", "    Bally acquired Six Flags for 147.4 mln dlrs in "
            + "January 1982\nfrom Penn Central Corp. Bally bought the Great America theme\npark in Gurnee, Ill., in "
            + "May 1984 for 113.2 mln dlrs from\nMarriott Corp <mhs>.\n    It said it has no buyer yet."));
  }

  /** Reuters 15035 and 11078: a number of shares is no money, whatever deal word stands beside it (before: a deal). */
  @Test
  void aNumberOfSharesIsNoDeal() {
    assertEquals(List.of(), claims("ASARCO <AR> COMPLETES SHARE OFFERING", "Asarco Inc said it completed the sale "
        + "of four mln shares of Asarco common stock to an underwriting group led by First Boston Corp."));
    assertEquals(List.of(), claims("", "Investor Paul Bilzerian, who has said he may seek control of Pay 'n Pak "
        + "Stores Inc, said he raised his stake in the company to one mln shares, or 9.9 pct of the total, from "
        + "721,900 shares, or 7.2 pct."));
  }

  @Test
  void aPossessorBeforeARankIsItsScopeNotTheSubject() {
    assertEquals(List.of("ACC | rank | second-largest", "ACC | market share | 13%"),
        claims("", "ACC is India's second-largest cement maker with an annual capacity of 18.2 million tonnes and "
            + "a market share of 13%."));
  }

  @Test
  void aLawsuitIsTheClaimantsNotTheDefendantsNorWhereItIsFiled() {
    assertEquals(List.of("Yukos | fine | $28bn"),
        claims("Yukos loses US bankruptcy battle", "Yukos has said it will fight on. It has also threatened to sue "
            + "the Russian government for $28bn."));
    assertEquals(List.of("Yukos | fine | $20bn"),
        claims("", "Yukos is in a dispute with Rosneft. The company is also seeking $20bn in a separate US lawsuit "
            + "against Rosneft and Gazprom for their role in the sale of Yugansk."));
  }

  @Test
  void namesInADashedAsideAreNotTheSubjectNorIsAUsDivision() {
    assertEquals(List.of(
            "Chrysler | growth rate | 5%",
            "Chrysler | operating loss | 506m euros",
            "Chrysler | operating profit | 1.4bn euros"),
        claims("", "In contrast, Chrysler enjoyed a 5% annual increase in unit sales. The US division - whose "
            + "marques include Dodge and Jeep - transformed a full year operating loss of 506m euros in 2003 into a "
            + "1.4bn euros profit last year."));
  }

  @Test
  void aBodysBracketedShortFormIsTheBodyAndAnInvestmentWorthIsAnInvestment() {
    assertEquals(List.of(
            "Chile | net profit | $14.2bn",
            "Chile | investment (forecast) | $10bn",
            "Chile | output growth (forecast) | 3.5%",
            "Chile | net profit growth (forecast) | 10.7%"),
        claims("", "Chile's copper industry has registered record earnings of $14.2bn in 2004, the governmental "
            + "Chilean Copper Commission (Cochilco) has reported. Mr Cartagena said the industry expects to see "
            + "investment worth $10bn over the next three years. Production in Chile is expected rise 3.5% in 2005. "
            + "Cochilco forecasts export earnings will fall 10.7%."));
  }

  @Test
  void aTaxBillIsNoDeal() {
    assertEquals(List.of(),
        claims("", "Yugansk was sold to help pay off a $27.5bn (£14.5bn) back tax bill."));
  }
}
