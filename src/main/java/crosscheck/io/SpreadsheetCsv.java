package crosscheck.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
    List<String> safe = new ArrayList<>();
    for (Object cell : cells) {
      safe.add(safeCell(String.valueOf(cell)));
    }
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(safe);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String safeCell(String cell) {
    if (cell.isEmpty() || NUMBER.matcher(cell).matches()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
  }
}
