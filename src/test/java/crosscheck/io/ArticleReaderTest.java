package crosscheck.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.Article;
import crosscheck.model.Rejection;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  private final ArticleReader reader = new ArticleReader(Sidecar.empty(), 1000);

  private Rejection rejectedFor(String file, byte[] bytes) {
    ArticleReader.Result result = reader.read(file, bytes);
    assertTrue(result.articles().isEmpty(), () -> "should be rejected: " + file);
    assertEquals(1, result.rejections().size());
    return result.rejections().get(0);
  }

  @Test
  void headerBlockGivesMetadata() {
    String text = "title: Cloud results\nsource: Example News\ndate: 2021-05\nurl: https://example.com/a\n\n"
        + "Alibaba Cloud grew 37%.";
    Article a = reader.read("a.txt", text.getBytes(UTF_8)).articles().get(0);
    assertEquals("a", a.id());
    assertEquals("Cloud results", a.title());
    assertEquals("Example News", a.source());
    assertEquals("2021-05", a.date());
    assertEquals("https://example.com/a", a.url());
    assertEquals("Alibaba Cloud grew 37%.", a.text());
  }

  @Test
  void metadataFromTheTextsOwnLinesAndTheSidecar() throws Exception {
    ArticleReader seeds = new ArticleReader(Sidecar.read(InputFolder.at("input")), 10_000_000);
    Article a000 = read(seeds, "000_2529764d723f9b16.txt");
    assertEquals("2021-05-17", a000.date());
    Article a003 = read(seeds, "003_a3bef53a4f747b45.txt");
    assertEquals("Caixin Global", a003.source());
    assertEquals("2021-06", a003.date());
    Article a004 = read(seeds, "004_9f96b873ad3fe89d.txt");
    assertEquals("Global Times", a004.source());
    assertEquals("2018-09-02", a004.date());
    assertEquals("Alibaba Cloud to scale down in US market amid growing political hostility", a004.title());
    assertEquals(Files.readString(Path.of("input/004_9f96b873ad3fe89d.txt")), a004.text(), "text kept verbatim");
  }

  private static Article read(ArticleReader reader, String file) throws Exception {
    return reader.read(file, Files.readAllBytes(Path.of("input", file))).articles().get(0);
  }

  @Test
  void badFilesAreRejectedWithAReason() {
    assertEquals("empty file", rejectedFor("e.txt", new byte[0]).reason());
    assertTrue(rejectedFor("w.txt", " \n\n ".getBytes(UTF_8)).reason().startsWith("empty file"));
    assertEquals("binary file: NUL byte at offset 3", rejectedFor("b.txt", new byte[] {'a', 'b', 'c', 0, 1})
        .reason());
    byte[] latin1 = "Caf\u00e9 revenue".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertEquals("not valid UTF-8: malformed byte sequence at byte offset 3 (Latin-1 or Windows-1252? save it as "
        + "UTF-8)", rejectedFor("l.txt", latin1).reason());
    assertTrue(rejectedFor("big.txt", "x".repeat(1001).getBytes(UTF_8)).reason().contains("over the limit"));
    assertTrue(rejectedFor("d.txt", "date: last Tuesday\n\nText.".getBytes(UTF_8)).reason()
        .contains("header date 'last Tuesday'"));
    assertTrue(rejectedFor("a.pdf", "%PDF".getBytes(UTF_8)).reason().startsWith("unsupported file type"));
  }

  @Test
  void jsonLinesKeepGoodLinesAndRejectBadOnes() {
    String jsonl = "{\"id\":\"n1\",\"source\":\"Wire\",\"date\":\"2021-05\",\"text\":\"Alibaba Cloud grew 37%.\"}\n"
        + "{not json\n"
        + "{\"id\":\"n3\",\"title\":\"no text\"}\n"
        + "\n"
        + "[1,2]\n"
        + "{\"text\":\"Second good one.\",\"date\":\"13/05/2021\"}\n"
        + "{\"text\":\"Third good one.\"}\n";
    ArticleReader.Result result = reader.read("feed.jsonl", jsonl.getBytes(UTF_8));
    assertEquals(List.of("n1", "feed-L7"), result.articles().stream().map(Article::id).toList());
    assertEquals("feed.jsonl:1", result.articles().get(0).file());
    assertEquals(List.of(2, 3, 5, 6), result.rejections().stream().map(Rejection::line).toList());
    assertTrue(result.rejections().get(0).reason().startsWith("not valid JSON"));
    assertEquals("no 'text' field", result.rejections().get(1).reason());
    assertEquals("not a JSON object", result.rejections().get(2).reason());
    assertTrue(result.rejections().get(3).reason().contains("13/05/2021"));
  }

  @Test
  void sidecarRowsWithBadDatesAreRejected() {
    Sidecar sidecar = Sidecar.parse("file,source,date,url,title\na.txt,Wire,2021-05,,\nb.txt,,May 2021,,\n");
    assertEquals("Wire", sidecar.entryFor("a.txt").source());
    assertEquals(1, sidecar.rejections().size());
    assertEquals(3, sidecar.rejections().get(0).line());
  }

  /** The rejections of a JSONL file as "line stage reason". */
  private List<String> jsonlRejections(String jsonl) {
    return reader.read("feed.jsonl", jsonl.getBytes(UTF_8)).rejections().stream()
        .map(r -> r.line() + " " + r.stage().label() + " " + r.reason()).toList();
  }

  @Test
  void twoJsonObjectsOnOneLineAreRejectedNotHalfRead() {
    assertEquals(List.of("2 parse more than one JSON value on the line: one article a line"),
        jsonlRejections("{\"text\":\"First.\"}\n{\"text\":\"Second.\"} {\"text\":\"Third.\"}\n"));
    assertEquals(List.of("1 parse more than one JSON value on the line: one article a line"),
        jsonlRejections("{\"text\":\"First.\"}[]\n"));
  }

  @Test
  void fieldsMustBeStrings() {
    assertEquals(List.of(
            "1 parse 'text' must be a string, not number",
            "2 parse 'text' must be a string, not object",
            "3 parse 'text' must be a string, not array",
            "4 parse 'text' must be a string, not null",
            "5 parse 'text' must be a string, not boolean",
            "6 parse 'id' must be a string, not number",
            "7 parse 'date' must be a string, not array",
            "8 parse 'text' is empty"),
        jsonlRejections("""
            {"text":12}
            {"text":{"body":"Revenue grew 5%."}}
            {"text":["Revenue grew 5%."]}
            {"text":null}
            {"text":true}
            {"id":7,"text":"Revenue grew 5%."}
            {"date":[2021,5],"text":"Revenue grew 5%."}
            {"text":"  "}
            {"id":null,"source":null,"text":"A null optional field says nothing."}
            """));
  }

  @Test
  void aKeyGivenTwiceIsRejectedNotLastWins() {
    assertEquals(List.of("1 parse not valid JSON: Duplicate field 'text'",
            "2 parse not valid JSON: Duplicate field 'id'"),
        jsonlRejections("{\"text\":\"One.\",\"text\":\"Two.\"}\n{\"id\":\"a\",\"id\":\"b\",\"text\":\"x\"}\n"));
    assertEquals("the header gives 'date:' twice",
        rejectedFor("h.txt", "date: 2021-05\ndate: 2022-06\n\nText.".getBytes(UTF_8)).reason());
  }

  @Test
  void aHeaderWithoutTextIsNotAnArticle() {
    for (String text : List.of("title: Results\nsource: Wire\n\n", "title: Results\n\n \n\t\n",
        "title: Results\nsource: Wire", "source: Wire\n")) {
      Rejection r = rejectedFor("h.txt", text.getBytes(UTF_8));
      assertEquals("a header and no text after it", r.reason(), text);
      assertEquals(Rejection.Stage.PARSE, r.stage());
    }
  }

  @Test
  void aFileWithNothingBeforeItsExtensionIsRejected() {
    for (String name : List.of(".txt", " .txt", ".jsonl")) {
      Rejection r = rejectedFor(name, "{\"text\":\"Revenue grew 5%.\"}".getBytes(UTF_8));
      assertEquals("no name before the extension: the article id would be empty", r.reason());
      assertEquals(Rejection.Stage.READ, r.stage());
    }
  }

  @Test
  void utf16WithAByteOrderMarkIsReadAndWithoutOneRejectedByName() {
    String text = "Alibaba Cloud grew 37% \u2014 caf\u00e9.";
    for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] bytes = ("\uFEFF" + text).getBytes(charset);
      assertEquals(text, reader.read("u.txt", bytes).articles().get(0).text(), charset.name());
      assertEquals(charset.name() + " text without a byte order mark: save it as UTF-8",
          rejectedFor("u.txt", text.getBytes(charset)).reason());
      assertEquals(charset.name() + " text (byte order mark at the start): this format must be UTF-8",
          rejectedFor("u.jsonl", ("\uFEFF{\"text\":\"" + text + "\"}").getBytes(charset)).reason());
    }
    assertEquals("UTF-32LE text (byte order mark at the start): save it as UTF-8",
        rejectedFor("u.txt", ("\uFEFF" + text).getBytes(Charset.forName("UTF-32LE"))).reason());
  }

  @Test
  void aUtf8ByteOrderMarkIsReadNotKept() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Article txt = reader.read("b.txt", concat(bom, "title: T\n\nRevenue grew 5%.".getBytes(UTF_8))).articles()
        .get(0);
    assertEquals("T", txt.title(), "the header is found behind the mark");
    assertEquals("Revenue grew 5%.", txt.text());
    ArticleReader.Result jsonl = reader.read("b.jsonl",
        concat(bom, "{\"id\":\"x\",\"text\":\"Revenue grew 5%.\"}\n".getBytes(UTF_8)));
    assertEquals(List.of(), jsonl.rejections(), "the first line parses");
    assertEquals("x", jsonl.articles().get(0).id());
  }

  @Test
  void invalidUtf8InOneJsonLineRejectsThatLineByNameAndOffset() {
    byte[] good = "{\"text\":\"Revenue grew 5%.\"}\n".getBytes(UTF_8);
    byte[] latin1 = "{\"text\":\"Caf\u00e9 revenue grew 6%.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    ArticleReader.Result result = reader.read("mixed.jsonl", concat(good, latin1, good));
    assertEquals(List.of("mixed-L1", "mixed-L3"), result.articles().stream().map(Article::id).toList());
    Rejection r = result.rejections().get(0);
    assertEquals(2, r.line());
    assertEquals(Rejection.Stage.READ, r.stage());
    assertTrue(r.reason().startsWith("not valid UTF-8: malformed byte sequence at byte offset "
        + (good.length + 12)), r.reason());
  }

  @Test
  void aFileOverTheLimitIsRejectedByItsSizeBeforeAnyByteIsRead(@TempDir Path tmp) throws Exception {
    Path huge = tmp.resolve("huge.txt");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(3_000_000_000L);
    }
    long[] read = {0};
    ArticleReader.Result result = reader.read("huge.txt", () -> new CountingChannel(FileChannel.open(huge), read));
    assertEquals("article is 3000000000 bytes, over the limit of 1000 (--maxArticleBytes)",
        result.rejections().get(0).reason());
    assertEquals(0, read[0], "no byte read");
  }

  @Test
  void aJsonLineOverTheLimitIsMeasuredNotHeld() {
    // A line longer than any Java array could hold: reading it whole would fail, streaming it passes it by.
    long length = Integer.MAX_VALUE + 100L;
    String after = "\n{\"text\":\"Revenue grew 5%.\"}\n";
    ArticleReader.Result result =
        reader.read("long.jsonl", () -> new RepeatedByteChannel('a', length, after.getBytes(UTF_8)));
    assertEquals(List.of("Revenue grew 5%."), result.articles().stream().map(Article::text).toList());
    assertEquals("line is " + length + " bytes, over the limit of 1000 (--maxArticleBytes)",
        result.rejections().get(0).reason());
    assertEquals(1, result.rejections().get(0).line());
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** A file channel that counts the bytes read through it. */
  private record CountingChannel(FileChannel channel, long[] read) implements SeekableByteChannel {
    @Override
    public int read(ByteBuffer dst) throws IOException {
      int n = channel.read(dst);
      read[0] += Math.max(n, 0);
      return n;
    }

    @Override
    public int write(ByteBuffer src) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long position() throws IOException {
      return channel.position();
    }

    @Override
    public SeekableByteChannel position(long position) throws IOException {
      channel.position(position);
      return this;
    }

    @Override
    public long size() throws IOException {
      return channel.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isOpen() {
      return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  /** {@code length} copies of one byte, made as they are read, then {@code tail}. */
  private static final class RepeatedByteChannel implements ReadableByteChannel {
    private final byte value;
    private final ByteBuffer tail;
    private long left;

    RepeatedByteChannel(char value, long length, byte[] tail) {
      this.value = (byte) value;
      this.left = length;
      this.tail = ByteBuffer.wrap(tail);
    }

    @Override
    public int read(ByteBuffer dst) {
      if (left == 0) {
        int n = Math.min(dst.remaining(), tail.remaining());
        dst.put(tail.slice().limit(n));
        tail.position(tail.position() + n);
        return n == 0 && !tail.hasRemaining() ? -1 : n;
      }
      int n = (int) Math.min(dst.remaining(), left);
      java.util.Arrays.fill(dst.array(), dst.arrayOffset() + dst.position(), dst.arrayOffset() + dst.position() + n,
          value);
      dst.position(dst.position() + n);
      left -= n;
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }
}
