package crosscheck.quantity;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formats compared values for people: "$2.555 billion", "36.5%", "6 percentage points", "above 40%". */
public final class Quantities {

  private static final MathContext SIGNIFICANT = new MathContext(4);

  private Quantities() {}

  public static String amount(double value, String unit) {
    return switch (unit) {
      case "%" -> number(value) + "%";
      case "rank" -> "rank " + number(value);
      default -> money(value, unit);
    };
  }

  public static String range(double low, double high, String unit) {
    if (Double.isInfinite(low) && Double.isInfinite(high)) {
      return "any value";
    }
    if (Double.isInfinite(high)) {
      return "above " + amount(low, unit);
    }
    if (Double.isInfinite(low)) {
      return "below " + amount(high, unit);
    }
    if (number(low).equals(number(high)) || low == high) {
      return amount(low, unit);
    }
    return amount(low, unit) + " to " + amount(high, unit);
  }

  public static String difference(double value, String unit) {
    return switch (unit) {
      case "%" -> number(value) + " percentage points";
      case "rank" -> number(value) + (value == 1 ? " place" : " places");
      default -> money(value, unit);
    };
  }

  private static String money(double value, String currency) {
    String prefix = currency.equals("USD") ? "$" : currency + " ";
    double abs = Math.abs(value);
    if (abs >= 1e9) {
      return prefix + number(value / 1e9) + " billion";
    }
    if (abs >= 1e6) {
      return prefix + number(value / 1e6) + " million";
    }
    return prefix + number(value);
  }

  private static String number(double value) {
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
  }
}
