package crosscheck.output;

import crosscheck.io.Folder;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * {@code conflicts.xlsx}: {@code conflicts.csv} and {@code values.csv} as one workbook for reviewers, a sheet each,
 * written from the finished files. Every cell is text (typed as text: a period "2020" or a date "2021-06-08" stays as
 * written) but for the counts of articles and origins, which are numbers; no cell is a formula. The header row is
 * frozen and filters every column, long text wraps, an article's http(s) address is a link, and a sheet prints in
 * landscape, one page wide, with the header on every page.
 *
 * <p>Written in streaming mode (rows go to a temporary file, a window of them in memory), so a large run does not
 * hold its sheet in memory; a sheet holds at most Excel's 1,048,576 rows, and one cut short says so in its last row;
 * a cell holds at most 32,767 characters, and one cut short says so at its end.
 * The file's creation date is fixed (POI would write the time of the run), so the same input gives the same bytes.
 */
public final class Spreadsheet {

  private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
  private static final int MAX_CELL_CHARACTERS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
  private static final Date CREATED = Date.from(Instant.parse("2000-01-01T00:00:00Z"));
  private static final Set<String> NUMBERS = Set.of("articles", "origins");
  private static final Pattern COUNT = Pattern.compile("\\d{1,9}");
  private static final Set<String> WRAPPED = Set.of("cited", "values", "claim_ids", "explanation", "title");
  /** Column widths in characters; a column not named is {@value #DEFAULT_WIDTH} wide. */
  private static final Map<String, Integer> WIDTHS = Map.ofEntries(Map.entry("entity", 22), Map.entry("metric", 16),
      Map.entry("period", 16), Map.entry("verdict", 15), Map.entry("articles", 9), Map.entry("origins", 9),
      Map.entry("cited", 30), Map.entry("values", 40), Map.entry("explanation", 70), Map.entry("title", 40),
      Map.entry("url", 40), Map.entry("group_key", 30), Map.entry("claim_id", 30), Map.entry("article_id", 24),
      Map.entry("value", 20));
  private static final int DEFAULT_WIDTH = 14;
  private static final int ROWS_IN_MEMORY = 200;
  /** The height of a line of the default font (Calibri 11), and the most lines a row grows to (Excel: 409 pt). */
  private static final float LINE_POINTS = 15f;
  private static final int MAX_LINES = 27;

  private Spreadsheet() {}

