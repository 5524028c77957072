package crosscheck.config;

import java.math.BigDecimal;
import org.apache.commons.csv.CSVRecord;

/**
 * The range of a number of the config, its bounds written as decimals. A value is read as a decimal, so that
 * {@code NaN}, {@code Infinity} and a value that would underflow a double to 0 ({@code 1e-400}) are refused, each
 * bound being a double far from underflow and overflow.
 */
record NumberRange(String min, String max) {

  /** The number in {@code column}, which must be a decimal in this range. */
  BigDecimal read(CSVRecord row, String column) {
    String text = row.get(column);
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " '" + text + "' is not a number" + this);
    }
    if (!contains(value)) {
      throw new IllegalArgumentException(column + " " + text + " is out of range" + this);
    }
    return value;
  }

  boolean contains(BigDecimal value) {
    return value.compareTo(new BigDecimal(min)) >= 0 && value.compareTo(new BigDecimal(max)) <= 0;
  }

  /** The range, as a message says it. */
  @Override
  public String toString() {
    return ": it must be from " + min + " to " + max;
  }
}
