package crosscheck.quantity;

import crosscheck.config.RateTable;
import crosscheck.model.Qualifier;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

/**
 * The interval of values a written number allows, in one comparison unit: "37%" allows 36.5 to 37.5, "about $2.6
 * billion" widens by the qualifier's tolerance, "more than 40%" has no upper bound. Money is compared in US dollars,
 * taken from the article's own conversion when it gives one, otherwise from the dated rate table.
 */
public final class Intervals {

  public static final String BASE_CURRENCY = "USD";

  /** Bounds in {@code unit}; a null bound is open. {@code note} says how money was converted. */
  public record Interval(String unit, Double low, Double high, String note) {}

  private final RateTable rates;

  public Intervals(RateTable rates) {
    this.rates = rates;
  }

  /**
   * @param conversion the parenthetical conversion written beside {@code amount}, or null
   * @param articleRates units per US dollar implied by conversions elsewhere in the same article
   * @param month the month (or year) whose rate applies when the table is needed
   */
  public Interval of(Amount amount, Amount conversion, Map<String, BigDecimal> articleRates, String month) {
    return switch (amount.unit()) {
      case PERCENT -> bounds("%", amount.value(), amount.halfUnit(), amount.qualifier(), "");
      case RANK -> bounds("rank", amount.value(), BigDecimal.ZERO, Qualifier.EXACT, "");
      case MONEY -> money(amount, conversion, articleRates, month);
      default -> throw new IllegalArgumentException("not a comparable amount: " + amount.text());
    };
  }

  /** A volume ("60.6 million smartphones"), compared only with volumes of the same {@code noun}. */
  public Interval count(Amount amount, String noun) {
    return bounds(noun, amount.value(), amount.halfUnit(), amount.qualifier(), "");
  }

  private Interval money(Amount amount, Amount conversion, Map<String, BigDecimal> articleRates, String month) {
    if (amount.currency().equals(BASE_CURRENCY)) {
      return bounds(BASE_CURRENCY, amount.value(), amount.halfUnit(), amount.qualifier(), "");
    }
    if (conversion != null && conversion.currency().equals(BASE_CURRENCY)) {
      Qualifier q = conversion.qualifier().kind() != Qualifier.Kind.EXACT ? conversion.qualifier() : amount.qualifier();
      return bounds(BASE_CURRENCY, conversion.value(), conversion.halfUnit(), q,
          "by the article's own conversion to " + conversion.text());
    }
    BigDecimal perUsd = articleRates.get(amount.currency());
    String note;
    if (perUsd != null) {
      note = "converted at the article's own rate of " + perUsd.round(new MathContext(4)).toPlainString() + " "
          + amount.currency() + " per USD";
    } else {
      Optional<RateTable.Rate> rate = month.isEmpty() ? Optional.empty() : rates.rateFor(amount.currency(), month);
      if (rate.isEmpty()) {
        return bounds(amount.currency(), amount.value(), amount.halfUnit(), amount.qualifier(),
            "no USD rate for " + amount.currency() + (month.isEmpty() ? " without a date" : " in " + month)
                + ": compared in " + amount.currency());
      }
      perUsd = rate.get().unitsPerUsd();
      note = "converted at " + perUsd.toPlainString() + " " + amount.currency() + " per USD (rates.csv, from "
          + rate.get().fromMonth() + ")";
    }
    MathContext mc = MathContext.DECIMAL64;
    return bounds(BASE_CURRENCY, amount.value().divide(perUsd, mc), amount.halfUnit().divide(perUsd, mc),
        amount.qualifier(), note);
  }

  private static Interval bounds(String unit, BigDecimal value, BigDecimal halfUnit, Qualifier q, String note) {
    BigDecimal width = halfUnit;
    if (q.kind() == Qualifier.Kind.APPROXIMATE) {
      width = width.max(value.abs().multiply(BigDecimal.valueOf(q.tolerance())));
    }
    Double low = value.subtract(width).doubleValue();
    Double high = value.add(width).doubleValue();
    if (q.kind() == Qualifier.Kind.RANGE) {
      // the value is the range's end furthest from zero (a fall of "5-6 pct" is -6 to -5)
      BigDecimal other = value.multiply(BigDecimal.valueOf(1 - q.tolerance()));
      low = value.min(other).subtract(width).doubleValue();
      high = value.max(other).add(width).doubleValue();
    } else if (q.kind() == Qualifier.Kind.LOWER_BOUND) {
      low = value.doubleValue();
      high = null;
    } else if (q.kind() == Qualifier.Kind.UPPER_BOUND) {
      low = null;
      high = value.doubleValue();
    }
    return new Interval(unit, low, high, note);
  }
}