  /** Writes {@code target} in {@code dir} from the run's {@code conflicts} and {@code values} files there. */
  public static void write(Folder dir, String conflicts, String values, String target) throws IOException {
    StreamingWorkbook book = new StreamingWorkbook(ROWS_IN_MEMORY);
    try {
      Styles styles = new Styles(book);
      sheet(book, styles, "conflicts", dir, conflicts, OutputFiles.CONFLICT_COLUMNS);
      sheet(book, styles, "values", dir, values, OutputFiles.VALUE_COLUMNS);
      book.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(CREATED));
      book.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("crosscheck");
      try (OutputStream out = dir.create(target)) {
        book.write(out);
      }
    } finally {
      book.release();
    }
  }

  private static void sheet(StreamingWorkbook book, Styles styles, String name, Folder dir, String csv,
      List<String> columns)
      throws IOException {
    SXSSFSheet sheet = book.createSheet(name);
    SXSSFRow header = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      SXSSFCell cell = header.createCell(i);
      cell.setCellValue(columns.get(i));
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(i, WIDTHS.getOrDefault(columns.get(i), DEFAULT_WIDTH) * 256);
    }
    sheet.createFreezePane(0, 1);
    // Printed across the page, the header on every page: every column of a row on one page.
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    long[] rows = {0};
    SpreadsheetCsv.read(dir.open(csv), record -> {
      rows[0]++;
      if (rows[0] < MAX_ROWS - 1) {
        row(book, styles, sheet.createRow((int) rows[0]), columns, record);
      }
    });
    int last = (int) Math.min(rows[0], MAX_ROWS - 2);
    if (rows[0] > last) {
      sheet.createRow(last + 1).createCell(0).setCellValue(
          (rows[0] - last) + " more rows are not in this sheet (a sheet holds " + MAX_ROWS + "): see "
              + csv);
    }
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(last, 1), 0, columns.size() - 1));
  }

  private static void row(StreamingWorkbook book, Styles styles, SXSSFRow row, List<String> columns,
      Map<String, String> record) {
    row.setHeightInPoints(LINE_POINTS * lines(columns, record));
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      String text = record.get(column);
      SXSSFCell cell = row.createCell(i);
      if (NUMBERS.contains(column) && COUNT.matcher(text).matches()) {
        cell.setCellValue(Integer.parseInt(text));
        cell.setCellStyle(styles.number);
        continue;
      }
      cell.setCellValue(fitted(text, column));
      cell.setCellStyle(WRAPPED.contains(column) ? styles.wrapped : styles.text);
      String address = column.equals("url") ? ReportPage.webAddress(text) : "";
      if (!address.isEmpty() && isUri(address)) {
        book.link(cell, address);
        cell.setCellStyle(styles.link);
      }
    }
  }

  /**
   * The text, or as much of it as a cell holds (Excel's 32,767 characters) and where the rest is: a subject reported
   * by thousands of articles lists thousands of values and claim ids, which POI refuses to write in one cell.
   */
  static String fitted(String text, String column) {
    if (text.length() <= MAX_CELL_CHARACTERS) {
      return text;
    }
    String rest = "… (" + column + " cut here: the whole text is in the csv file)";
    int end = MAX_CELL_CHARACTERS - rest.length();
    // never half of a character written as two (a surrogate pair), which is not XML
    end = Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    return text.substring(0, end) + rest;
  }

  /**
   * How many lines the row's wrapped text takes, estimated from its length and the column's width (no spreadsheet
   * program sizes a row on opening a file that does not, and a wrapped cell would run over the rows below).
   */
  private static int lines(List<String> columns, Map<String, String> record) {
    int lines = 1;
    for (String column : columns) {
      if (WRAPPED.contains(column)) {
        int width = WIDTHS.getOrDefault(column, DEFAULT_WIDTH) - 2;
        lines = Math.max(lines, (record.get(column).length() + width - 1) / width);
      }
    }
    return Math.min(lines, MAX_LINES);
  }

  /** A cell's link to an article's address: the cell as "K2". */
  private record Link(String cell, String address) {}

  /** Whether a link may point there: as POI's links, an address that is not a valid URI stays text. */
  private static boolean isUri(String address) {
    try {
      new URI(address);
      return true;
    } catch (URISyntaxException notAUri) {
      return false;
    }
  }

  /**
   * SXSSF whose rows go to their temporary file through a buffer that takes no lock (POI writes a row as many small
   * strings, and a {@link java.io.BufferedWriter} locks for each), and which is let go without a second save. The
   * bytes are the same.
   */
  private static final class StreamingWorkbook extends SXSSFWorkbook {
    private static final String RELATIONSHIPS_NAMESPACE =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** What follows a sheet's hyperlinks in the worksheet schema's order (CT_Worksheet), or its end. */
    private static final Pattern AFTER_HYPERLINKS = Pattern.compile("<(?:printOptions|pageMargins|pageSetup|"
        + "headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|"
        + "legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)"
        + "[\\s/>]|</worksheet>");

    /** Each sheet's links, by sheet name, in the order of their cells. */
    private final Map<String, List<Link>> links = new HashMap<>();

    StreamingWorkbook(int rowsInMemory) {
      super(rowsInMemory);
    }

    /**
     * Makes the cell a link to the address. Not POI's hyperlinks: POI keeps each as an XML object and a package
     * relationship, and marshals both when saving, which took 40% of the spreadsheet's time on the Reuters corpus
     * (43,000 links); these are written as text with the sheet ({@link #injectData}).
     */
    void link(SXSSFCell cell, String address) {
      links.computeIfAbsent(cell.getSheet().getSheetName(), name -> new ArrayList<>())
          .add(new Link(cell.getAddress().formatAsString(), address));
    }

    /**
     * POI's copy of the template with each sheet's rows in place of its empty {@code <sheetData/>}, and for a sheet
     * with links, its {@code <hyperlinks>} in their place in the schema's order and its relationships part (one
     * relationship a link, as POI writes them).
     */
    @Override
    protected void injectData(ZipEntrySource template, OutputStream out) throws IOException {
      ZipArchiveOutputStream zip = createArchiveOutputStream(out);
      try {
        for (ZipArchiveEntry entry : Collections.list(template.getEntries())) {
          XSSFSheet sheet = getSheetFromZipEntryName(entry.getName());
          List<Link> sheetLinks = sheet == null ? List.of() : links.getOrDefault(sheet.getSheetName(), List.of());
          putEntry(zip, entry.getName(), entry.getTime());
          try (InputStream in = template.getInputStream(entry)) {
            if (in instanceof ZipArchiveThresholdInputStream guarded) {
              guarded.setGuardState(false);
            }
            if (sheet == null) {
              in.transferTo(zip);
            } else {
              writeSheet(new String(in.readAllBytes(), StandardCharsets.UTF_8), getSheet(sheet.getSheetName()),
                  sheetLinks, zip);
            }
          }
          zip.closeArchiveEntry();
          if (!sheetLinks.isEmpty()) {
            String relationships = relationshipsPart(entry.getName());
            if (template.getEntry(relationships) != null) {
              throw new IllegalStateException(relationships + " exists: links would need its relationships merged");
            }
            putEntry(zip, relationships, entry.getTime());
            zip.write(relationships(sheetLinks).getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
          }
        }
      } finally {
        zip.finish();
        template.close();
      }
    }

    private static void putEntry(ZipArchiveOutputStream zip, String name, long time) throws IOException {
      ZipArchiveEntry entry = new ZipArchiveEntry(name);
      if (time >= 0) {
        entry.setTime(time);
      }
      zip.putArchiveEntry(entry);
    }

    private void writeSheet(String xml, SXSSFSheet sheet, List<Link> sheetLinks, OutputStream out)
        throws IOException {
      int data = xml.indexOf("<sheetData/>");
      if (data < 0) {
        throw new IllegalStateException("no empty <sheetData/> in the template of sheet " + sheet.getSheetName());
      }
      String head = xml.substring(0, data);
      String tail = xml.substring(data + "<sheetData/>".length());
      if (!sheetLinks.isEmpty()) {
        int rootEnd = head.indexOf('>', head.indexOf("<worksheet"));
        if (!head.substring(0, rootEnd).contains("xmlns:r=")) {
          head = head.substring(0, rootEnd) + " xmlns:r=\"" + RELATIONSHIPS_NAMESPACE + "\"" + head.substring(rootEnd);
        }
        Matcher after = AFTER_HYPERLINKS.matcher(tail);
        if (!after.find()) {
          throw new IllegalStateException("no end in the template of sheet " + sheet.getSheetName());
        }
        tail = tail.substring(0, after.start()) + hyperlinks(sheetLinks) + tail.substring(after.start());
      }
      out.write((head + "<sheetData>\n").getBytes(StandardCharsets.UTF_8));
      createSheetInjector(sheet).writeSheetData(out);
      out.write(("</sheetData>" + tail).getBytes(StandardCharsets.UTF_8));
    }

    /** The sheet's relationships part: {@code xl/worksheets/sheet2.xml} has {@code xl/worksheets/_rels/sheet2.xml.rels}. */
    private static String relationshipsPart(String sheetPart) {
      int slash = sheetPart.lastIndexOf('/');
      return sheetPart.substring(0, slash + 1) + "_rels/" + sheetPart.substring(slash + 1) + ".rels";
    }

    private static String hyperlinks(List<Link> sheetLinks) {
      StringBuilder xml = new StringBuilder("<hyperlinks>");
      for (int i = 0; i < sheetLinks.size(); i++) {
        xml.append("<hyperlink ref=\"").append(sheetLinks.get(i).cell()).append("\" r:id=\"")
            .append(relationshipId(i)).append("\"/>");
      }
      return xml.append("</hyperlinks>").toString();
    }

    private static String relationships(List<Link> sheetLinks) {
      StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
      for (int i = 0; i < sheetLinks.size(); i++) {
        xml.append("<Relationship Id=\"").append(relationshipId(i)).append("\" Target=\"")
            .append(attribute(sheetLinks.get(i).address())).append("\" TargetMode=\"External\" Type=\"")
            .append(RELATIONSHIPS_NAMESPACE).append("/hyperlink\"/>");
      }
      return xml.append("</Relationships>").toString();
    }

    /** The id of the sheet's {@code i}th link in its relationships part, as POI numbers them. */
    private static String relationshipId(int i) {
      return "rId" + (i + 1);
    }

    private static String attribute(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * Deletes the rows' temporary files and drops the package unsaved. Not {@code close()}: on a new workbook it saves
     * the whole package once more, into memory (a tenth of the spreadsheet's time when POI still kept the links).
     * {@code dispose()} is deprecated only because {@code close()} now deletes the
     * files too (POI bug 68183).
     */
    @SuppressWarnings("deprecation")
    void release() {
      dispose();
      getXSSFWorkbook().getPackage().revert();
    }

    /**
     * At the fastest level: at the default, compressing took a third of the spreadsheet's time on the Reuters corpus
     * (the file is a quarter larger, 8.0 MB instead of 6.3).
     */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
      ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
      zip.setLevel(Deflater.BEST_SPEED);
      return zip;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
      return new SheetDataWriter() {
        /** Deprecated as public: POI means to make it protected, still the hook for the writer. */
        @Override
        @SuppressWarnings("deprecation")
        public Writer createWriter(File file) throws IOException {
          return new UnlockedBufferedWriter(
              new OutputStreamWriter(decorateOutputStream(new FileOutputStream(file)), StandardCharsets.UTF_8));
        }
      };
    }
  }

  /**
   * The workbook's cell styles, all aligned to the top of the row: text ("@", so that an edited cell stays text),
   * numbers, wrapped text, links, the header.
   */
  private static final class Styles {
    final CellStyle text;
    final CellStyle number;
    final CellStyle wrapped;
    final CellStyle link;
    final CellStyle header;

    Styles(SXSSFWorkbook book) {
      short textFormat = book.createDataFormat().getFormat("@");
      text = book.createCellStyle();
      text.setDataFormat(textFormat);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      number = book.createCellStyle();
      number.setVerticalAlignment(VerticalAlignment.TOP);
      wrapped = book.createCellStyle();
      wrapped.cloneStyleFrom(text);
      wrapped.setWrapText(true);
      link = book.createCellStyle();
      link.cloneStyleFrom(text);
      Font blue = book.createFont();
      blue.setUnderline(Font.U_SINGLE);
      blue.setColor(IndexedColors.BLUE.getIndex());
      link.setFont(blue);
      header = book.createCellStyle();
      header.cloneStyleFrom(text);
      Font bold = book.createFont();
      bold.setBold(true);
      header.setFont(bold);
    }
  }
}
