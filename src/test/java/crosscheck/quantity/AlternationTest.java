package crosscheck.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import crosscheck.config.Config;
import crosscheck.config.ConfigLoader;
import crosscheck.config.MetricDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Alternation} finds exactly what its whole expression finds, on real news and on characters that match
 * another ignoring case ("ſ" is an "s", the Kelvin sign a "k").
 */
class AlternationTest {

  private static final Path BBC = Path.of("../shared/corpora/bbc-business");
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final List<String> TRICKY = List.of("ſales rose", "\u212Aellogg's SALES", "Sales", "sales",
      "Net\u00a0profit of 3", "a 5 pct stake, up 3%", "revenues-sales", "x", "", "ÉSALES sales", "sales\n\nsold");

  @Test
  void findsWhatTheWholeExpressionFindsOnRealNews() throws IOException {
    assumeTrue(Files.isDirectory(BBC), "../shared/corpora is not here");
    Config config = ConfigLoader.load(null);
    List<List<String>> lists = new ArrayList<>();
    config.metrics().stream().map(MetricDef::cues).filter(c -> !c.isEmpty()).forEach(lists::add);
    lists.add(config.notClaims());
    List<String> lines = new ArrayList<>(TRICKY);
    try (Stream<Path> files = Files.list(BBC)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(120).toList()) {
        lines.addAll(Files.readAllLines(file));
      }
    }
    int matches = 0;
    for (List<String> alternatives : lists) {
      Alternation alternation = Alternation.wholeWords(alternatives, FLAGS);
      Pattern whole = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}])", FLAGS);
      for (String line : lines) {
        List<String> expected = new ArrayList<>();
        Matcher m = whole.matcher(line);
        while (m.find()) {
          expected.add(m.start() + "-" + m.end());
        }
        assertEquals(expected, alternation.findAll(line).stream().map(f -> f.start() + "-" + f.end()).toList(),
            alternatives + " in: " + line);
        assertEquals(!expected.isEmpty(), alternation.in(line));
        matches += expected.size();
      }
    }
    assertEquals(true, matches > 1000, "too few matches to show anything: " + matches);
  }

  @Test
  void searchesARegionAsAMatcherWithThatRegion() {
    List<String> alternatives = List.of("sources", "\\d+ analysts", "the reports?");
    Alternation alternation = Alternation.of("\\b", true, alternatives, "\\b", Pattern.CASE_INSENSITIVE);
    Pattern whole = Pattern.compile("\\b(?:" + String.join("|", alternatives) + ")\\b", Pattern.CASE_INSENSITIVE);
    String text = "Xsources said 12 analysts and the report, sources";
    for (int from = 0; from <= text.length(); from++) {
      for (int to = from; to <= text.length(); to++) {
        Matcher m = whole.matcher(text).region(from, to);
        String expected = m.find() ? m.start() + "-" + m.end() : "none";
        assertEquals(expected, alternation.find(text, from, to).map(f -> f.start() + "-" + f.end()).orElse("none"),
            from + ".." + to);
      }
    }
  }

  @Test
  void keepsTheGroupsOfTheAlternativeThatMatched() {
    Alternation alternation = Alternation.of("", false, List.of("(?<q>Q[1-4])", "(?<year>(?:19|20)\\d\\d)"), "", 0);
    String text = "Revenue in Q3 2004";
    List<Alternation.Match> found = alternation.findAll(text);
    assertEquals("Q3", alternation.groups(text, found.get(0)).group("q"));
    assertEquals("2004", alternation.groups(text, found.get(1)).group("year"));
  }

  @Test
  void refusesAnAlternativeThatMatchesNothing() {
    assertThrows(IllegalArgumentException.class, () -> Alternation.wholeWords(List.of("sales", "(?:net )?"), FLAGS));
  }
}
