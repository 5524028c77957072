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
import java.util.Map;
import java.util.Optional;

/**
 * Builds a claim once its metric, subject, period and attribution are decided: its id, offsets, the value as written
 * and normalised, and the interval it allows when compared. Money is converted at the rate of the month the article
 * was written, or at the article's own rate where it converts that currency elsewhere.
 */
final class ClaimBuilder {

  /** Digits of the offset in a claim id (String.format took 2% of the extraction). */
  private static final int CLAIM_ID_DIGITS = 7;

  private final Intervals intervals;

  ClaimBuilder(Intervals intervals) {
    this.intervals = intervals;
  }

  /**
   * The decisions made about one number of a sentence; {@code counted} is what a volume counts (else null), {@code
   * measured} what the figure measures where the metric is too broad to say ({@link MeasuredThing}: "consumer
   * prices", "oil"), else empty; {@code measureUnnamed} when it is a change whose measure no text names.
   */
  record Decided(Amount amount, Amount conversion, VolumeUnits.Counted counted, MetricDef metric, String measured,
      boolean measureUnnamed, String condition, EntityDef subject, Period period, Attribution attribution) {

    Decided withAmount(Amount other) {
      return new Decided(other, conversion, counted, metric, measured, measureUnnamed, condition, subject, period,
          attribution);
    }
  }

  /** {@code published}: the article's publication date, read once for all its claims. */
  Claim build(Article article, Optional<PartialDate> published, ParsedSentence p, Decided d,
      Map<String, BigDecimal> articleRates, String ticker) {
    String text = p.text();
    Amount amount = d.amount();
    Amount conversion = d.conversion();
    int valueEnd = conversion == null ? amount.end() : SentenceParser.closingParen(text, conversion.end());
    String noun = d.counted() == null ? "" : d.counted().unit();
    if (d.counted() != null && d.counted().end() >= 0) {
      valueEnd = d.counted().end(); // "556,874 tonnes": a volume is written with its unit
    }
    Intervals.Interval interval = amount.unit() == Amount.Unit.COUNT
        ? intervals.count(amount, noun)
        : intervals.of(amount, conversion, articleRates, published.map(PartialDate::toMonthString).orElse(""));
    int offset = p.sentence().start();
    return new Claim(
        claimId(article.id(), offset + amount.start()),
        article.id(),
        article.source(),
        article.date(),
        p.sentence().index(),
        offset,
        text,
        offset + amount.hedgeStart(),
        offset + valueEnd,
        d.subject().name(),
        metricName(d),
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
        article.url(),
        d.measureUnnamed(),
        ticker);
  }

  /** "growth rate", "consumer prices growth", "oil output", "growth rate (annualised)". */
  private static String metricName(Decided d) {
    String measure = d.measured().isEmpty() ? d.metric().name()
        : d.measured() + " " + (d.metric().change() ? "growth" : d.metric().name());
    return d.condition().isEmpty() ? measure : measure + " (" + d.condition() + ")";
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

  /** "reuters_1#0000770": the article and the figure's offset in it, zero-padded so that ids sort by offset. */
  private static String claimId(String articleId, int offset) {
    String digits = Integer.toString(offset);
    return articleId + "#" + "0".repeat(Math.max(0, CLAIM_ID_DIGITS - digits.length())) + digits;
  }
}
