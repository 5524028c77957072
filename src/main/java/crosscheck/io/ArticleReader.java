package crosscheck.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.model.Article;
import crosscheck.model.PartialDate;
import crosscheck.model.Rejection;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
 */
public final class ArticleReader implements Serializable {

  /** What one file gave. */
  public record Result(List<Article> articles, List<Rejection> rejections) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HEADER_LINE = Pattern.compile("(?i)(title|source|date|url|author)\\s*:\\s*(.*)");
  private static final Pattern LEADING_DATE = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b");
  private static final Pattern SOURCE_PUBLISHED =
      Pattern.compile("(?m)^\\s*Source:\\s*(.+?)\\s+Published:\\s*(\\d{4}/\\d{1,2}/\\d{1,2})");
  private static final Pattern AUTHOR_OUTLET = Pattern.compile("(?m)^\\s*Author:\\s*[^\\n]*,\\s*([^,\\n]+?)\\s*$");

  private final Sidecar sidecar;
  private final long maxArticleBytes;

  public ArticleReader(Sidecar sidecar, long maxArticleBytes) {
    this.sidecar = sidecar;
    this.maxArticleBytes = maxArticleBytes;
  }

  public Result read(String fileName, byte[] bytes) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".txt") && !lower.endsWith(".jsonl")) {
      return rejected(fileName, 0, "unsupported file type: expected .txt or .jsonl");
    }
    if (bytes.length == 0) {
      return rejected(fileName, 0, "empty file");
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      return rejected(fileName, 0, "binary file: NUL byte at offset " + nul);
    }
    String text;
    try {
      text = decodeUtf8(bytes);
    } catch (CharacterCodingException e) {
      return rejected(fileName, 0, e.getMessage());
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return rejected(fileName, 0, "empty file: only whitespace");
    }
    return lower.endsWith(".txt") ? readText(fileName, bytes.length, text) : readJsonLines(fileName, text);
  }

  private Result readText(String fileName, long size, String text) {
    if (size > maxArticleBytes) {
      return rejected(fileName, 0, tooLarge(size));
    }
    Map<String, String> header = new LinkedHashMap<>();
    String body = splitHeader(text, header);
    String date = header.getOrDefault("date", "");
    if (!date.isEmpty() && PartialDate.parse(date).isEmpty()) {
      return rejected(fileName, 0, "header date '" + date + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
    String id = fileName.substring(0, fileName.lastIndexOf('.'));
    Sidecar.Entry side = sidecar.entryFor(fileName);
    String source = first(header.get("source"), sourceInText(body), side.source());
    String title = first(header.get("title"), titleInText(body), side.title());
    Article article = new Article(id, fileName, source, first(date, dateInText(body), side.date()),
        first(header.get("url"), side.url()), title, body);
    return new Result(List.of(article), List.of());
  }

  private Result readJsonLines(String fileName, String text) {
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    String stem = fileName.substring(0, fileName.lastIndexOf('.'));
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNumber = i + 1;
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      if (line.getBytes(StandardCharsets.UTF_8).length > maxArticleBytes) {
        rejections.add(new Rejection(fileName, lineNumber, tooLarge(line.getBytes(StandardCharsets.UTF_8).length)));
        continue;
      }
      try {
        JsonNode node = JSON.readTree(line);
        if (node == null || !node.isObject()) {
          rejections.add(new Rejection(fileName, lineNumber, "not a JSON object"));
          continue;
        }
        String body = field(node, "text");
        if (body.isBlank()) {
          rejections.add(new Rejection(fileName, lineNumber, "no 'text' field, or it is empty"));
          continue;
        }
        String date = field(node, "date");
        if (!date.isEmpty() && PartialDate.parse(date).isEmpty()) {
          rejections.add(new Rejection(fileName, lineNumber, "date '" + date + "' is not YYYY, YYYY-MM or YYYY-MM-DD"));
          continue;
        }
        String id = first(field(node, "id"), stem + "-L" + lineNumber);
        articles.add(new Article(id, fileName + ":" + lineNumber, first(field(node, "source"), sourceInText(body)),
            first(date, dateInText(body)), field(node, "url"), field(node, "title"), body));
      } catch (IOException e) {
        rejections.add(new Rejection(fileName, lineNumber, "not valid JSON: " + e.getMessage().split("\n")[0]));
      }
    }
    return new Result(articles, rejections);
  }

  private String tooLarge(long size) {
    return "article is " + size + " bytes, over the limit of " + maxArticleBytes + " (--maxArticleBytes)";
  }

  private static String field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? "" : value.isTextual() ? value.textValue() : value.toString();
  }

  /** Removes a leading header block, filling {@code header}; returns the text unchanged when there is none. */
  private static String splitHeader(String text, Map<String, String> header) {
    int blank = text.indexOf("\n\n");
    if (blank < 0) {
      return text;
    }
    Map<String, String> found = new LinkedHashMap<>();
    for (String line : text.substring(0, blank).split("\n")) {
      Matcher m = HEADER_LINE.matcher(line.strip());
      if (!m.matches()) {
        return text;
      }
      found.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
    }
    header.putAll(found);
    return text.substring(blank + 2);
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

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new CharacterCodingException() {
        @Override
        public String getMessage() {
          return "not valid UTF-8: malformed byte sequence at byte offset " + in.position();
        }
      };
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static Result rejected(String file, int line, String reason) {
    return new Result(List.of(), List.of(new Rejection(file, line, reason)));
  }
}
