package crosscheck.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.model.Attribution;
import crosscheck.model.Claim;
import crosscheck.model.Period;
import crosscheck.model.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reuters 1987: two companies called Marine Corp (a bank, MCRP, and MCOR) gave eight false conflicts. */
class SameNameCompaniesTest {

  private static Claim eps(String article, String value, String ticker) {
    double v = Double.parseDouble(value);
    return new Claim(article + "#0000100", article, "Reuters", "1987-10-20", 0, 0, "Shr " + value + " dlrs", 0, 1,
        "Marine", "earnings per share", Period.of("1987-Q3", "3RD QTR", ""), value + " dlrs", "exact", value, "USD",
        "", "", "USD", v - 0.005, v + 0.005, "", new Attribution("Reuters", List.of(), "", 0, 0,
            Attribution.Basis.OUTLET_ONLY, "Reuters", true), "MARINE CORP <" + ticker + ".O> 3RD QTR NET", "", false,
        ticker);
  }

  @Test
  void companiesOfOneNameWithDifferentTickersAreJudgedApart() {
    Map<String, List<Claim>> groups = SameNameCompanies.apart(List.of(eps("reuters_20807", "1.24", "MCRP"),
        eps("reuters_21017", "0.30", "MCOR"), eps("reuters_21148", "0.30", "MCOR")));
    assertEquals(List.of("Marine <MCOR>|earnings per share|1987-Q3", "Marine <MCRP>|earnings per share|1987-Q3"),
        List.copyOf(groups.keySet()));
    GroupJudge judge = new GroupJudge();
    assertEquals(List.of(Verdict.Kind.AGREE, Verdict.Kind.SINGLE_SOURCE),
        groups.values().stream().map(g -> judge.judge(g).verdict()).toList());
  }

  @Test
  void shareClassesAndUnmarkedArticlesStayOneCompany() {
    // "BFD" and "BFDB" are one company's classes: one group, under the name alone, and still a conflict
    Map<String, List<Claim>> classes = SameNameCompanies.apart(List.of(eps("a", "1.24", "BFD"),
        eps("b", "0.30", "BFDB"), eps("c", "0.30", "")));
    assertEquals(List.of("Marine|earnings per share|1987-Q3"), List.copyOf(classes.keySet()));
    assertEquals(3, classes.get("Marine|earnings per share|1987-Q3").size());
  }

  @Test
  void tickersOneLetterApartAreOneCompanyMistyped() {
    // Reuters: "COLECO INDUSTRIES INC <CLO>" and "COLECO INDUSTRIES <CLC>", "WESTPORT BANCORP <WBAT.O>" and
    // "<WEBAT.O>", "TOWLE <QTOW>" and "<TOW>": each one company that agrees with itself
    for (List<String> tickers : List.of(List.of("CLO", "CLC"), List.of("WBAT", "WEBAT"), List.of("QTOW", "TOW"))) {
      assertEquals(List.of("Marine|earnings per share|1987-Q3"), List.copyOf(SameNameCompanies.apart(List.of(
          eps("a", "0.30", tickers.get(0)), eps("b", "0.30", tickers.get(1)))).keySet()), tickers.toString());
    }
    assertEquals(List.of(true, true, true, false, false), List.of(SameNameCompanies.oneEditApart("CLO", "CLC"),
        SameNameCompanies.oneEditApart("WBAT", "WEBAT"), SameNameCompanies.oneEditApart("WEBAT", "WBAT"),
        SameNameCompanies.oneEditApart("MCRP", "MCOR"), SameNameCompanies.oneEditApart("ESSXA", "ESEX")));
  }

  @Test
  void anArticleWithNoTickerStaysUnderTheNameAlone() {
    Map<String, List<Claim>> groups = SameNameCompanies.apart(List.of(eps("a", "1.24", "MCRP"),
        eps("b", "0.30", "MCOR"), eps("c", "0.30", "")));
    assertEquals(List.of("Marine <MCOR>|earnings per share|1987-Q3", "Marine <MCRP>|earnings per share|1987-Q3",
        "Marine|earnings per share|1987-Q3"), List.copyOf(groups.keySet()));
  }
}
