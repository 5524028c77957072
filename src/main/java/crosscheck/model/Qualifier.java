package crosscheck.model;

import java.io.Serializable;

/**
 * How a number is hedged in the text: "about" ({@code APPROXIMATE}, widened by {@code tolerance} of the value),
 * "more than" ({@code LOWER_BOUND}), "less than" ({@code UPPER_BOUND}) or not at all ({@code EXACT}).
 */
public record Qualifier(Kind kind, String phrase, double tolerance) implements Serializable {

  public enum Kind {
    EXACT,
    APPROXIMATE,
    LOWER_BOUND,
    UPPER_BOUND
  }

  public static final Qualifier EXACT = new Qualifier(Kind.EXACT, "", 0);
}
