package crosscheck.model;

import java.io.Serializable;

/**
 * The time a claim is about. {@code label} is the canonical form that groups claims ("2021-Q1", "2020",
 * "FY ending 2021-03", "per year", "as of 2021-05", or "unresolved"); {@code text} is what the article wrote;
 * {@code note} says how the label was reached when it took more than reading (a relative year, a fiscal calendar).
 */
public record Period(String label, String text, boolean resolved, String note) implements Serializable {

  public static final String UNRESOLVED = "unresolved";

  public static Period unresolved(String text, String why) {
    return new Period(UNRESOLVED, text, false, why);
  }

  public static Period of(String label, String text, String note) {
    return new Period(label, text, true, note);
  }
}
