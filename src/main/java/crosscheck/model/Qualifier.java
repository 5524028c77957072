package crosscheck.model;

import java.io.Serializable;

/**
 * How a number is hedged in the text: "about" ({@code APPROXIMATE}, widened by {@code tolerance} of the value),
 * "more than" ({@code LOWER_BOUND}), "less than" ({@code UPPER_BOUND}), a range whose upper end is the value
 * ({@code RANGE}: "8-12 billion francs", its lower end {@code tolerance} of the value below it) or not at all
 * ({@code EXACT}).
 */
public record Qualifier(Kind kind, String phrase, double tolerance) implements Serializable {

  public enum Kind {
    EXACT,
    APPROXIMATE,
    LOWER_BOUND,
    UPPER_BOUND,
    RANGE
  }

  public static final Qualifier EXACT = new Qualifier(Kind.EXACT, "", 0);
}
