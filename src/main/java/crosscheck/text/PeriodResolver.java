package crosscheck.text;

import crosscheck.config.MetricDef;
import crosscheck.model.PartialDate;
import crosscheck.model.Period;
import java.util.Optional;

/**
 * Turns a {@link PeriodMention} into a canonical {@link Period} using the article's publication date and the
 * subject's fiscal calendar. Relative phrases need the date: without one they stay unresolved, never guessed.
 */
public final class PeriodResolver {

  /** The label's opening for twelve months to a quarter: "12 months to 1987-Q1". */
  static final String TWELVE_MONTHS_TO = "12 months to ";

  /** What a claim's sentence tells about its time besides the phrase itself. */
  public record Context(Optional<PartialDate> published, int fiscalYearEndMonth, MetricDef.Kind metricKind,
      Optional<Period> lastQuarter) {}

  public Period resolve(PeriodMention m, Context c) {
    String text = m.text();
    return switch (m.type()) {
      case QUARTER -> quarter(m, c);
      case THIS_QUARTER -> c.lastQuarter()
          .map(q -> Period.of(q.label(), text, "'" + text + "' is the quarter the article last named: " + q.label()))
          .orElseGet(() -> Period.unresolved(text, "'" + text + "' with no quarter named earlier in the article"));
      case YEAR -> year(m, c);
      case FISCAL_YEAR -> c.fiscalYearEndMonth() == 0
          ? Period.of("FY" + m.year(), text, "fiscal year end month of the subject is not configured")
          : Period.of(fiscalLabel(m.year(), c.fiscalYearEndMonth()), text, "");
      case FISCAL_YEAR_ENDING -> fiscalEnding(m, c);
      case MONTH -> m.year() == 0 ? relativeMonth(m, c) : Period.of(String.format("%04d-%02d", m.year(), m.month()),
          text, "");
      case DAY -> day(m, c);
      case PER_YEAR -> Period.of("per year", text, "");
      case MONTHS_TO_DATE -> monthsToDate(m, c);
      case YEAR_BEFORE -> Period.unresolved(text, "'" + text + "' is a year before the period of what it follows");
      case NEXT_QUARTER -> Period.unresolved(text, "'" + text + "' is a quarter after the article's");
      case TWELVE_MONTHS -> twelveMonths(m, c);
    };
  }

  /** The period of a claim whose sentence names none. */
  public Period withoutMention(Context c) {
    if (c.metricKind() == MetricDef.Kind.STOCK && c.published().isPresent()) {
      String asOf = c.published().get().toMonthString();
      return Period.of("as of " + asOf, "", "no period in the text: read as of the article's date " + asOf);
    }
    return Period.unresolved("", c.published().isPresent()
        ? "no period in the sentence or the one before it"
        : "no period in the sentence and no article date");
  }

  private Period quarter(PeriodMention m, Context c) {
    String text = m.text();
    if (m.year() != 0) {
      return Period.of(quarterLabel(m.year(), m.quarter()), text, "");
    }
    if (c.published().isEmpty()) {
      return Period.unresolved(text, "'" + text + "' needs the article's date, which is unknown");
    }
    PartialDate date = c.published().get();
    switch (m.relative()) {
      case LAST_YEAR:
        return Period.of(quarterLabel(date.year() - 1, m.quarter()), text, "");
      case THIS_YEAR:
        return Period.of(quarterLabel(date.year(), m.quarter()), text, "");
      default:
        if (!date.hasMonth()) {
          return Period.unresolved(text, "'" + text + "' needs the article's month; only the year is known");
        }
        int year = m.quarter() * 3 <= date.month() ? date.year() : date.year() - 1;
        return Period.of(quarterLabel(year, m.quarter()), text,
            "'" + text + "' read as the latest such quarter before the article's date " + date.toMonthString());
    }
  }

