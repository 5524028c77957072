package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.config.ConfigLoader;
import crosscheck.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results as Reuters wrote them in 1987, tables and prose: sentences of the dev set's articles. */
class ReutersResultsTest {

  private final ClaimExtractor extractor = new ClaimExtractor(ConfigLoader.load(null));

  private List<String> summaries(String date, String text) {
    return extractor.extract(new Article("a", "a.txt", "", date, "", "", text)).claims().stream()
        .map(c -> c.entity() + " | " + c.metric() + " | " + c.valueText()).toList();
  }

  @Test
  void aFigureTooSmallToBeACompanysProfitIsItsProfitPerShare() {
    assertEquals(List.of("Z-Seven Fund | earnings per share | six dlrs",
            "Z-Seven Fund | earnings per share | 4.20 dlrs",
            "Z-Seven Fund | net profit growth | 30 pct",
            "Z-Seven Fund | earnings per share | 3.22 dlrs"),
        summaries("1987-03-26", "<Z-Seven Fund Inc> said it expects to earn six dlrs a share in 1987, up from "
            + "4.20 dlrs a share in 1986.\n    The company said the 1986 net earnings were up 30 pct from 3.22 dlrs "
            + "in 1985."));
  }

  @Test
  void aSmallFigureIsNoProfitWhereTheArticleQuotesNothingPerShare() {
    assertEquals(List.of("Ahold | net profit | 132.4 mln guilders"),
        summaries("1987-03-09", "Dutch food retailer Ahold NV <AHLN.AS> expects net profits to remain around the "
            + "1986 level of 132.4 mln guilders.\n    Turnover and net profit in 1986 were hit by the dollar, which "
            + "fell to an average 2.46 guilders from 3.35 in 1985."));
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
  }
}
