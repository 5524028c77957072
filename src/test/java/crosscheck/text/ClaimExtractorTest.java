package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.config.ConfigLoader;
import crosscheck.model.Article;
import crosscheck.model.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences from the seed articles and others shaped like them. */
class ClaimExtractorTest {

  private final ClaimExtractor extractor = new ClaimExtractor(ConfigLoader.load(null));

  private List<Claim> claims(String date, String text) {
    return extractor.extract(new Article("a", "a.txt", "", date, "", "", text)).claims();
  }

  private static String summary(Claim c) {
    return c.entity() + " | " + c.metric() + " | " + c.period().label() + " | " + c.valueText();
  }

  private List<String> summaries(String date, String text) {
    return claims(date, text).stream().map(ClaimExtractorTest::summary).toList();
  }

  @Test
  void theSegmentIsTheUnitTheArticleIsAbout() {
    assertEquals(List.of(
            "Alibaba Cloud | growth rate | 2021-Q1 | 37%",
            "Alibaba Cloud | revenue | 2021-Q1 | $2.56 billion",
            "Alibaba Cloud | share of group revenue | 2020-Q1 | 11%",
            "Alibaba Cloud | share of group revenue | 2021-Q1 | 9%"),
        summaries("2021-05-17", "Why It's Important: Alibaba's cloud computing business is among the company's "
            + "fastest-growing. Despite growing 37% year-over-year to $2.56 billion in the March quarter, the "
            + "segment's share of the total revenues in the March quarter dropped from 11% in 2020 to 9% in 2021."));
  }

  @Test
  void parentheticalConversionIsOneClaimWithTwoValues() {
    List<Claim> found = claims("2021-05", "Alibaba Cloud is growing. Last week the company said the revenue from "
        + "its cloud business grew 37% year on year to RMB 16.7 billion (around $2.6 billion) in the first quarter.");
    assertEquals(2, found.size());
    Claim revenue = found.get(1);
    assertEquals("RMB 16.7 billion (around $2.6 billion)", revenue.valueText());
    assertEquals("CNY", revenue.unit());
    assertEquals("16700000000", revenue.value());
    assertEquals("2600000000", revenue.convertedValue());
    assertEquals("USD", revenue.convertedUnit());
    assertEquals("USD", revenue.compareUnit());
    assertTrue(revenue.low() < 2.56e9 && revenue.high() > 2.65e9, "'around' widens the conversion");
  }

  @Test
  void offsetsPointIntoTheArticleText() {
    String text = "Alibaba Cloud news.\nThe contract is worth approximately $800 million per year, said the "
        + "sources of the Chinese financial media.";
    Claim c = claims("2021-05", text).get(0);
    assertEquals("approximately $800 million", text.substring(c.start(), c.end()));
    assertEquals("a#" + String.format("%07d", text.indexOf("$800")), c.id());
  }

  @Test
  void contractValueBelongsToTheContract() {
    assertEquals(List.of("TikTok/ByteDance contract with Alibaba Cloud | deal value | per year | $800 million"),
        summaries("2021-05-17", "The termination of the TikTok deal outside of China would cost Alibaba $800 "
            + "million in revenues per year, Nikkei said."));
  }

  @Test
  void companyNameInACloudParagraphMeansTheCloudUnit() {
    assertEquals(List.of("Alibaba Cloud | market share | as of 2021-05 | more than 40%",
            "Alibaba Cloud | rank | as of 2021-05 | third-largest"),
        summaries("2021-05", "According to market research firm IDC, Alibaba is China’s largest cloud service "
            + "provider. Its market share is more than 40%. Alibaba is also the world’s third-largest cloud service "
            + "provider after Amazon and Microsoft."));
  }

  @Test
  void sharePriceMovesAndCountsAreNotClaims() {
    assertTrue(claims("2021-05-17", "BABA Price Action: Alibaba shares were rising 0.48% to $210.51 Monday at "
        + "publication.").isEmpty());
    assertTrue(claims("2018-09-02", "The company pushed aggressively to expand in the US, building two data "
        + "centers in the country. It pledged to provide 1 million jobs in the US.").isEmpty());
    assertTrue(claims("2021-06", "In February the company announced the first profitable quarter for its cloud "
        + "division after 11 years of operation.").isEmpty());
  }

  /** Durations are no volumes, whatever metric the sentence names (Reuters 1987, BBC 2004). */
  @Test
  void durationsAreNoVolumes() {
    assertTrue(claims("1987-03-02", "The company said deliveries are expected to start in 18 months and be "
        + "completed 12 months later.").isEmpty());
    assertTrue(claims("2004-12-01", "Under the agreement, Metlife will be able to sell its products through "
        + "Citigroup over the next 10 years.").isEmpty());
    List<Claim> tin = claims("1987-03-02", "Zaire agreed to limit its tin exports to 1,736 tonnes for 12 months from "
        + "March 1.");
    assertEquals(List.of("Zaire tin shipments 1,736 tonnes"),
        tin.stream().map(c -> c.entity() + " " + c.metric() + " " + c.valueText()).toList(), "the tonnes only");
  }

