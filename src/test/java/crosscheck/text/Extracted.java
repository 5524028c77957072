package crosscheck.text;

import crosscheck.model.Article;
import crosscheck.model.Claim;
import java.util.List;
import java.util.function.Function;

/** The claims the extractor finds in one article made of quoted real sentences, each claim as one line of text. */
final class Extracted {

  private Extracted() {}

  /** The claims of an article of this headline, date ("" when none) and text, each as {@code line} writes it. */
  static List<String> claims(ClaimExtractor extractor, String title, String date, String text,
      Function<Claim, String> line) {
    return extractor.extract(new Article("a", "a.txt", "", date, "", title, text)).claims().stream().map(line)
        .toList();
  }

  /** "Z-Seven Fund | earnings per share | six dlrs": whose figure, of what, as written. */
  static String subjectMetricValue(Claim c) {
    return c.entity() + " | " + c.metric() + " | " + c.valueText();
  }
}
