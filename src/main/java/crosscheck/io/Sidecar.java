package crosscheck.io;

import crosscheck.model.PartialDate;
import crosscheck.model.Rejection;
import crosscheck.model.Rejection.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The optional {@code metadata.csv} beside the articles: for each article file, the outlet, date, URL and title that
 * its text does not say. Columns: file, source, date, url, title; empty cells say nothing.
 */
public final class Sidecar implements Serializable {

  public static final String FILE_NAME = "metadata.csv";
  /** The sidecar is held whole and sent to every reader: a bound far above a row for each of a million files. */
  static final long MAX_BYTES = 256L << 20;

  private static final String COLUMNS = "file,source,date,url,title";

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

  /**
   * The sidecar of {@code folder}, or none. One that cannot be used (a folder, a named pipe, too large, not text, in
   * an encoding other than UTF-8 or UTF-16 with a byte order mark) is one rejection that names it, and the run goes
   * on without it; it is never opened unless it is a regular file, so that a pipe cannot hang the run. Excel's byte
   * order mark is read, not taken for part of the first column's name.
   */
  public static Sidecar read(InputFolder folder) {
    Optional<Path> local = folder.local().map(path -> path.resolve(FILE_NAME));
    if (local.isPresent() && !Files.exists(local.get(), LinkOption.NOFOLLOW_LINKS)) {
      return empty();
    }
    if (local.isPresent() && !Files.isRegularFile(local.get())) {
      return rejected(Files.isDirectory(local.get()) ? "a folder, not a file: not read"
          : "not a regular file (a named pipe, a device or a link to nothing): not read");
    }
    try {
      Optional<MatchResult.Metadata> file = folder.file(FILE_NAME);
      if (file.isEmpty()) {
        return empty();
      }
      long size = file.get().sizeBytes();
      if (size > MAX_BYTES) {
        return rejected("is " + size + " bytes, over the limit of " + MAX_BYTES + " for a sidecar: not read");
      }
      byte[] bytes;
      try (InputStream in = Channels.newInputStream(FileSystems.open(file.get().resourceId()))) {
        bytes = in.readNBytes((int) MAX_BYTES);
      }
      TextBytes.Decoded decoded = TextBytes.decode(bytes, true);
      return decoded.text() == null ? rejected(decoded.problem() + ": not read") : parse(decoded.text());
    } catch (IOException e) {
      return rejected("cannot be read: " + e + ": not read");
    }
  }

  private static Sidecar rejected(String reason) {
    return new Sidecar(new TreeMap<>(), List.of(new Rejection(FILE_NAME, 0, Stage.SIDECAR, reason)));
  }

  /**
   * Reads the sidecar's text; a row that cannot be used is reported as a rejection of that line, not a failure. A
   * row for a file already described is rejected: the first one counts.
   */
  public static Sidecar parse(String csv) {
    Map<String, Entry> byFile = new TreeMap<>();
    Map<String, Integer> lineOf = new TreeMap<>();
    List<Rejection> rejections = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setAllowMissingColumnNames(false).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).build();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
      if (parser.getHeaderNames().isEmpty()) {
        rejections.add(new Rejection(FILE_NAME, 0, Stage.SIDECAR, "empty: no header line (expected " + COLUMNS
            + "): not read"));
        return new Sidecar(byFile, rejections);
      }
      if (!parser.getHeaderMap().containsKey("file")) {
        rejections.add(new Rejection(FILE_NAME, 1, Stage.SIDECAR, "no 'file' column in the header (expected "
            + COLUMNS + "): not read"));
        return new Sidecar(byFile, rejections);
      }
      for (CSVRecord row : parser) {
        int line = (int) parser.getCurrentLineNumber();
        String file = cell(row, "file");
        String date = cell(row, "date");
        String problem = file.isEmpty() ? "no file named in the 'file' column"
            : lineOf.containsKey(file) ? "'" + file + "' is already described on line " + lineOf.get(file)
            : !date.isEmpty() && PartialDate.parse(date).isEmpty()
                ? "date '" + date + "' is not YYYY, YYYY-MM or YYYY-MM-DD" : null;
        if (problem != null) {
          rejections.add(new Rejection(FILE_NAME, line, Stage.SIDECAR, problem));
          continue;
        }
        lineOf.put(file, line);
        byFile.put(file, new Entry(cell(row, "source"), date, cell(row, "url"), cell(row, "title")));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      rejections.add(new Rejection(FILE_NAME, 0, Stage.SIDECAR, "cannot be read as CSV: "
          + String.valueOf(e.getMessage()).split("\n")[0]));
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
