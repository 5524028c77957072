package crosscheck.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.model.Article;
import crosscheck.model.Rejection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    ArticleReader seeds = new ArticleReader(
        Sidecar.parse(Files.readString(Path.of("input/metadata.csv"))), 10_000_000);
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
    assertEquals("not valid UTF-8: malformed byte sequence at byte offset 3", rejectedFor("l.txt", latin1)
        .reason());
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
    assertEquals("no 'text' field, or it is empty", result.rejections().get(1).reason());
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
}
