package crosscheck.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV for reviewers who open it in Excel or LibreOffice: RFC 4180 quoting (newlines stay inside quoted cells), and
 * text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) prefixed
 * with an apostrophe, as OWASP advises. A cell that is a plain number, negative or not, stays a number.
 */
public final class SpreadsheetCsv {

  /** Byte order mark, so that spreadsheets read the file as UTF-8. */
  public static final String BOM = "\uFEFF";

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

  private SpreadsheetCsv() {}

  /** One record, ending with CRLF. */
  public static String row(List<?> cells) {
    Object[] safe = new Object[cells.size()];
    for (int i = 0; i < safe.length; i++) {
      safe[i] = safeCell(String.valueOf(cells.get(i)));
    }
    StringBuilder out = new StringBuilder();
    try {
      // The format prints straight into the builder: a CSVPrinter per row costs more than the row.
      FORMAT.printRecord(out, safe);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Reads a file written with {@link #BOM} and {@link #row}, a header first: each record as column to cell, every
   * cell as it was before {@link #safeCell} defused it, in file order.
   */
  public static void read(InputStream file, Consumer<Map<String, String>> record) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8))) {
      in.mark(1);
      if (in.read() != BOM.charAt(0)) {
        in.reset();
      }
      try (CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().get())) {
        for (CSVRecord row : parser) {
          Map<String, String> cells = new LinkedHashMap<>();
          parser.getHeaderNames().forEach(column -> cells.put(column, originalCell(row.get(column))));
          record.accept(cells);
        }
      }
    }
  }

  /**
   * The cell before {@link #safeCell}: without the apostrophe it put before a formula. (A text that itself began
   * with an apostrophe and a formula character cannot be told apart, and loses its apostrophe.)
   */
  static String originalCell(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && !safeCell(cell.substring(1)).equals(cell.substring(1))
        ? cell.substring(1) : cell;
  }

  static String safeCell(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    // Only a cell that starts like a formula needs the number test (the costly part): most do not.
    return formula && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
  }
}
