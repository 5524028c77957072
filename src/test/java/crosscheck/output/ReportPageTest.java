package crosscheck.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.corpus.PlainRun;
import crosscheck.io.Folder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report page as text; {@link ReportBrowserTest} opens it in a browser. */
class ReportPageTest {

  @TempDir Path tmp;

  @Test
  void articleMarkupIsShownAsTextAndNothingLoadsOrRuns() throws IOException {
    Path out = tmp.resolve("out");
    PlainRun.main(new String[] {"--input=" + HostileInput.write(tmp.resolve("in")), "--output=" + out});
    String page = Files.readString(out.resolve(OutputFiles.REPORT));

    assertEquals(1, count(page, "<script"), "the page's own script, no other");
    assertEquals(0, count(page, "<img"));
    assertEquals(0, count(page, "onerror="));
    assertFalse(page.contains("href=\"javascript:"), "a javascript: url is never a link");
    assertTrue(page.contains("Cloud &lt;script&gt;document.title&#61;&#39;pwned&#39;"), "the title, as text");
    assertTrue(page.contains("<a href=\"https://example.com/cloud?a&#61;1&amp;b&#61;&lt;script&gt;\""),
        "a web address is a link, escaped");
    assertTrue(page.contains("content=\"default-src &#39;none&#39;;"), "the page may load nothing");
    assertFalse(Pattern.compile("<link|\\ssrc=").matcher(page).find(), "no resource is loaded from anywhere");
  }

  @Test
  void collapsedVerdictsAreCappedWithANoteButConflictsAreNot() throws IOException {
    for (String file : new String[] {OutputFiles.CONFLICTS, OutputFiles.CLAIMS}) {
      Files.copy(Path.of("output", file), tmp.resolve(file));
    }
    ReportPage.write(Folder.of(tmp), new ReportPage.FileNames(OutputFiles.CONFLICTS, OutputFiles.VALUES,
        OutputFiles.SPREADSHEET, OutputFiles.CLAIMS, OutputFiles.REJECTED, OutputFiles.ATTRIBUTION,
        OutputFiles.CLAIM_REVIEWS), 5, 0, 1);
    String page = Files.readString(tmp.resolve(OutputFiles.REPORT));

    assertEquals(1, count(page, "<details class=\"subject conflict\""));
    assertEquals(1, count(page, "<details class=\"subject agree\""), "the seeds have 3 agreeing subjects");
    assertEquals(1, count(page, "<details class=\"subject single-source\""), "and 21 single-source ones");
    assertTrue(page.contains("2 more subjects where sources agree are not on this page: see conflicts.csv."));
    assertTrue(page.contains("20 more single-source subjects are not on this page: see conflicts.csv."));
    assertTrue(page.contains("<b>3</b> agree"), "the summary counts every subject");
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
