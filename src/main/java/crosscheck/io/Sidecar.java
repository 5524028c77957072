package crosscheck.io;

import crosscheck.model.PartialDate;
import crosscheck.model.Rejection;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The optional {@code metadata.csv} beside the articles: for each article file, the outlet, date, URL and title that
 * its text does not say. Columns: file, source, date, url, title; empty cells say nothing.
 */
public final class Sidecar implements Serializable {

  public static final String FILE_NAME = "metadata.csv";

  /** What the sidecar says of one file; empty strings where it says nothing. */
  public record Entry(String source, String date, String url, String title) implements Serializable {}

  private final Map<String, Entry> byFile;
  private final List<Rejection> rejections;

  private Sidecar(Map<String, Entry> byFile, List<Rejection> rejections) {
    this.byFile = byFile;
    this.rejections = List.copyOf(rejections);
  }

  public static Sidecar empty() {
    return new Sidecar(new TreeMap<>(), List.of());
  }

  /** Reads the sidecar; a row that cannot be used is reported as a rejection of that line, not a failure. */
  public static Sidecar parse(String csv) {
    Map<String, Entry> byFile = new TreeMap<>();
    List<Rejection> rejections = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setAllowMissingColumnNames(false).build();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
      if (!parser.getHeaderMap().containsKey("file")) {
        rejections.add(new Rejection(FILE_NAME, 1, "sidecar has no 'file' column (expected file,source,date,url,title)"));
        return new Sidecar(byFile, rejections);
      }
      for (CSVRecord row : parser) {
        int line = (int) parser.getCurrentLineNumber();
        String date = cell(row, "date");
        if (!date.isEmpty() && PartialDate.parse(date).isEmpty()) {
          rejections.add(new Rejection(FILE_NAME, line, "date '" + date + "' is not YYYY, YYYY-MM or YYYY-MM-DD"));
          continue;
        }
        byFile.put(cell(row, "file"), new Entry(cell(row, "source"), date, cell(row, "url"), cell(row, "title")));
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
      rejections.add(new Rejection(FILE_NAME, 0, "sidecar cannot be read as CSV: " + e.getMessage()));
    }
    return new Sidecar(byFile, rejections);
  }

  private static String cell(CSVRecord row, String column) {
    return row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
  }

  public Entry entryFor(String file) {
    return byFile.getOrDefault(file, new Entry("", "", "", ""));
  }

  public List<Rejection> rejections() {
    return rejections;
  }
}
