package crosscheck.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import crosscheck.model.Article;
import crosscheck.model.PartialDate;
import crosscheck.model.Rejection;
import crosscheck.model.Rejection.Stage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one input file into articles, or into rejections that say what is wrong with it. {@code .txt} files are one
 * article, optionally opening with a header block ({@code title:}, {@code source:}, {@code date:}, {@code url:} lines
 * and a blank line); {@code .jsonl} files hold one article per line ({@code id}, {@code source}, {@code date},
 * {@code url}, {@code title}, {@code text}). Metadata the header does not give comes from the text's own lines
 * ("date 2021-05-17", "Source:Global Times Published: 2018/9/2", "Author: …, Caixin Global") and then from the
 * sidecar. Line ends are normalised to '\n'; claim offsets refer to that text.
 *
 * <p>Strict: a {@code .txt} file is UTF-8 (a byte order mark is dropped) or UTF-16 with a byte order mark; a
 * {@code .jsonl} file is UTF-8, each line one JSON object whose fields are strings, no key given twice. Anything else
 * is rejected with the file, the line (0 for the whole file), the stage and the reason.
 */
public final class ArticleReader implements Serializable {

  /** What one file gave. */
  public record Result(List<Article> articles, List<Rejection> rejections) {}

  /** A key given twice is an error, not "the last one wins". */
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  /** The fields read from a JSONL line: each a string when present. */
  private static final List<String> FIELDS = List.of("id", "source", "date", "url", "title", "text");
  private static final long UNKNOWN_SIZE = -1;
  private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 16;
  private static final Pattern HEADER_LINE = Pattern.compile("(?i)(title|source|date|url|author)\\s*:\\s*(.*)");
  private static final Pattern LEADING_DATE = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b");
  private static final Pattern SOURCE_PUBLISHED =
      Pattern.compile("(?m)^\\s*Source:\\s*(.+?)\\s+Published:\\s*(\\d{4}/\\d{1,2}/\\d{1,2})");
  private static final Pattern AUTHOR_OUTLET = Pattern.compile("(?m)^\\s*Author:\\s*[^\\n]*,\\s*([^,\\n]+?)\\s*$");

  private final Sidecar sidecar;
  private final long maxArticleBytes;

  /** @param maxArticleBytes the largest article or JSONL line read; at most what one Java array holds */
  public ArticleReader(Sidecar sidecar, long maxArticleBytes) {
    this.sidecar = sidecar;
    this.maxArticleBytes = Math.min(maxArticleBytes, LARGEST_ARRAY);
  }

  /** Opens a file to read; the reader opens it only once its name says it is worth reading. */
  public interface Opener {
    ReadableByteChannel open() throws IOException;
  }

  /**
   * Reads one file, never failing: whatever goes wrong, from opening it to a bug of this reader, is a rejection of
   * the file. A file whose channel knows its size (a local file, most object stores) over the limit is rejected by
   * that size before a byte of it is read; no read holds more than the limit and a buffer.
   */
  public Result read(String fileName, Opener opener) {
    String badName = nameProblem(fileName);
    if (badName != null) {
      return rejected(fileName, 0, Stage.READ, badName);
    }
    try (ReadableByteChannel channel = opener.open()) {
      long size = channel instanceof SeekableByteChannel seekable ? seekable.size() : UNKNOWN_SIZE;
      return read(fileName, size, Channels.newInputStream(channel));
    } catch (IOException e) {
      return rejected(fileName, 0, Stage.READ, "cannot be read: " + e);
    } catch (RuntimeException | StackOverflowError e) {
      return new Result(List.of(), List.of(Rejection.ofCrash(fileName, Stage.READ, e, ArticleReader.class)));
    }
  }

  /** Reads a file's bytes already in memory, as {@link #read(String, Opener)} reads a file. */
  public Result read(String fileName, byte[] bytes) {
    return read(fileName, () -> Channels.newChannel(new ByteArrayInputStream(bytes)));
  }

