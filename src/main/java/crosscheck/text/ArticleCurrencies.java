package crosscheck.text;

import crosscheck.config.CurrencyToken;
import crosscheck.quantity.Amount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The currencies of one article. A bare currency word means what its first use there said: a Swiss story that writes
 * "330 mln Swiss francs" and then "net profits of 1.79 billion francs" means Swiss francs by both; a story whose first
 * "francs" is bare keeps the config's reading (French). The qualified forms are the config's own: a token whose last
 * word is another token ("Swiss francs", "Canadian dlrs"). A figure with no currency word takes the one last written
 * before it ({@link #lastWritten}).
 */
final class ArticleCurrencies {

  /** A qualified spelling ("swiss francs") and the bare word it qualifies ("francs"), with its currency. */
  private record Qualified(String spelling, String word, String code) {}

  /** By bare word ("francs"), its currency in the config ("FRF"). */
  private final Map<String, String> bareCodes = new HashMap<>();
  /** Longest first, so that "Hong Kong dlrs" is found before "dlrs". */
  private final List<Qualified> qualified = new ArrayList<>();

  ArticleCurrencies(List<CurrencyToken> tokens) {
    for (CurrencyToken t : tokens) {
      String spelling = normalized(t.token());
      if (t.position() == CurrencyToken.Position.SUFFIX && !spelling.contains(" ")) {
        bareCodes.put(spelling, t.code());
      }
    }
    for (CurrencyToken t : tokens) {
      String spelling = normalized(t.token());
      String word = spelling.substring(spelling.lastIndexOf(' ') + 1);
      if (t.position() == CurrencyToken.Position.SUFFIX && spelling.contains(" ") && bareCodes.containsKey(word)) {
        qualified.add(new Qualified(spelling, word, t.code()));
      }
    }
    qualified.sort(Comparator.comparingInt((Qualified q) -> q.spelling().length()).reversed()
        .thenComparing(Qualified::spelling));
  }

  /**
   * For this article's sentences, the currency each bare-word currency stands for where its first use was qualified
   * otherwise ("FRF" to "CHF"); conversions in brackets do not count.
   */
  Map<String, String> readings(List<ParsedSentence> sentences) {
    Map<String, String> firstUse = new HashMap<>();
    for (ParsedSentence p : sentences) {
      for (Amount a : p.amounts()) {
        if (a.unit() != Amount.Unit.MONEY || p.converted().contains(a)) {
          continue;
        }
        String text = normalized(a.text());
        Qualified q = qualified.stream().filter(x -> text.endsWith(" " + x.spelling())).findFirst().orElse(null);
        if (q != null) {
          firstUse.putIfAbsent(q.word(), q.code());
        } else {
          bareCodes.forEach((word, code) -> {
            if (text.endsWith(" " + word)) {
              firstUse.putIfAbsent(word, code);
            }
          });
        }
      }
    }
    Map<String, String> readings = new HashMap<>();
    firstUse.forEach((word, code) -> {
      if (!code.equals(bareCodes.get(word))) {
        readings.put(bareCodes.get(word), code);
      }
    });
    return readings;
  }

  /** The figure in the currency its bare word stands for in the article, unless its own spelling says otherwise. */
  Amount read(Amount amount, Map<String, String> readings) {
    String code = readings.get(amount.currency());
    if (code == null || amount.unit() != Amount.Unit.MONEY) {
      return amount;
    }
    String text = normalized(amount.text());
    boolean spelledOut = qualified.stream().anyMatch(q -> text.endsWith(" " + q.spelling()));
    return spelledOut ? amount : amount.asMoney(code);
  }

  /**
   * The currency of the article's bare money figures after this sentence: the last one a figure here is written in
   * (not a conversion), else {@code before}. A British results table names sterling on some lines only ("Pre-tax
   * profit 134 mln stg vs 759 mln", then "Net profit 33 mln vs 253 mln").
   */
  static String lastWritten(ParsedSentence p, String before) {
    String currency = before;
    for (Amount a : p.amounts()) {
      if (a.unit() == Amount.Unit.MONEY && !p.converted().contains(a)) {
        currency = a.currency();
      }
    }
    return currency;
  }

  private static String normalized(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
