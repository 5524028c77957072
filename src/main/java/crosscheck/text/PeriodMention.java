package crosscheck.text;

/**
 * A phrase naming a time, as found in a sentence, before it is resolved against the article's date. Fields that the
 * phrase does not give are 0; {@code relative} is set for "last year", "this year" and the like.
 */
public record PeriodMention(
    int start, int end, String text, Type type, int year, int quarter, int month, int day, Relative relative) {

  public enum Type {
    /** A calendar quarter: "Q4 2020", "first quarter", "March quarter". */
    QUARTER,
    /** "this quarter": the quarter the article has been talking about. */
    THIS_QUARTER,
    /** A calendar year: "in 2020", "last year". */
    YEAR,
    /** A fiscal year by number: "fiscal year 2020", "FY2021", "2012–13" (the year it ends). */
    FISCAL_YEAR,
    /** A fiscal year by its last month: "fiscal year ending March 2021". */
    FISCAL_YEAR_ENDING,
    MONTH,
    DAY,
    /** A rate: "per year", "a year", "annually". */
    PER_YEAR,
    /** The first months of a year, {@code month} of them: "nine months", "Nine mths", "six months to June". */
    MONTHS_TO_DATE,
    /** "a year earlier", "year-ago", "the previous year": a year before the period of what it follows. */
    YEAR_BEFORE,
    /** "next quarter": a quarter still to come, never the one the article reports. */
    NEXT_QUARTER,
    /** A results table's "12 mths": the twelve months to the quarter the article reports. */
    TWELVE_MONTHS
  }

  public enum Relative {
    NONE,
    LAST_YEAR,
    THIS_YEAR,
    NEXT_YEAR,
    LAST_MONTH,
    THIS_MONTH,
    /** The latest such period that had ended by the article's date: a results table's "Year" or "4TH QTR". */
    LATEST
  }
}
