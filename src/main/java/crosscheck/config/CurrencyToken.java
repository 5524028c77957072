package crosscheck.config;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A way a currency is written: "US$" before the number, "yuan" after it, "p" (pence) right after its last digit;
 * {@code scale} is what one of it is worth in the currency ("cts" is 0.01 US dollars).
 */
public record CurrencyToken(String token, String code, Position position, BigDecimal scale) implements Serializable {

  /** Where the token stands: before the number, after it and a space, or right after its last digit ("18.35p"). */
  public enum Position {
    PREFIX, SUFFIX, ATTACHED
  }
}
