package crosscheck.config;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV config file strictly: its header names the expected columns and no others (a misspelt optional column
 * must not be ignored), every row has as many fields, and every error names the file and the line.
 */
final class ConfigCsv {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();

  private ConfigCsv() {}

  /**
   * Each row read by {@code row}, which throws {@link IllegalArgumentException} for a value it refuses.
   *
   * @param columns the columns the header must name
   * @param optional the columns it may name as well
   */
  static <T> List<T> rows(ConfigLoader.Source source, List<String> columns, List<String> optional,
      Function<CSVRecord, T> row) {
    String expected = " (expected " + String.join(",", columns)
        + (optional.isEmpty() ? "" : ", and optionally " + String.join(",", optional)) + ")";
    CSVParser parser;
    try {
      parser = CSVParser.parse(new StringReader(source.text()), FORMAT);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException(source.label() + ":1: the header cannot be read: " + e.getMessage() + expected, e);
    }
    List<T> rows = new ArrayList<>();
    try (parser) {
      for (String column : columns) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new ConfigException(source.label() + ":1: missing column '" + column + "'" + expected);
        }
      }
      for (String column : parser.getHeaderNames()) {
        if (!columns.contains(column) && !optional.contains(column)) {
          throw new ConfigException(source.label() + ":1: unknown column '" + column + "'" + expected);
        }
      }
      for (CSVRecord record : parser) {
        try {
          if (!record.isConsistent()) {
            throw new IllegalArgumentException("expected " + parser.getHeaderNames().size() + " fields, got "
                + record.size());
          }
          rows.add(row.apply(record));
        } catch (IllegalArgumentException e) {
          throw new ConfigException(source.label() + ":" + parser.getCurrentLineNumber() + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ConfigException(source.label() + ": cannot be read as CSV: " + e.getMessage(), e);
    }
    return rows;
  }
}
