package crosscheck.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.run.NightlyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The report in a real browser: Debian's Chromium, headless, through its WebDriver. Without them (a developer's
 * machine) it is skipped, saying so; {@code .ci/run} installs them, so CI never skips it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {

  private static final Path SCREENSHOT = Path.of("target", "report-browser-test.png");

  private static final String NO_BROWSER = "ReportBrowserTest skipped: it needs Chromium and its WebDriver at "
      + Chromium.BROWSER + " and " + Chromium.DRIVER + " (apt-get install chromium chromium-driver; .ci/run installs "
      + "them)";

  private ChromeDriver browser;

  @BeforeAll
  void openTheReportOfARun(@TempDir Path tmp) throws IOException {
    if (!Chromium.installed()) {
      System.err.println(NO_BROWSER);
      return;
    }
    Path out = tmp.resolve("out");
    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(new String[] {
        "--input=" + HostileInput.write(tmp.resolve("in")), "--output=" + out}));
    browser = Chromium.start();
    browser.get(out.resolve(OutputFiles.REPORT).toUri().toString());
  }

  /** Each test says why it is skipped (an assumption in {@code @BeforeAll} would hide the tests, and the reason). */
  @BeforeEach
  void needsTheBrowser() {
    Assumptions.assumeTrue(browser != null, NO_BROWSER);
  }

  @AfterAll
  void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void conflictsComeFirstWithTheirValuesAndLinks() throws IOException {
    List<WebElement> subjects = browser.findElements(By.cssSelector("details.subject"));
    List<String> verdicts = subjects.stream().map(s -> s.getDomAttribute("data-verdict")).toList();
    assertEquals(List.of("conflict", "conflict"), verdicts.subList(0, 2), "the seeds' conflict and the planted one");
    assertFalse(verdicts.subList(2, verdicts.size()).contains("conflict"));
    WebElement revenue = subjects.stream()
        .filter(s -> s.findElement(By.cssSelector("summary")).getText().contains("revenue")).findFirst().orElseThrow();
    assertTrue(revenue.getDomAttribute("open") != null, "conflicts are open");
    assertEquals(5, revenue.findElements(By.cssSelector("ol.values > li")).size());
    assertEquals(5, revenue.findElements(By.cssSelector("svg.chart line.bar")).size(), "one interval per value");
    List<WebElement> links = revenue.findElements(By.cssSelector("ol.values a"));
    assertEquals(1, links.size(), "the one web address is a link; the javascript: one is not");
    assertEquals("https://example.com/cloud?a=1&b=%3Cscript%3E", links.get(0).getDomProperty("href"));
    assertTrue(revenue.findElement(By.cssSelector("mark")).isDisplayed(), "the number is marked in its sentence");

    Files.createDirectories(SCREENSHOT.getParent());
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void filtersAndSearchChangeWhatIsShown() {
    int all = visibleSubjects();
    Select verdict = new Select(browser.findElement(By.name("verdict")));
    verdict.selectByValue("agree");
    assertEquals(2, visibleSubjects(), "the seeds' three agreeing subjects but the revenue the planted articles "
        + "contradict");
    verdict.selectByValue("");

    Select metric = new Select(browser.findElement(By.name("metric")));
    metric.selectByVisibleText("revenue");
    int revenue = visibleSubjects();
    assertTrue(revenue > 0 && revenue < all, revenue + " of " + all);
    new Select(browser.findElement(By.name("entity"))).selectByVisibleText("Greater China");
    assertEquals(0, visibleSubjects(), "no revenue figure of Greater China in the seeds");
    metric.selectByValue("");
    assertTrue(visibleSubjects() > 0);
    new Select(browser.findElement(By.name("entity"))).selectByValue("");

    WebElement search = browser.findElement(By.name("search"));
    search.sendKeys("Maggie Wu");
    int cited = visibleSubjects();
    assertTrue(cited > 0 && cited < all, cited + " of " + all);
    assertEquals(cited + " of " + all + " subjects on this page shown", browser.findElement(By.id("shown")).getText());
    search.clear();
    search.sendKeys("no such words anywhere");
    assertEquals(0, visibleSubjects());
    search.clear();
    search.sendKeys(" ");
    assertEquals(all, visibleSubjects());
  }

  @Test
  void markupFromArticlesRunsNothing() {
    assertEquals("crosscheck report", browser.getTitle());
    assertEquals("undefined", ((JavascriptExecutor) browser).executeScript("return typeof window.pwned"));
    assertTrue(browser.findElements(By.tagName("img")).isEmpty());
    assertEquals(1, browser.findElements(By.tagName("script")).size(), "the page's own script only");
    String page = browser.findElement(By.tagName("main")).getText();
    assertTrue(page.contains("Cloud <script>document.title='pwned';window.pwned=1</script>"), "shown as text");
    assertTrue(page.contains("<img src=x onerror=\"window.pwned=3\">"), "the sentence as written");
    assertTrue(browser.findElement(By.id("filters")).isDisplayed(), "the page's own script did run");
  }

  private int visibleSubjects() {
    return (int) browser.findElements(By.cssSelector("details.subject")).stream().filter(WebElement::isDisplayed)
        .count();
  }
}
