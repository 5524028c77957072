package crosscheck.quantity;

import crosscheck.model.Qualifier;
import java.math.BigDecimal;

/**
 * A number as written in a sentence: "more than 6 billion yuan", "37%", "third-largest". {@code start}/{@code end}
 * are offsets in the sentence of the number with its currency, scale and unit; {@code hedgeStart} is where its
 * qualifier begins ("more than"), equal to {@code start} when there is none. {@code decimals}
 * is how many digits follow the decimal point, which sets the precision the writer claimed; an exponent moves it
 * ("1.2e6" is good to 0.05 million: -5). {@code number} carries the sign written ("-12%", "$(5.2) million").
 */
public record Amount(
    int hedgeStart,
    int start,
    int end,
    String text,
    BigDecimal number,
    int decimals,
    BigDecimal scale,
    Unit unit,
    String currency,
    Qualifier qualifier) {

  /** What a number counts. Only money, percentages and ranks can be claims. */
  public enum Unit {
    MONEY,
    PERCENT,
    PERCENTAGE_POINTS,
    RANK,
    COUNT
  }

  /** The same figure as a fall: "down 3%" is -3%, and "fell more than 3%" is below -3%. */
  public Amount negated() {
    Qualifier q = switch (qualifier.kind()) {
      case LOWER_BOUND -> new Qualifier(Qualifier.Kind.UPPER_BOUND, qualifier.phrase(), qualifier.tolerance());
      case UPPER_BOUND -> new Qualifier(Qualifier.Kind.LOWER_BOUND, qualifier.phrase(), qualifier.tolerance());
      default -> qualifier;
    };
    return new Amount(hedgeStart, start, end, text, number.negate(), decimals, scale, unit, currency, q);
  }

  /** A bare number read as money: "Net 8,349,000 vs 6,187,000" in a results table. */
  public Amount asMoney(String code) {
    return new Amount(hedgeStart, start, end, text, number, decimals, scale, Unit.MONEY, code, qualifier);
  }

  /** A bare number read as money of a scale written once for two: "Final div 30 cents vs 10" is ten cents. */
  public Amount asMoney(String code, BigDecimal scaleOfPair) {
    return new Amount(hedgeStart, start, end, text, number, decimals, scaleOfPair, Unit.MONEY, code, qualifier);
  }

  /** The number times its scale: 16.7 billion is 16,700,000,000. */
  public BigDecimal value() {
    return number.multiply(scale);
  }

  /** Half a unit in the last digit written, times the scale: "16.7 billion" is good to 0.05 billion. */
  public BigDecimal halfUnit() {
    return BigDecimal.ONE.movePointLeft(decimals).multiply(scale).divide(BigDecimal.valueOf(2));
  }
}
