package crosscheck.config;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Dated exchange rates: units of a currency per US dollar, each valid from a month until the next entry. */
public final class RateTable implements Serializable {

  /** A rate and the month its table entry starts. */
  public record Rate(String currency, String fromMonth, BigDecimal unitsPerUsd) implements Serializable {}

  private final Map<String, TreeMap<String, Rate>> byCurrency;

  RateTable(Map<String, TreeMap<String, Rate>> byCurrency) {
    this.byCurrency = byCurrency;
  }

  /**
   * The rate in force in {@code month} (YYYY-MM or YYYY), or the earliest entry when the month precedes the table.
   */
  public Optional<Rate> rateFor(String currency, String month) {
    TreeMap<String, Rate> rates = byCurrency.get(currency);
    if (rates == null || rates.isEmpty()) {
      return Optional.empty();
    }
    Map.Entry<String, Rate> entry = rates.floorEntry(month.length() == 4 ? month + "-12" : month);
    return Optional.of(entry != null ? entry.getValue() : rates.firstEntry().getValue());
  }
}
