package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanners find what the regular expressions they replaced found (kept here as the references): the
 * words of {@link PartsOfSpeech#tokens} and the clause breaks of {@link SentenceParser#clauseBreakEnd}, on every story
 * of both corpora, whole and as lines, on the same lines with characters that border on their rules put in at random,
 * and on hand-picked edge cases.
 */
class ScannersTest {

  /** The former tokenizer. */
  private static final Pattern WORD = Pattern.compile(
      "[\\p{L}\\p{N}]++(?:[.&-][\\p{L}\\p{N}]++|['’](?![sS]\\b)[\\p{L}\\p{N}]++)*+(?:(?<=\\.\\p{L})\\.)?+"
          + "|['’][sS]\\b|\\S");
  /** The former clause breaks. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s|;\\s|\\s[—–-]\\s|—|:\\s");
  private static final Path CORPORA = Path.of("../shared/corpora");
  /** Characters at the edges of the rules: joints, apostrophes, marks, spaces the rules do and do not skip. */
  private static final List<String> EDGES = List.of(".", "&", "-", "'", "’", "s", "S", "_", "\u0301", "\u00A0",
      "\u2009", "\u000B", "\f", "\t", "\n", "\r", " ", "𝐀", "😀", "٣", "Ⅻ", "½", "é", "A", "1", "\uD800", "\uDC00",
      "ǅ", "ʰ", "—", "–", ",", ";", ":");

  private static List<String> reference(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.start() + ":" + m.end() + ":" + m.group());
    }
    return words;
  }

  private static List<String> scanned(String text) {
    return PartsOfSpeech.tokens(text).stream().map(t -> t.start() + ":" + t.end() + ":" + t.text()).toList();
  }

  private static List<String> referenceBreaks(String text) {
    List<String> breaks = new ArrayList<>();
    Matcher m = CLAUSE_BREAK.matcher(text);
    while (m.find()) {
      breaks.add(m.start() + ":" + m.end());
    }
    return breaks;
  }

  private static List<String> scannedBreaks(String text) {
    List<String> breaks = new ArrayList<>();
    for (int at = 0; at < text.length(); at++) {
      int end = SentenceParser.clauseBreakEnd(text, at);
      if (end > at) {
        breaks.add(at + ":" + end);
        at = end - 1;
      }
    }
    return breaks;
  }

  private static void sameAsBefore(String text) {
    assertEquals(reference(text), scanned(text), () -> "words of: " + text);
    assertEquals(referenceBreaks(text), scannedBreaks(text), () -> "clause breaks of: " + text);
  }

  @Test
  void findWhatTheFormerExpressionsFoundOnEdgeCases() {
    for (String text : List.of("", " ", "U.S.", "U.S. cars", "N.V.", "Corp's", "Corp’S results", "it'sy", "O'Neill",
        "AT&T", "Coca-Cola", "60.6", "1,783.9million", "a.", ".A.", "x.A.", "...A.", "A..B", "A.-B", "'s", "'s_",
        "s's\u0301", "Ltd.'s", "rock'n'roll", "Mr.", "e.g.,", "a. b.", "x.𝐀.", "𝐀.𝐀.", "\uD800", "a\uDC00b",
        "-5%", "U.K.'s", "dlrs/shr", "ab\u0301c", "Ⅻ.A.", "a, b; c: d", "a,b", "x - y", "x -y", "x—y", " — ",
        "a,\u00A0b", ",", ", ", "a \t-\n b", "x –  y")) {
      sameAsBefore(text);
    }
  }

  @Test
  void findWhatTheFormerExpressionsFoundOnRealAndMutatedNews() throws IOException {
    assumeTrue(Files.isDirectory(CORPORA.resolve("reuters21578")), "../shared/corpora is not here");
    Random random = new Random(20261127L);
    int stories = 0;
    for (String corpus : List.of("bbc-business", "reuters21578")) {
      try (Stream<Path> files = Files.list(CORPORA.resolve(corpus))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          assertEquals(reference(text), scanned(text), file.toString());
          assertEquals(referenceBreaks(text), scannedBreaks(text), file.toString());
          stories++;
          if (random.nextInt(20) == 0) {
            for (String line : text.split("\n")) {
              sameAsBefore(line);
              sameAsBefore(mutated(line, random));
            }
          }
        }
      }
    }
    assertEquals(true, stories > 19_000, "stories read: " + stories);
  }

  /** The line with a few characters at the rules' edges put in at random places. */
  private static String mutated(String line, Random random) {
    StringBuilder text = new StringBuilder(line);
    for (int k = 0; k < 1 + line.length() / 20; k++) {
      int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
      at = at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
      text.insert(at, EDGES.get(random.nextInt(EDGES.size())));
    }
    return text.toString();
  }
}
