package crosscheck.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import crosscheck.config.Config;
import crosscheck.config.ConfigLoader;
import crosscheck.config.MetricDef;
import crosscheck.text.AttributionFinder;
import crosscheck.text.PeriodParser;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A hostile test of {@link Alternation}: it must find exactly what {@code before(?:a1|a2|...)after} finds
 * ({@code find} loop, a region's first match, whether any), and {@link Alternation#mayStartAt} must never say no where
 * the whole expression's {@code lookingAt} (transparent bounds, no anchoring bounds) matches. Tried on the real
 * Alternations of the callers (read from their fields, so that no expression is copied here) over mutated BBC and
 * Reuters lines, on expressions generated from zero-width assertions, classes, quantifiers and flags over texts of
 * characters that fold case oddly, and on hand-picked cases. Fixed seeds: every run tries the same inputs.
 *
 * <p>{@link KnownDisagreements} keeps the minimal inputs where Alternation and the whole expression differ today:
 * each passes once Alternation agrees there or refuses that expression in its constructor.
 */
class AlternationHostileTest {

  private static final Path CORPORA = Path.of("../shared/corpora");
  private static final int CI = Pattern.CASE_INSENSITIVE;
  private static final int CI_UNICODE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /**
   * Characters that fold case oddly (long s, Kelvin sign, dotted and dotless i, sharp s, micro sign and mu), stand
   * above 0x80 or 0x250, end lines, or are a supplementary letter (a surrogate pair).
   */
  private static final List<String> ODD = List.of("ſ", "\u212A", "K", "İ", "ı", "ß", "ẞ", "µ", "Μ", "μ", "é", "Å",
      "\u00A0", "\u2009", "\u202F", "\n", "\r\n", "\u2028", "\t", "𝐀", "😀", "٣", "⁵", "–", "—", "’", "”", "$", "€",
      "£", "¥", "%", "(", "[", "-", "/", ".", ",", ":", "_", "1", "0", " ", "s", "S", "k", "i", "I", "Ω", "ǅ", "ﬁ");

  // ---- the real Alternations of the callers, on mutated news ----

  @Test
  void theCallersAlternationsAgreeOnMutatedNews() throws Exception {
    assumeTrue(Files.isDirectory(CORPORA.resolve("reuters21578")), "../shared/corpora is not here");
    Map<String, Alternation> subjects = callersAlternations();
    Random random = new Random(20261127L);
    List<String> lines = new ArrayList<>();
    lines.addAll(sampleLines(CORPORA.resolve("bbc-business"), 80, random));
    lines.addAll(sampleLines(CORPORA.resolve("reuters21578"), 360, random));
    List<String> texts = new ArrayList<>();
    for (String line : lines) {
      texts.add(line);
      texts.add(mutate(line, random));
    }
    int matches = 0;
    for (Map.Entry<String, Alternation> subject : subjects.entrySet()) {
      Pattern whole = wholeOf(subject.getValue());
      for (String text : texts) {
        matches += assertAgrees(subject.getKey(), subject.getValue(), whole, text, random);
      }
    }
    assertTrue(matches > 2000, "too few matches to show anything: " + matches);
  }

  /** Every Alternation the code builds, by where it is built. */
  private static Map<String, Alternation> callersAlternations() throws ReflectiveOperationException {
    Config config = ConfigLoader.load(null);
    Map<String, Alternation> subjects = new LinkedHashMap<>();
    subjects.put("PeriodParser.PERIOD", field(PeriodParser.class, null, "PERIOD"));
    for (String name : List.of("CUE", "ANONYMOUS", "UNNAMED_MEDIA", "DOCUMENT")) {
      subjects.put("AttributionFinder." + name, field(AttributionFinder.class, null, name));
    }
    AmountParser amounts = new AmountParser(config.currencies(), config.qualifiers());
    subjects.put("AmountParser.NOT_AMOUNTS", field(AmountParser.class, null, "NOT_AMOUNTS"));
    subjects.put("AmountParser.leads", field(AmountParser.class, amounts, "leads"));
    subjects.put("AmountParser.numberWord", field(AmountParser.class, amounts, "numberWord"));
    // MetricClassifier: each metric's cues and anywhere cues, and the phrases that make no claim, as whole words.
    for (MetricDef metric : config.metrics()) {
      if (!metric.cues().isEmpty()) { // as MetricClassifier: an empty list would match an empty text anywhere
        subjects.put("cues of " + metric.name(), Alternation.wholeWords(metric.cues(), CI_UNICODE));
      }
      List<String> anywhere = Optional.ofNullable(metric.anywhereCues()).orElse(List.of());
      if (!anywhere.isEmpty()) {
        subjects.put("anywhere cues of " + metric.name(), Alternation.wholeWords(anywhere, CI_UNICODE));
      }
    }
    subjects.put("not_claims", Alternation.wholeWords(config.notClaims(), CI_UNICODE));
    return subjects;
  }

  private static Alternation field(Class<?> owner, Object instance, String name) throws ReflectiveOperationException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return (Alternation) field.get(instance);
  }

  /**
   * The whole expression, built here from the parts the Alternation was given (not from its own compiled whole), so
   * that a mistake in how it joins them shows too.
   */
  @SuppressWarnings("unchecked")
  private static Pattern wholeOf(Alternation alternation) throws ReflectiveOperationException {
    String before = (String) read(alternation, "before");
    List<String> alternatives = (List<String>) read(alternation, "alternatives");
    String after = (String) read(alternation, "after");
    return Pattern.compile(before + "(?:" + String.join("|", alternatives) + ")" + after,
        (Integer) read(alternation, "flags"));
  }

  private static Object read(Alternation alternation, String name) throws ReflectiveOperationException {
    Field field = Alternation.class.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(alternation);
  }

  private static List<String> sampleLines(Path dir, int files, Random random) throws IOException {
    List<Path> all;
    try (Stream<Path> listed = Files.list(dir)) {
      all = listed.filter(f -> f.getFileName().toString().matches(".*_\\d+\\.txt")).sorted().toList();
    }
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < files; k++) {
      for (String line : Files.readAllLines(all.get(random.nextInt(all.size())))) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  /** A few random edits: a letter's case flipped, an odd character inserted or put in place of one, one deleted. */
  private static String mutate(String line, Random random) {
    StringBuilder text = new StringBuilder(line);
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits; e++) {
      int at = text.length() == 0 ? 0 : random.nextInt(text.length());
      switch (random.nextInt(6)) {
        case 0, 1 -> {
          if (at < text.length()) {
            char c = text.charAt(at);
            text.setCharAt(at, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
          }
        }
        case 2, 3 -> text.insert(at, ODD.get(random.nextInt(ODD.size())));
        case 4 -> {
          if (at < text.length()) {
            text.replace(at, at + 1, ODD.get(random.nextInt(ODD.size())));
          }
        }
        default -> {
          if (at < text.length()) {
            text.deleteCharAt(at);
          }
        }
      }
    }
    if (random.nextInt(8) == 0) {
      return text.toString().toUpperCase(Locale.ROOT);
    }
    boolean cut = random.nextInt(4) == 0 && text.length() > 0;
    return cut ? text.substring(0, random.nextInt(text.length())) : text.toString();
  }

  // ---- generated expressions on odd texts ----

  private static final String[] LITERALS = {"a", "b", "s", "k", "i", "1", ".", "-", " ", "é", "ß", "\\$", "€", "µ",
      "ſ", "ı", "İ", "Å", "\\n"};
  private static final String[] CLASSES = {"[a-c]", "[^\\s\\w]", "\\d", "\\w", "\\s", "\\p{L}", "\\P{L}", ".", "[sk]",
      "[^a]", "\\p{Lu}", "[$€]", "\\W", "\\S", "[\\p{L}&&[^a]]", "\\R"};
  /** Zero-width checks an alternative may open with (or hold inside), all of kinds Alternation says it handles. */
  private static final String[] ASSERTIONS = {"\\b", "\\B", "(?<!\\d )", "(?<![\\p{L}\\p{N}])", "(?=a)", "(?!a)",
      "(?!\\s)", "^", "$", "(?<!\\bis )", "(?<![\\d/.,$-])", "(?<![^\\s(\\[])"};
  private static final String[] QUANTIFIERS = {"?", "??", "?+", "*", "*?", "*+", "+", "+?", "++", "{1,2}", "{2}"};
  private static final int[] FLAGS = {Pattern.CASE_INSENSITIVE, Pattern.UNICODE_CASE, Pattern.MULTILINE,
      Pattern.DOTALL, Pattern.UNICODE_CHARACTER_CLASS, Pattern.UNIX_LINES, Pattern.CANON_EQ};
  /** What the generated texts are made of: no combining mark and no "_" (see {@link KnownDisagreements}). */
  private static final String[] TEXT_CHARACTERS = {"a", "b", "A", "s", "S", "ſ", "k", "K", "\u212A", "1", " ", ".",
      "-", "\n", "\r", "é", "İ", "i", "ı", "ß", "$", "€", "µ", "Μ", "Å"};
  private static final String[] BEFORES = {"", "\\b", "(?<![\\p{L}])", "(?<![\\p{L}\\p{N}])",
      "(?<!\\bis |\\bwas )\\b"};
  private static final String[] AFTERS = {"", "\\b", "(?![\\p{L}])", "(?=\\s)"};

  @Test
  void generatedExpressionsAgreeOnOddTexts() {
    Random random = new Random(3);
    int expressions = 0;
    while (expressions < 4000) {
      int flags = 0;
      for (int flag : FLAGS) {
        if (random.nextInt(flag == Pattern.CANON_EQ ? 12 : 3) == 0) {
          flags |= flag;
        }
      }
      List<String> alternatives = new ArrayList<>();
      for (int n = 1 + random.nextInt(4); n > 0; n--) {
        alternatives.add(sequence(random, 0));
      }
      int b = random.nextInt(BEFORES.length);
      // Only a before that refuses a letter lets the caller say that no match follows one (and CANON_EQ reads
      // lookbehinds its own way).
      boolean wordStarts = (b == 2 || b == 3) && (flags & Pattern.CANON_EQ) == 0 && random.nextBoolean();
      String after = AFTERS[random.nextInt(AFTERS.length)];
      Alternation alternation;
      Pattern whole;
      try {
        whole = Pattern.compile(BEFORES[b] + "(?:" + String.join("|", alternatives) + ")" + after, flags);
        alternation = Alternation.of(BEFORES[b], wordStarts, alternatives, after, flags);
      } catch (IllegalArgumentException refused) { // PatternSyntaxException, or an alternative that matches nothing
        continue;
      }
      expressions++;
      for (int t = 0; t < 40; t++) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(9); n > 0; n--) {
          text.append(TEXT_CHARACTERS[random.nextInt(TEXT_CHARACTERS.length)]);
        }
        if (!matchesEmpty(whole, text.toString())) {
          assertAgrees(BEFORES[b] + " " + alternatives + " " + after + " flags " + flags + " wordStarts " + wordStarts,
              alternation, whole, text.toString(), random);
        }
      }
    }
  }

  private static String sequence(Random random, int depth) {
    StringBuilder out = new StringBuilder();
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      if (random.nextInt(5) == 0) {
        out.append(ASSERTIONS[random.nextInt(ASSERTIONS.length)]);
      }
      int kind = random.nextInt(10);
      if (kind < 5 || depth > 1) {
        out.append(LITERALS[random.nextInt(LITERALS.length)]);
      } else if (kind < 8) {
        out.append(CLASSES[random.nextInt(CLASSES.length)]);
      } else if (kind == 8) {
        out.append("(?:").append(sequence(random, depth + 1)).append('|').append(sequence(random, depth + 1))
            .append(')');
      } else {
        out.append(random.nextBoolean() ? "(?-i:" : "(?i:").append(sequence(random, depth + 1)).append(')');
      }
      if (random.nextInt(4) == 0) {
        out.append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
      }
    }
    return out.toString();
  }

  /** Empty matches are outside Alternation's contract (its constructor refuses what it can see matching nothing). */
  private static boolean matchesEmpty(Pattern whole, String text) {
    return Alternation.matchesEmpty(whole, text);
  }

  // ---- hand-picked expressions ----

  @Test
  void handPickedExpressionsAgreeOnOddTexts() {
    record Case(String before, boolean wordStarts, List<String> alternatives, String after, int flags,
        List<String> texts) {}
    List<String> cues = List.of("sales", "ſtake", "kelvin", "İstanbul", "straße", "µg", "ǆungla", "revenues?",
        "net (?:profit|income)", "pre-?tax");
    List<Case> cases = List.of(
        new Case("(?<![\\p{L}])", true, cues, "(?![\\p{L}])", CI_UNICODE,
            List.of("ſales \u212Aelvin SALES", "STRASSE straẞe STRAẞE", "ıstanbul İSTANBUL istanbul", "ΜG µg μg",
                "ǄUNGLA ǅungla", "xsales salesx sales", "pretax pre-tax PRE-TAX", "net\u00A0profit net profit")),
        new Case("(?<![\\p{L}])", true, cues, "(?![\\p{L}])", CI,
            List.of("ſales \u212Aelvin SALES KELVIN", "STRASSE STRAßE", "İSTANBUL", "ΜG µg")),
        new Case("\\b", false, List.of("said", "says", "sources?", "\\d+ analysts"), "\\b", CI,
            List.of("Said:said,SAID _said said_ 12 analysts", "sources' source", "saıd ſays")),
        // zero-width checks that open an alternative
        new Case("", false, List.of("\\bQ[1-4]\\b", "\\Bing\\b", "(?<!\\d )pct", "(?!up)\\w+ly", "(?=\\d)\\d+%",
            "(?<![\\d/.,$-])\\b(?:19|20)\\d\\d\\b", "(?<![^\\s(\\[])-\\d"), "", CI,
            List.of("Q3 q4 XQ1 going ing 5 pct x pct weekly uply 12% 1987 $1987 /2004 -5 (-5 a-5 [-5",
                "1987-88 19870", "ING Ing")),
        // anchors, with and without MULTILINE
        new Case("", false, List.of("^\\s*Year\\s*$", "^net", "total$"), "", CI,
            List.of("  Year  ", "Year\n", "net total", "x\nnet total\n", "total\r\n", "\nYear")),
        new Case("", false, List.of("^\\s*Year\\s*$", "^net", "total$"), "", CI | Pattern.MULTILINE,
            List.of("a\nYear\nb", "x\r\nnet\rtotal\u2028net", "total\n\nnet", "\r\n")),
        // optional groups and classes first, possessive and lazy quantifiers, overlapping alternatives in order
        new Case("", false, List.of("(?:net )?profit", "[£$€]\\s?\\d+", "\\(\\d+\\)", "[^\\s\\w]x", "\\d++\\.",
            "a*+b", "x+?y", "(?:ab)?+c", "\\w{2,}?z"), "", CI,
            List.of("net profit profit £ 5 $5 €10 (12) -x 12. 12 aab xxy abc c wwz", "€", "£", "(1", "z")),
        new Case("", false, List.of("in", "inc", "income", "a", "ab", "abc"), "", 0,
            List.of("income inc in abc ab a", "INCOME")),
        new Case("", false, List.of("abc", "ab", "a", "income", "inc", "in"), "", CI,
            List.of("income inc in abc ab a", "INCOME")),
        // characters above 0x80 and 0x250 first or second, surrogate pairs, line terminators
        new Case("", false, List.of("€\\d", "£\\d", "¥", "ç", "ñandú", "Ωm", "日本", "рубль", "𝐀b", "\\R\\d"), "",
            CI_UNICODE,
            List.of("€5 £7 ¥ Ç ÑANDÚ ωM 日本 РУБЛЬ 𝐀B \r\n5 \n6 \u20287", "𝐀", "€", "\uD835", "\uDC00b")),
        new Case("", false, List.of("a.b", "c$"), "", Pattern.DOTALL, List.of("a\nb c\n c")),
        new Case("", false, List.of("a.b"), "", Pattern.UNIX_LINES, List.of("a\rb a\nb a\u2028b")),
        new Case("\\b", false, List.of("\\w+ung", "é\\w"), "\\b", Pattern.UNICODE_CHARACTER_CLASS | CI_UNICODE,
            List.of("Prüfung ÉTÉ_ été", "naïve_ung")),
        new Case("", false, List.of("été", "e\u0301t", "Å"), "", Pattern.CANON_EQ | CI_UNICODE,
            List.of("e\u0301te\u0301 été A\u030A Å \u212B")),
        new Case("", false, List.of("net\\ profit # a comment ends at the line's end\n", "sales"), "", Pattern.COMMENTS,
            List.of("net profit sales")));
    Random random = new Random(7);
    for (Case c : cases) {
      Alternation alternation = Alternation.of(c.before(), c.wordStarts(), c.alternatives(), c.after(), c.flags());
      Pattern whole = Pattern.compile(c.before() + "(?:" + String.join("|", c.alternatives()) + ")" + c.after(),
          c.flags());
      List<String> texts = new ArrayList<>(List.of("", " ", "x"));
      texts.addAll(c.texts());
      for (String text : c.texts()) {
        for (int n = 0; n < 30; n++) {
          texts.add(mutate(text, random));
        }
        for (int end = 0; end <= text.length(); end++) { // a match that starts at the last character, and every cut
          texts.add(text.substring(0, end));
        }
      }
      for (String text : texts) {
        assertAgrees(c.toString(), alternation, whole, text, random);
      }
    }
  }

  // ---- the disagreements found ----

  /**
   * DISAGREEMENTS FOUND (these fail against the current Alternation): each is the smallest input found where
   * Alternation and its whole expression differ. Each passes once Alternation agrees there, or refuses that expression
   * in its constructor (when the lead decides it is outside the contract).
   */
  @Nested
  class KnownDisagreements {

    /**
     * The class says an alternative that looks behind ({@code (?<=}) is always tried, but only its first character
     * is exempt: the two-character look-up probes it after a context that never holds what it looks for, and drops
     * it. Whole: [2, 5) "pct"; Alternation: nothing. (A text that ends right after the first character is found.)
     */
    @Test
    void aLookbehindAlternativeIsDroppedByItsFirstTwoCharacters() {
      assertRefusedOrAgrees("", false, List.of("(?<=\\d )pct"), "", 0, "5 pct");
      assertRefusedOrAgrees("", false, List.of("(?<=\\$)5x"), "", 0, "$5x");
    }

    /** A positive lookbehind in {@code before} is not exempted at all. Whole: [1, 2); Alternation: nothing. */
    @Test
    void aLookbehindInBefore() {
      assertRefusedOrAgrees("(?<=\\$)", false, List.of("5", "6"), "", 0, "$5");
    }

    /**
     * The five contexts ("", "a", " ", "1", ".") stand for every character before a match; a lookbehind that none
     * of them passes is dropped everywhere. Whole: [3, 5) "'s" after "IBM"; Alternation: nothing. Likewise a word
     * character that is no letter or digit ("_", or a combining mark after a letter) before {@code \B}, and a
     * lookbehind for "$" written as a double negative.
     */
    @Test
    void aLookbehindThatNoContextPasses() {
      assertRefusedOrAgrees("\\b", false, List.of("(?<![a-z0-9])'s"), "\\b", 0, "IBM's");
      assertRefusedOrAgrees("(?<![\\p{L}\\p{N}])", false, List.of("\\Bx"), "", 0, "_x");
      assertRefusedOrAgrees("(?<![\\p{L}\\p{N}])", false, List.of("\\Bx"), "", 0, "a\u0301x");
      assertRefusedOrAgrees("", false, List.of("(?<!^|[^$])5"), "", 0, "$5");
    }

    /**
     * An inline flag in one alternative ({@code (?i)} without a group) holds for the later alternatives in the
     * whole expression, not in the probes of them alone. Whole: [0, 1) "Y"; Alternation: nothing.
     */
    @Test
    void anInlineFlagReachesTheLaterAlternatives() {
      assertRefusedOrAgrees("", false, List.of("(?i)x", "y"), "", 0, "Y");
    }

    /**
     * A back reference counts groups of the whole expression; alone, or with alternatives dropped, it names another
     * group. Whole: nothing ({@code \1} is the unset "(a)"); Alternation: [0, 2) "cc".
     */
    @Test
    void aBackReferenceNamesAnotherGroup() {
      assertRefusedOrAgrees("", false, List.of("(a)b", "(c)\\1"), "", 0, "cc");
    }

    /**
     * {@code \G} holds where the whole expression's previous match ended; each region Alternation tries starts a
     * fresh match, so it holds everywhere. Whole: nothing; Alternation: [1, 2).
     */
    @Test
    void endOfThePreviousMatch() {
      assertRefusedOrAgrees("", false, List.of("\\Gx"), "", 0, "ax");
    }

    /**
     * {@code find(text, from, to)} searches the region's substring, but the engine's {@code $} looks at the character
     * before it even outside opaque bounds (no {@code $} between "\r" and "\n"), so a matcher with the region finds
     * nothing where the substring has a match. Whole with region [1, 2): nothing; Alternation.find: [1, 2).
     */
    @Test
    void aDollarLooksOutOfTheRegion() {
      assertFindsInRegion("$\\n", Alternation.of("", false, List.of("$\\n"), "", 0), Pattern.compile("(?:$\\n)"),
          "\r\n", 1, 2);
    }

    /**
     * {@code \X} reads a whole grapheme cluster without telling {@code hitEnd} it reached the end, so "\r" alone
     * looks like a failure that "\r\n" is not. Whole: [0, 2); Alternation: [1, 2).
     */
    @Test
    void aGraphemeClusterHidesTheEnd() {
      assertRefusedOrAgrees("", false, List.of("\\X(?<!\\r)"), "", 0, "\r\n");
    }

    /**
     * With a supplementary character in the expression, the whole expression's find never starts inside a
     * surrogate pair; Alternation tries every char. Whole: nothing; Alternation: [1, 2) (the low surrogate).
     */
    @Test
    void aMatchInsideASurrogatePair() {
      assertRefusedOrAgrees("", false, List.of("😀", "\\P{L}"), "", 0, "𝐀");
    }

    /**
     * The constructor refuses an alternative that matches an empty text only where it matches one at the end: one
     * that does so after a lookbehind or before a lookahead gets through. Then the whole expression finds an empty
     * match that Alternation misses (first), or {@code findAll} never returns (second: not called here).
     */
    @Test
    void anAlternativeThatMatchesNothingSomewhere() {
      assertRefusedOrAgrees("", false, List.of("(?<=x)"), "", 0, "x");
      assertRefusedOrAgrees("", false, List.of("x?"), "(?<=y)y", 0, "yy");
      try {
        Alternation alternation = Alternation.of("", false, List.of("a?"), "(?=b)", 0);
        fail("accepted, and its findAll(\"b\") would loop forever on the empty match at 0: " + alternation);
      } catch (IllegalArgumentException refused) {
        // what it should do
      }
    }
  }

  // ---- the comparison ----

  private static void assertRefusedOrAgrees(String before, boolean wordStarts, List<String> alternatives,
      String after, int flags, String text) {
    Alternation alternation;
    try {
      alternation = Alternation.of(before, wordStarts, alternatives, after, flags);
    } catch (IllegalArgumentException refused) {
      return;
    }
    Pattern whole = Pattern.compile(before + "(?:" + String.join("|", alternatives) + ")" + after, flags);
    if (matchesEmpty(whole, text)) {
      fail("the whole expression matches an empty text in \"" + escape(text) + "\": " + found(whole, text)
          + ", Alternation finds " + (alternation.in(text) ? "one" : "none") + "; it should refuse " + whole);
    }
    assertAgrees(whole.pattern(), alternation, whole, text, new Random(1));
  }

  /**
   * Asserts that Alternation finds what the whole expression finds in {@code text}: every match, whether any, the
   * first in one random region (every region of a short text), and that it may start wherever a match starts.
   * Returns the number of matches.
   */
  private static int assertAgrees(String what, Alternation alternation, Pattern whole, String text, Random random) {
    List<String> expected = found(whole, text);
    List<String> actual = alternation.findAll(text).stream().map(m -> m.start() + "-" + m.end()).toList();
    if (!expected.equals(actual)) {
      fail(what + " in \"" + escape(text) + "\": whole " + expected + ", Alternation " + actual);
    }
    if (alternation.in(text) == expected.isEmpty()) {
      fail(what + " in \"" + escape(text) + "\": whole " + expected + ", Alternation.in " + !expected.isEmpty());
    }
    if (text.length() <= 10) {
      for (int from = 0; from <= text.length(); from++) {
        for (int to = from; to <= text.length(); to++) {
          assertFindsInRegion(what, alternation, whole, text, from, to);
        }
      }
    } else {
      int from = random.nextInt(text.length() + 1);
      assertFindsInRegion(what, alternation, whole, text, from, from + random.nextInt(text.length() - from + 1));
    }
    // Where the whole expression's lookingAt matches (found by stepping its find, which tries each position in
    // order), mayStartAt must say yes.
    Matcher m = whole.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = 0; i < text.length() && m.region(i, text.length()).find(); i = m.start() + 1) {
      if (m.start() < text.length() && !alternation.mayStartAt(text, m.start())) {
        fail(what + " in \"" + escape(text) + "\": a match at " + m.start() + "-" + m.end()
            + " but mayStartAt says no");
      }
    }
    return expected.size();
  }

  private static void assertFindsInRegion(String what, Alternation alternation, Pattern whole, String text, int from,
      int to) {
    Matcher m = whole.matcher(text).region(from, to);
    String expected = m.find() ? m.start() + "-" + m.end() : "none";
    String actual = alternation.find(text, from, to).map(f -> f.start() + "-" + f.end()).orElse("none");
    if (!expected.equals(actual)) {
      fail(what + " in \"" + escape(text) + "\" [" + from + ", " + to + "): whole " + expected + ", Alternation "
          + actual);
    }
  }

  private static List<String> found(Pattern whole, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = whole.matcher(text);
    while (m.find()) {
      found.add(m.start() + "-" + m.end());
    }
    return found;
  }

  /** The text with every character outside printable ASCII as a Java escape, to paste into a test. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return out.toString();
  }
}
