package crosscheck.text;

import crosscheck.config.EntityDef;
import crosscheck.config.MetricDef;
import crosscheck.model.Article;
import crosscheck.model.Attribution;
import crosscheck.model.Claim;
import crosscheck.model.PartialDate;
import crosscheck.model.Period;
import crosscheck.model.Qualifier;
import crosscheck.quantity.Amount;
import crosscheck.quantity.Intervals;
import crosscheck.quantity.MagnitudeLimit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a claim once its metric, subject, period and attribution are decided: its id, offsets, the value as written
 * and normalised, and the interval it allows when compared. Money is converted at the rate of the month the article
 * was written, or at the article's own rate where it converts that currency elsewhere.
 */
final class ClaimBuilder {

  /** The noun that counts a volume: "60.6 million smartphones", "1.2 mln tonnes of", "1.15 billion cubic metres". */
  private static final Pattern COUNTED =
      Pattern.compile("\\G\\s*((?:(?:cubic|square|metric)\\s+)?\\p{L}[\\p{L}-]*)", Pattern.CASE_INSENSITIVE);

  private final Intervals intervals;
  private final java.util.Set<String> functionWords;

  /** {@code functionWords}: words that follow a number without counting it ("109 billion for research"). */
  ClaimBuilder(Intervals intervals, List<String> functionWords) {
    this.intervals = intervals;
    this.functionWords = java.util.Set.copyOf(functionWords);
  }

  /** The decisions made about one number of a sentence. */
  record Decided(Amount amount, Amount conversion, MetricDef metric, String condition, EntityDef subject,
      Period period, Attribution attribution) {}

  Claim build(Article article, ParsedSentence p, Decided d, Map<String, BigDecimal> articleRates) {
    String text = p.text();
    Amount amount = d.amount();
    Amount conversion = d.conversion();
    int valueEnd = conversion == null ? amount.end() : SentenceParser.closingParen(text, conversion.end());
    String noun = amount.unit() == Amount.Unit.COUNT ? countedNoun(text, amount) : "";
    if (!noun.isEmpty()) {
      // "556,874 tonnes": a volume is written with its noun
      Matcher written = COUNTED.matcher(text).region(amount.end(), text.length());
      valueEnd = written.lookingAt() ? written.end() : valueEnd;
    }
    Optional<PartialDate> published = article.publicationDate();
    Intervals.Interval interval = amount.unit() == Amount.Unit.COUNT
        ? intervals.count(amount, noun)
        : intervals.of(amount, conversion, articleRates, published.map(PartialDate::toMonthString).orElse(""));
    int offset = p.sentence().start();
    return new Claim(
        String.format("%s#%07d", article.id(), offset + amount.start()),
        article.id(),
        article.source(),
        article.date(),
        p.sentence().index(),
        offset,
        text,
        offset + amount.hedgeStart(),
        offset + valueEnd,
        d.subject().name(),
        d.condition().isEmpty() ? d.metric().name() : d.metric().name() + " (" + d.condition() + ")",
        d.period(),
        text.substring(amount.hedgeStart(), valueEnd),
        amount.qualifier().kind() == Qualifier.Kind.EXACT ? "exact" : amount.qualifier().kind().name().toLowerCase(),
        amount.value().stripTrailingZeros().toPlainString(),
        amount.unit() == Amount.Unit.COUNT ? noun : unitOf(amount),
        conversion == null ? "" : conversion.value().stripTrailingZeros().toPlainString(),
        conversion == null ? "" : unitOf(conversion),
        interval.unit(),
        interval.low(),
        interval.high(),
        interval.note(),
        d.attribution(),
        article.title(),
        article.url());
  }

  /** The noun right after a volume, or "" when none follows. */
  String countedNoun(String sentence, Amount amount) {
    Matcher m = COUNTED.matcher(sentence).region(amount.end(), sentence.length());
    String noun = m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    return functionWords.contains(noun) ? "" : noun;
  }

  private static String unitOf(Amount amount) {
    return switch (amount.unit()) {
      case MONEY -> amount.currency();
      case PERCENT -> "%";
      case RANK -> "rank";
      default -> "";
    };
  }

  /**
   * Units per US dollar that the article's own conversions imply, first conversion of each currency; none from a
   * figure beyond {@code limit}.
   */
  static Map<String, BigDecimal> articleRates(List<ParsedSentence> parsed, MagnitudeLimit limit) {
    Map<String, BigDecimal> rates = new HashMap<>();
    for (ParsedSentence p : parsed) {
      p.conversions().forEach((amount, conversion) -> {
        if (conversion.currency().equals(Intervals.BASE_CURRENCY) && conversion.value().signum() > 0
            && amount.value().signum() > 0 && limit.allows(amount) && limit.allows(conversion)) {
          rates.putIfAbsent(amount.currency(), amount.value().divide(conversion.value(), MathContext.DECIMAL64));
        }
      });
    }
    return rates;
  }
}
