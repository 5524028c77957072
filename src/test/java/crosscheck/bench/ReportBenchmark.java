package crosscheck.bench;

import crosscheck.io.Flags;
import crosscheck.io.Folder;
import crosscheck.output.Chromium;
import crosscheck.output.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How large {@code report.html} is, how long it takes to write, and how long headless Chromium takes to open it and
 * to filter it, on a finished run's folder (for example {@code src/bench/benchmark.sh}'s output of 100,000 articles).
 * Rewrites the folder's report. Not a test: run it with {@code mvn -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=crosscheck.bench.ReportBenchmark -Dexec.args="--output=DIR
 * --articles=N"}.
 */
public final class ReportBenchmark {

  private ReportBenchmark() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = Flags.parse(args);
    Path dir = Path.of(options.get("output"));
    long started = System.nanoTime();
    OutputFiles.writeFromMerged(Folder.of(dir), Long.parseLong(options.getOrDefault("articles", "0")), 0);
    System.out.printf("report.html: %.1f MB written in %.1f s%n", Files.size(dir.resolve(OutputFiles.REPORT)) / 1e6,
        (System.nanoTime() - started) / 1e9);
    if (!Chromium.installed()) {
      System.out.println("no Chromium: the page's opening time is not measured");
      return;
    }
    ChromeDriver browser = Chromium.start();
    try {
      started = System.nanoTime();
      browser.get(dir.resolve(OutputFiles.REPORT).toAbsolutePath().toUri().toString());
      double opened = (System.nanoTime() - started) / 1e9;
      Object timing = ((JavascriptExecutor) browser).executeScript("var n = performance.getEntriesByType("
          + "'navigation')[0]; return [n.domContentLoadedEventEnd, n.loadEventEnd].map(Math.round).join(' / ');");
      System.out.printf("opened in Chromium in %.1f s (DOMContentLoaded / load: %s ms)%n", opened, timing);
      started = System.nanoTime();
      browser.findElement(By.name("search")).sendKeys("revenue");
      String shown = browser.findElement(By.id("shown")).getText();
      System.out.printf("search 'revenue' typed and applied in %.1f s: %s%n", (System.nanoTime() - started) / 1e9,
          shown);
    } finally {
      browser.quit();
    }
  }
}
