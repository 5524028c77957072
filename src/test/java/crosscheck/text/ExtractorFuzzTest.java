package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.bench.ExtractorWorstCaseBenchmark;
import crosscheck.config.ConfigLoader;
import crosscheck.model.Article;
import crosscheck.model.Claim;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Random and adversarial text into the extraction core: nothing throws, every claim points into its article, and
 * every article takes bounded time (no regular expression may backtrack without end).
 */
class ExtractorFuzzTest {

  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(ConfigLoader.load(null));
  private static final Duration BOUND = Duration.ofSeconds(10);

  private static void extractSafely(String text, String date) {
    extractSafely(text, date, BOUND);
  }

  private static void extractSafely(String text, String date, Duration bound) {
    Article article = new Article("fuzz", "fuzz.txt", "", date, "", "", text);
    assertTimeoutPreemptively(bound, () -> {
      for (Claim c : EXTRACTOR.extract(article).claims()) {
        assertTrue(c.start() >= 0 && c.end() <= text.length() && c.start() < c.end(), c.id());
        assertTrue(c.sentence().contains(text.substring(c.start(), c.end())), c.id());
      }
    });
  }

  @Property(tries = 300)
  void anyTextAtAll(@ForAll String text) {
    extractSafely(text, "2021-05");
  }

  @Property(tries = 300)
  void reportingShapedText(@ForAll("reporting") String text, @ForAll("dates") String date) {
    extractSafely(text, date);
  }

  /** The worst inputs found so far, each once: they must finish in linear time, not hang. */
  @Test
  void worstCasesFinish() {
    ExtractorWorstCaseBenchmark.cases().forEach((name, text) -> extractSafely(text, "2021-05", Duration.ofSeconds(60)));
  }

  @Provide
  Arbitrary<String> dates() {
    return Arbitraries.of("", "2021", "2021-05", "2021-05-17", "1999-12-31");
  }

  /** Sentences assembled from the pieces real reporting uses, in random order and number. */
  @Provide
  Arbitrary<String> reporting() {
    Arbitrary<String> piece = Arbitraries.of(
        "Alibaba Cloud", "the segment", "its cloud business", "The company said", "according to IDC", "Nikkei "
            + "reported, citing Caixin", "more than", "about", "some", "RMB", "US$", "$", "USD", "€", "yuan", "bn",
        "mn", "billion", "million", "%", " percent", "(", ")", "(around", ",", ".", " — ", "Co. Ltd.", "U.S.",
        "first quarter", "March quarter", "Q4 2020", "last year", "fiscal year ending March 2021", "2012–13",
        "per year", "third-largest", "fourth place", "grew", "revenue", "market share", "loss", "fine", "\n", "\n\n",
        "“", "”", "'s", "’s", "said the sources of the Chinese financial media", "Two sources told");
    Arbitrary<String> number = Arbitraries.of("37", "16.7", "2.56", "1,783.9", "1,000,000,000,000,000,000",
        "800", "0.48", "45.5", "99999999999999999999999999999999", "7.", ".5", "1,2,3,4");
    return Combinators.combine(piece.list().ofMaxSize(40), number.list().ofMaxSize(10))
        .as((pieces, numbers) -> {
          StringBuilder out = new StringBuilder();
          for (int i = 0; i < pieces.size(); i++) {
            out.append(pieces.get(i)).append(' ');
            if (i < numbers.size()) {
              out.append(numbers.get(i)).append(' ');
            }
          }
          return out.toString();
        });
  }
}
