package crosscheck.model;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A publication date that may be known only to the year or month (month and day are 0 when unknown). */
public record PartialDate(int year, int month, int day) implements Serializable {

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?");

  public PartialDate {
    if (year < 1000 || year > 9999 || month < 0 || month > 12 || day < 0 || (month == 0 && day != 0)) {
      throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
    }
    if (day != 0) {
      LocalDate.of(year, month, day); // throws DateTimeException for 2021-02-30
    }
  }

  /** Reads 2021, 2021-05, 2021-05-17 or 2018/9/2; empty when the text is not such a date. */
  public static Optional<PartialDate> parse(String text) {
    Matcher m = ISO.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      return Optional.of(new PartialDate(Integer.parseInt(m.group(1)), month, day));
    } catch (IllegalArgumentException | DateTimeException e) {
      return Optional.empty();
    }
  }

  public boolean hasMonth() {
    return month != 0;
  }

  /** The date to the month, e.g. 2021-05, or the year alone when the month is unknown. */
  public String toMonthString() {
    return month == 0 ? padded(year, 4) : padded(year, 4) + "-" + padded(month, 2);
  }

  /** {@code String.format("%0{width}d", value)} without a formatter: every claim's date passes here. */
  private static String padded(int value, int width) {
    if (value < 0) {
      return String.format("%0" + width + "d", value);
    }
    String digits = Integer.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  @Override
  public String toString() {
    return day == 0 ? toMonthString() : String.format("%04d-%02d-%02d", year, month, day);
  }
}
