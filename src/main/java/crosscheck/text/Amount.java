package crosscheck.text;

import crosscheck.model.Qualifier;
import java.math.BigDecimal;

/**
 * A number as written in a sentence: "more than 6 billion yuan", "37%", "third-largest". {@code start}/{@code end}
 * are offsets in the sentence of the number with its currency, scale and unit; {@code hedgeStart} is where its
 * qualifier begins ("more than"), equal to {@code start} when there is none. {@code decimals}
 * is how many digits follow the decimal point, which sets the precision the writer claimed.
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

  /** The number times its scale: 16.7 billion is 16,700,000,000. */
  public BigDecimal value() {
    return number.multiply(scale);
  }

  /** Half a unit in the last digit written, times the scale: "16.7 billion" is good to 0.05 billion. */
  public BigDecimal halfUnit() {
    return BigDecimal.ONE.movePointLeft(decimals).multiply(scale).divide(BigDecimal.valueOf(2));
  }
}