  private Period year(PeriodMention m, Context c) {
    String text = m.text();
    int year = m.year();
    if (m.relative() != PeriodMention.Relative.NONE) {
      if (c.published().isEmpty()) {
        return Period.unresolved(text, "'" + text + "' needs the article's date, which is unknown");
      }
      year = c.published().get().year() + switch (m.relative()) {
        case THIS_YEAR -> 0;
        case NEXT_YEAR -> 1;
        default -> -1;
      };
    }
    String note = m.relative() == PeriodMention.Relative.NONE ? "" : "'" + text + "' in an article of "
        + c.published().get().toMonthString();
    if (c.metricKind() == MetricDef.Kind.FLOW && c.published().isPresent() && c.published().get().hasMonth()) {
      PartialDate date = c.published().get();
      if (year == date.year() && date.month() < 12) {
        // A full-year figure for a year still running when the article appeared is a fiscal year that has ended.
        int end = c.fiscalYearEndMonth();
        if (end != 0 && end < date.month()) {
          return Period.of(fiscalLabel(year, end), text, "'" + text + "' read as the fiscal year ending "
              + String.format("%04d-%02d", year, end) + ": calendar " + year + " had not ended by "
              + date.toMonthString());
        }
        return Period.unresolved(text, "calendar " + year + " had not ended by the article's date "
            + date.toMonthString() + " and no fiscal year of the subject ended in it");
      }
    }
    return Period.of(Integer.toString(year), text, note);
  }

  /** "last month", "this month": the month of the article's date, or the one before. */
  private Period relativeMonth(PeriodMention m, Context c) {
    String text = m.text();
    if (c.published().isEmpty() || !c.published().get().hasMonth()) {
      return Period.unresolved(text, "'" + text + "' needs the article's month, which is unknown");
    }
    PartialDate date = c.published().get();
    int month = date.month() - (m.relative() == PeriodMention.Relative.LAST_MONTH ? 1 : 0);
    int year = month == 0 ? date.year() - 1 : date.year();
    return Period.of(String.format("%04d-%02d", year, month == 0 ? 12 : month), text,
        "'" + text + "' in an article of " + date.toMonthString());
  }

  /**
   * "12 mths" under a quarter's table ("DOMINION RESOURCES INC <D> 1ST QTR NET"): the twelve months to that quarter,
   * "12 months to 1987-Q1", the calendar year when it is a fourth quarter; with no quarter named, the latest year.
   */
  private Period twelveMonths(PeriodMention m, Context c) {
    Optional<Period> quarter = c.lastQuarter().filter(Period::resolved);
    if (quarter.isEmpty()) {
      return year(m, c);
    }
    String label = quarter.get().label();
    return label.endsWith("-Q4")
        ? Period.of(label.substring(0, label.length() - 3), m.text(), "'" + m.text() + "' to " + label + ": its year")
        : Period.of(TWELVE_MONTHS_TO + label, m.text(), "'" + m.text() + "' to the quarter the article reports");
  }

  /** "Nine mths" in a results table: the first nine months of the latest year in which they had ended. */
  private Period monthsToDate(PeriodMention m, Context c) {
    String text = m.text();
    if (c.published().isEmpty() || !c.published().get().hasMonth()) {
      return Period.unresolved(text, "'" + text + "' needs the article's month, which is unknown");
    }
    PartialDate date = c.published().get();
    int year = date.month() > m.month() ? date.year() : date.year() - 1;
    return Period.of(year + "-" + m.month() + "M", text, "the first " + m.month() + " months of the latest year in "
        + "which they had ended by the article's date " + date.toMonthString());
  }

  private Period fiscalEnding(PeriodMention m, Context c) {
    String text = m.text();
    if (m.year() != 0) {
      return Period.of(yearEndingLabel(m.year(), m.month()), text, "");
    }
    if (c.published().isEmpty() || !c.published().get().hasMonth()) {
      return Period.unresolved(text, "'" + text + "' gives no year and the article's month is unknown");
    }
    PartialDate date = c.published().get();
    int year = m.month() <= date.month() ? date.year() : date.year() - 1;
    return Period.of(yearEndingLabel(year, m.month()), text, "the latest such year before the article's date");
  }

  private Period day(PeriodMention m, Context c) {
    String text = m.text();
    int year = m.year();
    if (year == 0) {
      if (c.published().isEmpty()) {
        return Period.unresolved(text, "'" + text + "' gives no year and the article's date is unknown");
      }
      year = c.published().get().year();
    }
    return Period.of(String.format("%04d-%02d-%02d", year, m.month(), m.day()), text,
        m.year() == 0 ? "year taken from the article's date" : "");
  }

  private static String quarterLabel(int year, int quarter) {
    return year + "-Q" + quarter;
  }

  private static String fiscalLabel(int year, int endMonth) {
    return String.format("FY ending %04d-%02d", year, endMonth);
  }

  /**
   * The year a text says ends in a month: "the year ended December 31, 1986" is the calendar year 1986, "the year
   * ended March 31, 1986" fiscal.
   */
  private static String yearEndingLabel(int year, int endMonth) {
    return endMonth == 12 ? String.format("%04d", year) : fiscalLabel(year, endMonth);
  }
}
