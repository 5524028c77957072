package crosscheck.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.corpus.PlainRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conflicts.xlsx} read back with POI, as a spreadsheet program would read it. */
class SpreadsheetTest {

  @TempDir Path tmp;

  @Test
  void textStaysTextTheHeaderIsFrozenAndFilteredAndUrlsAreLinks() throws IOException {
    Path input = HostileInput.write(tmp.resolve("in"));
    Files.writeString(input.resolve("linked.txt"), "title: Cloud results\nsource: Example News\ndate: 2021-05-20\n"
        + "url: https://example.org/news/cloud?id=7&page=2\n\nAlibaba Cloud's revenue grew 37% in the March quarter "
        + "of 2021, the company said.\n");
    Path out = tmp.resolve("out");
    PlainRun.main(new String[] {"--input=" + input, "--output=" + out});
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out.resolve(OutputFiles.SPREADSHEET)))) {
      XSSFSheet conflicts = book.getSheet("conflicts");
      XSSFSheet values = book.getSheet("values");
      assertEquals(Files.readAllLines(out.resolve(OutputFiles.CONFLICTS)).size() - 1, conflicts.getLastRowNum());
      assertEquals(Files.readAllLines(out.resolve(OutputFiles.VALUES)).size() - 1, values.getLastRowNum());
      for (XSSFSheet sheet : List.of(conflicts, values)) {
        assertTrue(sheet.getPaneInformation().isFreezePane());
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), "the header row is frozen");
        assertEquals("A1:" + (char) ('A' + sheet.getRow(0).getLastCellNum() - 1) + (sheet.getLastRowNum() + 1),
            sheet.getCTWorksheet().getAutoFilter().getRef(), "every column of every row is filtered");
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertNotEquals(CellType.FORMULA, cell.getCellType());
          }
        }
      }
      List<String> header = texts(conflicts.getRow(0));
      assertEquals(OutputFiles.CONFLICT_COLUMNS, header);
      assertEquals(OutputFiles.VALUE_COLUMNS, texts(values.getRow(0)));
      Row first = conflicts.getRow(1);
      assertEquals("CONFLICT", first.getCell(header.indexOf("verdict")).getStringCellValue(), "conflicts first");
      assertEquals(CellType.NUMERIC, first.getCell(header.indexOf("articles")).getCellType());
      assertTrue(first.getCell(header.indexOf("explanation")).getCellStyle().getWrapText());
      boolean yearAsText = false;
      for (Row row : conflicts) {
        Cell period = row.getCell(header.indexOf("period"));
        assertEquals(CellType.STRING, period.getCellType());
        yearAsText |= period.getStringCellValue().equals("2020");
      }
      assertTrue(yearAsText, "the period 2020 is the text 2020, not a number");

      List<String> valueColumns = texts(values.getRow(0));
      int links = 0;
      for (Row row : values) {
        if (row.getRowNum() == 0) {
          continue;
        }
        assertEquals(CellType.STRING, row.getCell(valueColumns.indexOf("date")).getCellType(), "a date stays text");
        Cell url = row.getCell(valueColumns.indexOf("url"));
        String address = url.getStringCellValue();
        if (address.startsWith("https://") && !address.contains("<")) {
          assertEquals(address, url.getHyperlink().getAddress());
          links++;
        } else {
          assertNull(url.getHyperlink(), "only a valid http(s) address is a link: " + address);
        }
      }
      assertTrue(links > 0, "an article with a web address");
    }
  }

  @Test
  void aCellLongerThanExcelAllowsIsCutAndSaysSo() throws IOException {
    // One subject that 3,000 sentences report: its claim ids alone run past Excel's 32,767 characters a cell.
    Path input = Files.createDirectories(tmp.resolve("one-subject"));
    Files.writeString(input.resolve("big.txt"), "title: Cloud results\nsource: Example News\ndate: 2021-05-20\n\n"
        + "Alibaba Cloud revenue grew 37% in 2020, according to IDC. ".repeat(3000) + "\n");
    Path out = tmp.resolve("out");
    PlainRun.main(new String[] {"--input=" + input, "--output=" + out});
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out.resolve(OutputFiles.SPREADSHEET)))) {
      XSSFSheet conflicts = book.getSheet("conflicts");
      List<String> header = texts(conflicts.getRow(0));
      String ids = conflicts.getRow(1).getCell(header.indexOf("claim_ids")).getStringCellValue();
      assertEquals(32_767, ids.length());
      assertTrue(ids.endsWith("… (claim_ids cut here: the whole text is in the csv file)"), ids);
      assertTrue(Files.readString(out.resolve(OutputFiles.CONFLICTS)).contains(ids.substring(0, 32_000)));
    }
    // A chart emoji (two chars) that the cut would split: it goes whole.
    int end = Spreadsheet.fitted("x".repeat(40_000), "values").indexOf('…');
    String cut = Spreadsheet.fitted("x".repeat(end - 1) + "\uD83D\uDCC8" + "y".repeat(40_000), "values");
    assertTrue(cut.startsWith("x".repeat(end - 1) + "… (values cut here"), "no half a pair");
    assertEquals("short", Spreadsheet.fitted("short", "values"));
  }

  @Test
  void theSameInputGivesTheSameBytes() throws IOException {
    List<byte[]> runs = new ArrayList<>();
    for (String run : List.of("a", "b")) {
      Path out = tmp.resolve(run);
      PlainRun.main(new String[] {"--input=input", "--output=" + out});
      runs.add(Files.readAllBytes(out.resolve(OutputFiles.SPREADSHEET)));
    }
    assertArrayEquals(runs.get(0), runs.get(1));
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }
}
