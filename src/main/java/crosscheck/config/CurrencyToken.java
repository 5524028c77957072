package crosscheck.config;

import java.io.Serializable;

/** A way a currency is written: "US$" before the number, "yuan" after it. */
public record CurrencyToken(String token, String code, boolean prefix) implements Serializable {}
