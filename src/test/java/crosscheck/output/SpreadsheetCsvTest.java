package crosscheck.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void readingGivesBackTheCellsAsTheyWereBeforeDefusing(@TempDir Path tmp) throws Exception {
    List<String> cells = List.of("=SUM(A1)", "-3", "'quoted", "line one\nline two", "");
    Path file = tmp.resolve("file.csv");
    Files.writeString(file, SpreadsheetCsv.BOM + SpreadsheetCsv.row(List.of("a", "b", "c", "d", "e"))
        + SpreadsheetCsv.row(cells));
    List<Map<String, String>> records = new ArrayList<>();
    SpreadsheetCsv.read(Files.newInputStream(file), records::add);
    assertEquals(1, records.size());
    assertEquals(List.of("a", "b", "c", "d", "e"), List.copyOf(records.get(0).keySet()));
    assertEquals(List.of("=SUM(A1)", "-3", "'quoted", "line one\nline two", ""),
        List.copyOf(records.get(0).values()));
  }
}
