package crosscheck.config;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A way a currency is written: "US$" before the number, "yuan" after it; {@code scale} is what one of it is worth in
 * the currency ("cts" is 0.01 US dollars).
 */
public record CurrencyToken(String token, String code, boolean prefix, BigDecimal scale) implements Serializable {}
