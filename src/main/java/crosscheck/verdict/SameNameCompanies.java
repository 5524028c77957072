package crosscheck.verdict;

import crosscheck.model.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tells apart companies that go by one name: a group whose articles' headlines give its subject tickers that name
 * different companies ("MARINE CORP &lt;MCRP.O&gt;", a bank, and "MARINE CORP &lt;MCOR.O&gt;"; "ESSEX COMMUNICATIONS
 * &lt;ESSXA&gt;" and "ESSEX CORP &lt;ESEX&gt;", both "Essex" once their descriptors go) is one group per company, its
 * subject written with the company's ticker ("Marine &lt;MCRP&gt;"); claims with no ticker stay under the name
 * alone. Tickers one of which holds the other are one company's ("BFD" and its class "BFDB"; "TOW" and "QTOW", the
 * same under bankruptcy), and so are tickers one letter apart: the wire's headlines mistype them ("COLECO &lt;CLO&gt;"
 * and "&lt;CLC&gt;", "WESTPORT BANCORP &lt;WBAT.O&gt;" and "&lt;WEBAT.O&gt;", "MELLON &lt;MEL&gt;" and "&lt;MEC&gt;").
 */
public final class SameNameCompanies {

  private static final String TICKER_OPENS = " <";

  private SameNameCompanies() {}

  /** The name a subject goes by, without the ticker that tells it from another of that name ("Marine <MCRP>"). */
  public static String nameOf(String subject) {
    int ticker = subject.lastIndexOf(TICKER_OPENS);
    return ticker > 0 && subject.endsWith(">") ? subject.substring(0, ticker) : subject;
  }

  /** The group's claims by group key: the group itself, or one group per company its tickers name. */
  public static Map<String, List<Claim>> apart(List<Claim> group) {
    TreeSet<String> tickers = new TreeSet<>();
    group.forEach(claim -> tickers.add(claim.ticker()));
    tickers.remove("");
    Map<String, String> company = companies(tickers);
    if (company.values().stream().distinct().count() < 2) {
      return Map.of(group.get(0).groupKey(), group); // one company, as almost every group: the group as it came
    }
    Map<String, List<Claim>> groups = new TreeMap<>();
    for (Claim claim : group) {
      Claim kept = claim.ticker().isEmpty() ? claim
          : claim.withEntity(claim.entity() + TICKER_OPENS + company.get(claim.ticker()) + ">");
      groups.computeIfAbsent(kept.groupKey(), key -> new ArrayList<>()).add(kept);
    }
    return groups;
  }

  /**
   * Each ticker's company, named by the first (shortest, then alphabetical) of the tickers linked to it through
   * tickers of one company.
   */
  private static Map<String, String> companies(TreeSet<String> tickers) {
    Comparator<String> first = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
    Map<String, String> parent = new HashMap<>();
    tickers.forEach(ticker -> parent.put(ticker, ticker));
    for (String a : tickers) {
      for (String b : tickers) {
        String rootA = root(parent, a);
        String rootB = root(parent, b);
        if (!rootA.equals(rootB) && oneCompany(a, b)) {
          boolean aFirst = first.compare(rootA, rootB) < 0;
          parent.put(aFirst ? rootB : rootA, aFirst ? rootA : rootB);
        }
      }
    }
    Map<String, String> company = new HashMap<>();
    tickers.forEach(ticker -> company.put(ticker, root(parent, ticker)));
    return company;
  }

  private static String root(Map<String, String> parent, String ticker) {
    String at = ticker;
    while (!parent.get(at).equals(at)) {
      at = parent.get(at);
    }
    return at;
  }

  private static boolean oneCompany(String a, String b) {
    return a.contains(b) || b.contains(a) || oneEditApart(a, b);
  }

  /** Whether one letter changed, added or dropped turns {@code a} into {@code b}. */
  static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return a.substring(i + (a.length() >= b.length() ? 1 : 0)).equals(b.substring(i + (b.length() >= a.length()
        ? 1 : 0)));
  }
}
