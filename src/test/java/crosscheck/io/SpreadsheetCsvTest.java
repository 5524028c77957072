package crosscheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

  @Test
  void formulasAreDefusedAndNumbersKept() throws Exception {
    List<String> cells = List.of("=HYPERLINK(\"http://x\")", "+1+2", "-3", "-2.5", "@SUM(A1)", "\tcmd", "\rcmd",
        "-cmd|' /C calc'!A0", "line one\nline two", "plain, with \"quotes\"", "42", "");
    String row = SpreadsheetCsv.row(cells);
    try (CSVParser parser = CSVParser.parse(new StringReader(row), CSVFormat.RFC4180)) {
      CSVRecord record = parser.getRecords().get(0);
      assertEquals(List.of("'=HYPERLINK(\"http://x\")", "'+1+2", "-3", "-2.5", "'@SUM(A1)", "'\tcmd", "'\rcmd",
          "'-cmd|' /C calc'!A0", "line one\nline two", "plain, with \"quotes\"", "42", ""), record.toList());
    }
  }
}