  @Test
  void aRankNeedsItsSubjectNamedAndNotAsTheScope() {
    assertEquals(List.of("Greater China | rank | 2020 | fifth-largest"), summaries("2021-06", "Alibaba Cloud is "
        + "growing. Greater China overtook Japan as Google’s fifth-largest global market in 2020."));
  }

  @Test
  void aFollowUpSentenceKeepsThePeriodAndSubject() {
    assertEquals(List.of(
            "Alibaba Cloud | revenue | 2020 | about 55.58 billion yuan ($8.6 billion)",
            "Alibaba Cloud | growth rate | 2020 | 56%",
            "Chinese cloud industry | growth rate | 2020 | some 50%",
            "Alibaba Cloud | growth rate | 2021-Q1 | 37%"),
        summaries("2021-06", "In the first quarter of the year, Alibaba Cloud’s revenue growth dipped.\n\n"
            + "Last year the domestic leader, part of the group that includes e-commerce giant Alibaba and an "
            + "affiliate of financial services titan Ant Group Co. Ltd., made about 55.58 billion yuan ($8.6 "
            + "billion). That was up 56% year-on-year — above the average for Chinese cloud firms of some 50%. In "
            + "the first quarter of this year, income growth dropped to 37%."));
  }

  @Test
  void fullYearNotYetOverIsTheFiscalYear() {
    List<String> found = summaries("2021-05", "Alibaba Cloud saw 37 percent year-on-year revenue growth for the "
        + "March quarter to RMB 16.8 billion ($2.6 billion), and 50 percent total growth year-on-year in 2021 to "
        + "RMB 60.1 billion ($9.2 billion).");
    assertEquals(List.of(
        "Alibaba Cloud | growth rate | 2021-Q1 | 37 percent",
        "Alibaba Cloud | revenue | 2021-Q1 | RMB 16.8 billion ($2.6 billion)",
        "Alibaba Cloud | growth rate | FY ending 2021-03 | 50 percent",
        "Alibaba Cloud | revenue | FY ending 2021-03 | RMB 60.1 billion ($9.2 billion)"), found);
  }

  @Test
  void lossAndFineAreToldApart() {
    List<String> found = summaries("2021-05", "Alibaba posted its first quarterly loss.\n\nThe whole company "
        + "announced a loss of RMB7.6 billion ($1.1 billion) due to a RMB 18.2 billion ($2.78 billion) fine levied "
        + "by China’s State Administration for Market Regulation.");
    assertEquals(List.of("Alibaba Group | net loss | unresolved | RMB7.6 billion ($1.1 billion)",
        "Alibaba Group | fine | unresolved | RMB 18.2 billion ($2.78 billion)"), found);
  }

  @Test
  void withoutADateRelativePeriodsAreNotGuessed() {
    List<Claim> found = claims("", "Alibaba Cloud results. The growth of its cloud business in the first quarter "
        + "last year was 58%.");
    assertEquals(1, found.size());
    assertFalse(found.get(0).period().resolved());
    assertTrue(found.get(0).groupKey().endsWith("|a"), "unresolved claims are never grouped across articles");
  }

  @Test
  void aWrittenSignIsKeptAndAFallWordDoesNotTurnItBack() {
    // bbc_business style: "like-for-like sales showed a growth rate of -0.1%".
    List<Claim> written = claims("2005-02-10", "Tesco said its like-for-like sales growth was -12% in 2004.");
    assertEquals(-12.5, written.get(0).low());
    List<Claim> down = claims("2005-02-10", "Tesco said its like-for-like sales were down 12% in 2004.");
    assertEquals(-12.5, down.get(0).low());
    List<Claim> both = claims("2005-02-10", "Tesco said its like-for-like sales fell -12% in 2004.");
    assertEquals(-12.5, both.get(0).low());
    List<Claim> up = claims("2005-02-10", "Tesco said its like-for-like sales growth was 12% in 2004.");
    assertEquals(11.5, up.get(0).low());
  }

  @Test
  void aFigureTooLargeToCompareIsDroppedWithItsPlace() {
    ClaimExtractor.Extraction e = extractor.extract(new Article("a", "a.txt", "", "2005-02-10", "", "",
        "Tesco said its revenue was 1.2e300 pounds in 2004. Its net profit was £1.2bn in 2004."));
    assertEquals(List.of("Tesco | net profit | 2004 | £1.2bn"), e.claims().stream().map(ClaimExtractorTest::summary)
        .toList());
    assertEquals(1, e.dropped().size());
    assertEquals("a.txt", e.dropped().get(0).file());
    assertEquals("sentence 0, offset 27: figure '1.2e300 pounds' is 1.2E+300 GBP, beyond max_value 1E+15 of "
        + "numbers.json: no claim", e.dropped().get(0).reason());
  }
}
