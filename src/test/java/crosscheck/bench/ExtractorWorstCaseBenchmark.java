package crosscheck.bench;

import crosscheck.config.ConfigLoader;
import crosscheck.model.Article;
import crosscheck.text.ClaimExtractor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times the extraction core on the worst inputs found by the fuzz test, so that a change that makes one of them
 * slow shows as a number. Not a test: run it with {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=crosscheck.bench.ExtractorWorstCaseBenchmark}.
 */
public final class ExtractorWorstCaseBenchmark {

  private ExtractorWorstCaseBenchmark() {}

  public static Map<String, String> cases() {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("200k digits", "9".repeat(200_000));
    cases.put("100k '1,' then billion", "1,".repeat(100_000) + "000 billion");
    cases.put("50k '$'", "$".repeat(50_000) + "5");
    cases.put("20k hedges before RMB", ("more than about some " + "RMB ").repeat(20_000) + "5");
    cases.put("50k nested brackets", "(".repeat(50_000) + "$2.6 billion" + ")".repeat(50_000));
    cases.put("20k claims in one line", "Alibaba Cloud grew 37% ".repeat(20_000));
    cases.put("mixed scripts 300 kB", "阿里云 收入 增长 37% 達到 ١٦٫٧ مليار 元 ".repeat(10_000));
    cases.put("10 MB of one letter", "x".repeat(10_000_000));
    cases.put("2 MB of anaphors and dates", ("word " + "the segment, ".repeat(3) + "2021-05-17 ").repeat(40_000)
        .substring(0, 2_000_000));
    cases.put("dots and U.S.", ".".repeat(100_000) + "U.S.".repeat(50_000));
    // Issue 10's quadratic cases: a paragraph repeating one company's name, at two sizes (their times must scale 1:2).
    for (int kb : new int[] {200, 400}) {
      cases.put(kb + " kB paragraph of one name", "Toyota Motor Corp ".repeat(kb * 60).substring(0, kb * 1000));
      cases.put(kb + " kB paragraph, name and claim", "Toyota's revenue rose 5% to 3 billion yen, Toyota said. "
          .repeat(kb * 20).substring(0, kb * 1000));
    }
    return cases;
  }

  public static void main(String[] args) {
    ClaimExtractor extractor = new ClaimExtractor(ConfigLoader.load(null));
    for (Map.Entry<String, String> c : cases().entrySet()) {
      Article article = new Article("bench", "bench.txt", "", "2021-05", "", "", c.getValue());
      long started = System.nanoTime();
      int claims = extractor.extract(article).claims().size();
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("%-34s %9d chars %7d claims %8.3f s  %6.1f MB/s%n", c.getKey(), c.getValue().length(), claims,
          seconds, c.getValue().length() / 1e6 / seconds);
    }
  }
}