  private Result read(String fileName, long size, InputStream in) throws IOException {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".txt")
        ? readText(fileName, size, in)
        : readJsonLines(fileName, new BufferedInputStream(in, TextBytes.HEAD));
  }

  /** Why a file of this name is not read, or null. */
  private static String nameProblem(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".txt") && !lower.endsWith(".jsonl")) {
      return "unsupported file type: expected .txt or .jsonl";
    }
    if (stem(fileName).isBlank()) {
      return "no name before the extension: the article id would be empty";
    }
    return null;
  }

  private static String stem(String fileName) {
    return fileName.substring(0, fileName.lastIndexOf('.'));
  }

  private Result readText(String fileName, long size, InputStream in) throws IOException {
    if (size > maxArticleBytes) {
      return rejected(fileName, 0, Stage.READ, tooLarge("article is " + size + " bytes"));
    }
    byte[] bytes = in.readNBytes((int) Math.max(0, maxArticleBytes + 1));
    if (bytes.length > maxArticleBytes) {
      return rejected(fileName, 0, Stage.READ, tooLarge("article is more than " + maxArticleBytes + " bytes"));
    }
    TextBytes.Decoded decoded = TextBytes.decode(bytes, true);
    if (decoded.text() == null) {
      return rejected(fileName, 0, Stage.READ, decoded.problem());
    }
    String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      return rejected(fileName, 0, Stage.READ, "empty file: only whitespace");
    }
    Split split = splitHeader(text);
    if (split.repeated() != null) {
      return rejected(fileName, 0, Stage.PARSE, "the header gives '" + split.repeated() + ":' twice");
    }
    Map<String, String> header = split.header();
    String body = split.body();
    if (body.isBlank()) {
      return rejected(fileName, 0, Stage.PARSE, "a header and no text after it");
    }
    String date = header.getOrDefault("date", "");
    if (!date.isEmpty() && PartialDate.parse(date).isEmpty()) {
      return rejected(fileName, 0, Stage.PARSE, "header date '" + date + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
    Sidecar.Entry side = sidecar.entryFor(fileName);
    String source = first(header.get("source"), sourceInText(body), side.source());
    String title = first(header.get("title"), titleInText(body), side.title());
    Article article = new Article(stem(fileName), fileName, source, first(date, dateInText(body), side.date()),
        first(header.get("url"), side.url()), title, body);
    return new Result(List.of(article), List.of());
  }

  /** One article a line, each line streamed and held only up to the limit. */
  private Result readJsonLines(String fileName, BufferedInputStream in) throws IOException {
    in.mark(TextBytes.HEAD);
    byte[] head = in.readNBytes(TextBytes.HEAD);
    in.reset();
    String problem = TextBytes.problemOfHead(head, head.length, false);
    if (problem != null) {
      return rejected(fileName, 0, Stage.READ, problem);
    }
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    BoundedLines lines = new BoundedLines(in, maxArticleBytes, TextBytes.Mark.of(head, head.length).length);
    for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
      if (line.bytes() == null) {
        rejections.add(new Rejection(fileName, line.number(), Stage.READ,
            tooLarge("line is " + line.length() + " bytes")));
        continue;
      }
      TextBytes.Decoded decoded =
          TextBytes.decode(line.bytes(), 0, line.bytes().length, StandardCharsets.UTF_8, line.offset());
      if (decoded.text() == null) {
        rejections.add(new Rejection(fileName, line.number(), Stage.READ, decoded.problem()));
      } else if (!decoded.text().isBlank()) {
        String why = parseLine(fileName, line.number(), decoded.text(), articles);
        if (why != null) {
          rejections.add(new Rejection(fileName, line.number(), Stage.PARSE, why));
        }
      }
    }
    if (articles.isEmpty() && rejections.isEmpty()) {
      return rejected(fileName, 0, Stage.READ, "empty file: only whitespace");
    }
    return new Result(articles, rejections);
  }

  /** Adds the line's article to {@code articles}; returns why there is none, or null. */
  private static String parseLine(String fileName, int lineNumber, String line, List<Article> articles) {
    JsonNode node;
    try (JsonParser parser = JSON.createParser(line)) {
      node = JSON.readTree(parser);
      if (parser.nextToken() != null) {
        return "more than one JSON value on the line: one article a line";
      }
    } catch (IOException e) {
      String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
      return "not valid JSON: " + message.split("\n")[0];
    }
    if (node == null || !node.isObject()) {
      return "not a JSON object";
    }
    for (String name : FIELDS) {
      JsonNode value = node.get(name);
      boolean absent = value == null || value.isNull() && !name.equals("text");
      if (!absent && !value.isTextual()) {
        return "'" + name + "' must be a string, not " + value.getNodeType().name().toLowerCase(Locale.ROOT);
      }
    }
    String body = field(node, "text");
    if (body.isBlank()) {
      return node.has("text") ? "'text' is empty" : "no 'text' field";
    }
    String date = field(node, "date");
    if (!date.isEmpty() && PartialDate.parse(date).isEmpty()) {
      return "date '" + date + "' is not YYYY, YYYY-MM or YYYY-MM-DD";
    }
    String id = first(field(node, "id"), stem(fileName) + "-L" + lineNumber);
    articles.add(new Article(id, fileName + ":" + lineNumber, first(field(node, "source"), sourceInText(body)),
        first(date, dateInText(body)), field(node, "url"), field(node, "title"), body));
    return null;
  }

  private String tooLarge(String what) {
    return what + ", over the limit of " + maxArticleBytes + " (--maxArticleBytes)";
  }

  /** A field checked to be a string, or absent: its text, or "". */
  private static String field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? "" : value.textValue();
  }

  /** A text split into its header block (empty when there is none) and its body; a key given twice, or null. */
  private record Split(Map<String, String> header, String body, String repeated) {}

  /**
   * Splits off a leading header block: lines that all look like "key: value", ending at the first blank line or
   * at the end of the text (then the text is all header). A text that does not open so is all body.
   */
  private static Split splitHeader(String text) {
    int blank = text.indexOf("\n\n");
    String block = blank < 0 ? text.strip() : text.substring(0, blank);
    Map<String, String> header = new LinkedHashMap<>();
    String repeated = null;
    for (String line : block.split("\n")) {
      Matcher m = HEADER_LINE.matcher(line.strip());
      if (!m.matches()) {
        return new Split(Map.of(), text, null);
      }
      String key = m.group(1).toLowerCase(Locale.ROOT);
      repeated = header.containsKey(key) && repeated == null ? key : repeated;
      header.put(key, m.group(2).strip());
    }
    return new Split(header, blank < 0 ? "" : text.substring(blank + 2), repeated);
  }

  private static String dateInText(String text) {
    Matcher leading = LEADING_DATE.matcher(text);
    if (leading.find()) {
      return leading.group(1);
    }
    Matcher published = SOURCE_PUBLISHED.matcher(text);
    return published.find() ? PartialDate.parse(published.group(2)).map(Object::toString).orElse("") : "";
  }

  private static String sourceInText(String text) {
    Matcher published = SOURCE_PUBLISHED.matcher(text);
    if (published.find()) {
      return published.group(1);
    }
    Matcher author = AUTHOR_OUTLET.matcher(text);
    return author.find() ? author.group(1) : "";
  }

  /** A short first line followed by a blank line, not ending like a sentence, is the headline. */
  private static String titleInText(String text) {
    int end = text.indexOf("\n\n");
    if (end < 0) {
      return "";
    }
    String first = text.substring(0, end).strip();
    boolean sentence = first.endsWith(".") || first.endsWith(".’") || first.endsWith(".\"") || first.endsWith(".'");
    return first.length() <= 150 && !first.contains("\n") && !sentence ? first : "";
  }

  private static String first(String... candidates) {
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        return c.strip();
      }
    }
    return "";
  }

  private static Result rejected(String file, int line, Stage stage, String reason) {
    return new Result(List.of(), List.of(new Rejection(file, line, stage, reason)));
  }
}
