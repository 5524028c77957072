package crosscheck.quantity;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The largest magnitude a figure may have ({@code max_value} of {@code numbers.json}), in units of its own currency
 * after its scale. A larger one ("$1,000,000,…" of 334 digits, "1e400") is a misprint or garbage: it is never a
 * claim, and compared it would overflow the intervals of its group.
 */
public final class MagnitudeLimit {

  private static final int SHOWN_CHARS = 40;

  private final BigDecimal max;

  public MagnitudeLimit(BigDecimal max) {
    this.max = max;
  }

  public boolean allows(Amount amount) {
    return amount.value().abs().compareTo(max) <= 0;
  }

  /** Why {@code amount} is refused, with as much of it as a person needs to find it in the article. */
  public String refusal(Amount amount) {
    String written = amount.text().length() <= SHOWN_CHARS ? amount.text()
        : amount.text().substring(0, SHOWN_CHARS) + "… (" + amount.text().length() + " characters)";
    return "figure '" + written + "' is " + amount.value().round(new MathContext(3)) + " "
        + (amount.unit() == Amount.Unit.MONEY ? amount.currency() : amount.unit().name().toLowerCase()) + ", beyond "
        + "max_value " + max + " of numbers.json: no claim";
  }
}
