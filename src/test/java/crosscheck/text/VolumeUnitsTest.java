package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.config.ConfigLoader;
import crosscheck.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Volumes on real sentences of the Reuters and BBC corpora: the metric and unit come from the words near the figure,
 * and a count is never money.
 */
class VolumeUnitsTest {

  private final ClaimExtractor extractor = new ClaimExtractor(ConfigLoader.load(null));

  /** Each claim as "value as written | metric | unit". */
  private List<String> volumes(String date, String text) {
    return Extracted.claims(extractor, "", date, text, c -> c.valueText() + " | " + c.metric() + " | " + c.unit());
  }

  /** Reuters 11738 and an EC sugar story: a figure followed by a name counts no unit ("Liposome", "Ecus"). */
  @Test
  void aNameAfterAFigureIsNoUnit() {
    assertEquals(List.of(), volumes("1987-03-20", "Lilly said it sold 400,000 Liposome common shares on March 17 at "
        + "eight dlrs each."));
    assertEquals(List.of(), volumes("1987-03-20", "Producers say they have been losing 2.5 to 3.0 Ecus on every 100 "
        + "kilos exported due to the failure of rebates."));
  }

  @Test
  void barrelsPerDayAndBpdAreOneUnit() {
    assertEquals(List.of("3.5 mln barrels per day | output | barrels per day", "3.8 mln bpd | output | barrels per day"),
        volumes("1987-03-02", "Saudi crude oil output last month fell to an average of 3.5 mln barrels per day "
            + "(bpd) from 3.8 mln bpd in January, Gulf oil sources said."));
  }

  @Test
  void thePriorFigureOfAPairCountsWhatTheFirstCounts() {
    assertEquals(List.of("1.9 mln bpd | shipments | barrels per day", "2.2 mln | shipments | barrels per day"),
        volumes("1987-03-02", "They said exports from the Ras Tanurah and Ju'aymah terminals in the Gulf fell to "
            + "an average 1.9 mln bpd last month from 2.2 mln in January because of lower liftings by some "
            + "customers."));
  }

  @Test
  void refineryThroughputIsOutput() {
    assertEquals(List.of("1.1 mln bpd | output | barrels per day", "1.2 mln | output | barrels per day"),
        volumes("1987-03-02", "The sources said total Saudi refinery throughput fell slightly in February to an "
            + "average 1.1 mln bpd from 1.2 mln in January because of cuts at the Yanbu and Jubail export "
            + "refineries."));
  }

  @Test
  void aQuotaIsNoOutput() {
    assertEquals(List.of(), volumes("1987-03-02", "Saudi Arabia has an Opec quota of 4.133 mln bpd under a "
        + "production restraint scheme approved by the 13-nation group last December."));
  }

  @Test
  void figuresListedBeforeOneUnitCountIt() {
    assertEquals(List.of("27,510 | shipments | tonnes", "57,450 tonnes | shipments | tonnes"),
        volumes("1987-02-26", "Thailand exported 84,960 tonnes of rice. It said government and private exporters "
            + "shipped 27,510 and 57,450 tonnes respectively.").subList(1, 3));
  }

  @Test
  void tonnesSoldInAdvanceAreOrdersNotMoney() {
    assertEquals(List.of("79,448 tonnes | orders | tonnes", "79,014 | orders | tonnes"),
        volumes("1987-02-26", "Thailand exported 84,960 tonnes of rice. Private exporters concluded advance weekly "
            + "sales for 79,448 tonnes against 79,014 the previous week.").subList(1, 3));
  }

  @Test
  void commitmentsToExportAreOrders() {
    assertEquals(List.of("658,999 tonnes | orders | tonnes"), volumes("1987-02-26",
        "Thailand has commitments to export another 658,999 tonnes this year."));
  }

  @Test
  void aUnitNamedBeforeAScaledFigureInItsClauseIsWhatItCounts() {
    assertEquals(List.of("8% | growth rate | %", "4.7 million | deliveries | vehicles", "4% | growth rate | %",
        "142bn euros | revenue | EUR"), volumes("2005-02-17", "Overall, DaimlerChrysler saw worldwide vehicle sales "
            + "rise 8% to 4.7 million in 2004 while total revenues added 4% to 142bn euros."));
  }

  @Test
  void aFigureWithNoUnitGoesOnCountingWhatThePreviousSentenceCounted() {
    assertEquals(List.of("3.9 million units | deliveries (total) | units", "3.1% | growth rate | %",
        "1.06 million | deliveries | units"), volumes("2005-01-11", "Sales totalled 3.9 million units worldwide "
            + "during 2004, the company said at the Detroit Motor Show. A switch to new models hit luxury marque "
            + "Mercedes-Benz, with sales down 3.1% at 1.06 million."));
  }

  @Test
  void anAdjectiveMayStandBetweenAFigureAndItsUnit() {
    assertEquals(List.of("about 100 new planes | deliveries | aircraft"), volumes("2005-02-04",
        "At the end of this year, Ryanair will have taken delivery of about 100 new planes."));
  }

  @Test
  void railCarloadingsAreShipmentsOfCars() {
    assertEquals(List.of("26,108 cars | shipments (total) | cars"), volumes("1987-02-26",
        "U.S. grain carloadings totaled 26,108 cars in the week ended February 21."));
  }

  @Test
  void aNumberJoinedToAModelNameCountsNothing() {
    assertEquals(List.of(), volumes("1987-03-02", "Jaguar Plc is about to sell its new XJ-6 model on the U.S. "
        + "And Japanese markets."));
    assertEquals(List.of("70 Boeing 737-800 planes | orders | aircraft"), volumes("2005-02-04",
        "Budget airline Ryanair has placed an order for 70 Boeing 737-800 planes."));
  }

  @Test
  void aWireStorysNextParagraphKeepsTheCountryItsLeadNamed() {
    List<String> subjects = extractor.extract(new Article("a", "a.txt", "", "1987-03-02", "", "",
        "Argentine crude oil production was down 10.8 pct in January 1987 to 12.32 mln barrels, from 13.81 mln "
            + "barrels in January 1986, Yacimientos Petroliferos Fiscales said.\n\nJanuary 1987 natural gas output "
            + "totalled 1.15 billion cubic metrers, 3.6 pct higher than 1.11 billion cubic metres produced in January "
            + "1986, Yacimientos Petroliferos Fiscales added.")).claims().stream()
        .filter(c -> c.unit().equals("cubic metres")).map(c -> c.entity()).toList();
    assertEquals(List.of("Argentina", "Argentina"), subjects);
  }

  @Test
  void aPairSplitByACommaLooksForTheFirstFiguresUnitInItsOwnClause() {
    assertEquals(List.of(), volumes("1987-04-09", "Capital expenditure was 24.0 mln, against 33.4 mln."));
  }

  /**
   * Reuters car sales stories (hand check 5cb127f rows 22, 38): an unscaled pair in prose, in a sentence that names no
   * money, counts things; never dollars of revenue, as a results table's "Net 8,349,000 vs 6,187,000" is.
   */
  @Test
  void anUnscaledPairInProseIsNoMoney() {
    assertEquals(List.of("15.5 pct | growth rate | %"),
        volumes("1987-04-02", "Nissan said late-March U.S. truck sales increased 15.5 pct to 3,567 from 3,089."));
    assertEquals(List.of("42.5 pct | growth rate | %", "2,734 cars | deliveries | cars"),
        volumes("1987-03-03", "Volkswagen said car sales for the February 21 to 28 period fell 42.5 pct to 1,572 "
            + "from 2,734 cars in the same period last year."));
  }
}
