package crosscheck.quantity;

import crosscheck.config.CurrencyToken;
import crosscheck.model.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of a sentence with their currency (before or after, with or without a space: "US$4.7 billion",
 * "RMB7.6 billion", "55.58 billion yuan"), scale ("million", "bn", "mn", "1,783.9million"), percent and rank
 * ("third-largest", "fourth place"), and the hedge before them ("about", "more than"). Dates, times and fiscal-year
 * ranges such as "2012–13" are not numbers. The patterns use possessive quantifiers and bounded digit runs, so a
 * sentence takes time linear in its length.
 */
public final class AmountParser {

  private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
      Map.entry("thousand", BigDecimal.TEN.pow(3)), Map.entry("k", BigDecimal.TEN.pow(3)),
      Map.entry("million", BigDecimal.TEN.pow(6)), Map.entry("mn", BigDecimal.TEN.pow(6)),
      Map.entry("mln", BigDecimal.TEN.pow(6)), Map.entry("m", BigDecimal.TEN.pow(6)),
      Map.entry("billion", BigDecimal.TEN.pow(9)), Map.entry("bn", BigDecimal.TEN.pow(9)),
      Map.entry("bln", BigDecimal.TEN.pow(9)), Map.entry("b", BigDecimal.TEN.pow(9)),
      Map.entry("trillion", BigDecimal.TEN.pow(12)), Map.entry("tn", BigDecimal.TEN.pow(12)));

  /** Numbers newswires write as words before a scale, unit or currency: "five cts", "eight pct", "two billion yen". */
  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50));

  private static final Map<String, Integer> ORDINALS = Map.of(
      "first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5,
      "sixth", 6, "seventh", 7, "eighth", 8, "ninth", 9, "tenth", 10);

  /** Dates, clock times and year ranges: numbers inside them are not amounts. */
  private static final Pattern NOT_AMOUNTS = Pattern.compile(
      "\\b\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}\\b|\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b"
          + "|\\b(?:19|20)\\d{2}\\s?[–—-]\\s?(?:19|20)?\\d{2}\\b");

  private static final Pattern RANK = Pattern.compile(
      "(?i)\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th))"
          + "(?:[-\\s](?:largest|biggest)|\\s(?:place|position))\\b");

  /** Every amount holds a digit, or is a rank with one of these. */
  private static final List<String> RANK_WORDS = List.of("largest", "biggest", " place", " position");

  private final Pattern amount;
  private final Pattern numberWord;
  private final Map<String, CurrencyToken> currencyTokens;
  private final List<Qualifier> qualifiers;

  public AmountParser(List<CurrencyToken> currencies, Map<String, Qualifier> qualifiers) {
    this.currencyTokens = new java.util.HashMap<>();
    List<String> prefixes = new ArrayList<>();
    List<String> suffixes = new ArrayList<>();
    for (CurrencyToken c : currencies) {
      currencyTokens.put(normalizeSpace(c.token()).toLowerCase(Locale.ROOT), c);
      (c.prefix() ? prefixes : suffixes).add(c.token());
    }
    this.amount = Pattern.compile(
        "(?<![\\p{L}\\p{N}.,$/])"
            + "(?:(?<cur>" + alternation(prefixes) + ")\\s?)?+"
            + "(?<num>\\d{1,3}+(?:,\\d{3})++(?:\\.\\d{1,12}+)?+|\\d{1,24}+(?:\\.\\d{1,12}+)?+)"
            + "(?![\\d,.]\\d|/\\d)"
            + "(?:\\s?(?<scale>trillion|billion|million|thousand|tn|bn|mn|bln|mln)\\b|(?<abbr>[mbkMBK])\\b)?+"
            + "(?:\\s?(?<pct>%|percent\\b|per cent\\b|percentage points?\\b|pct points?\\b|pct\\b|pp\\b)"
            + "|\\s(?<suf>" + alternation(suffixes) + ")\\b)?+",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.numberWord = Pattern.compile("(?<![\\p{L}-])(?<word>" + String.join("|", NUMBER_WORDS.keySet())
            + ")(?=\\s(?:trillion|billion|million|thousand|bn|mn|bln|mln|percent|per cent|pct|"
            + alternation(suffixes) + ")\\b)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.qualifiers = qualifiers.values().stream()
        .sorted(Comparator.comparingInt((Qualifier q) -> q.phrase().length()).reversed()
            .thenComparing(Qualifier::phrase))
        .toList();
  }

  private static String alternation(List<String> tokens) {
    List<String> sorted = new ArrayList<>(tokens);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder out = new StringBuilder();
    for (String token : sorted) {
      if (out.length() > 0) {
        out.append('|');
      }
      // A space in a token ("Swiss francs") stands for any run of white space, line breaks included.
      out.append(Pattern.quote(token).replace(" ", "\\E\\s+\\Q"));
      if (Character.isLetter(token.charAt(token.length() - 1))) {
        out.append("(?![\\p{L}])");
      }
    }
    return out.length() == 0 ? "(?!)" : out.toString();
  }

  /** All numbers of the sentence in order; the caller decides which are claims. */
  public List<Amount> parse(String sentence) {
    if (!QuickScan.hasDigit(sentence) && !QuickScan.containsAny(sentence, RANK_WORDS)
        && !QuickScan.containsAny(sentence, NUMBER_WORDS.keySet())) {
      return List.of();
    }
    boolean[] masked = mask(sentence);
    int[] wordStart = new int[sentence.length() + 1];
    String digits = numberWordsAsDigits(sentence, wordStart);
    List<Amount> found = new ArrayList<>();
    Matcher m = amount.matcher(digits);
    while (m.find()) {
      if (masked[m.start("num")]) {
        continue;
      }
      Amount a = toAmount(digits, m);
      int start = wordStart[m.start("num")];
      if (start > 0) {
        // A number written as a word: its span and text are the word's, as the sentence has them.
        int begin = start - 1;
        Qualifier q = qualifierBefore(sentence, begin);
        int hedge = q == Qualifier.EXACT ? begin
            : sentence.substring(0, begin).stripTrailing().length() - q.phrase().length();
        a = new Amount(hedge, begin, a.end(), sentence.substring(begin, a.end()), a.number(), a.decimals(),
            a.scale(), a.unit(), a.currency(), q);
      }
      found.add(a);
    }
    Matcher r = RANK.matcher(sentence);
    while (r.find()) {
      String word = r.group(1).toLowerCase(Locale.ROOT);
      Integer rank = ORDINALS.get(word);
      int value = rank != null ? rank : Integer.parseInt(word.replaceAll("\\D", ""));
      found.removeIf(a -> a.start() >= r.start() && a.start() < r.end());
      found.add(new Amount(r.start(), r.start(), r.end(), r.group(), BigDecimal.valueOf(value), 0, BigDecimal.ONE,
          Amount.Unit.RANK, "", Qualifier.EXACT));
    }
    found.sort(Comparator.comparingInt(Amount::start));
    return List.copyOf(found);
  }

  private Amount toAmount(String sentence, Matcher m) {
    String written = m.group("cur") != null ? m.group("cur") : m.group("suf");
    CurrencyToken token = written == null ? null
        : currencyTokens.get(normalizeSpace(written).toLowerCase(Locale.ROOT));
    String currency = token == null ? "" : token.code();
    String digits = m.group("num").replace(",", "");
    int dot = digits.indexOf('.');
    int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
    String scaleWord = m.group("scale") != null ? m.group("scale") : m.group("abbr");
    BigDecimal scale = scaleWord == null ? BigDecimal.ONE : SCALES.get(scaleWord.toLowerCase(Locale.ROOT));
    if (token != null) {
      scale = scale.multiply(token.scale());
    }
    String pct = m.group("pct") == null ? "" : m.group("pct").toLowerCase(Locale.ROOT);
    Amount.Unit unit;
    if (!currency.isEmpty()) {
      unit = Amount.Unit.MONEY;
    } else if (pct.startsWith("percentage") || pct.startsWith("pct point") || pct.equals("pp")) {
      unit = Amount.Unit.PERCENTAGE_POINTS;
    } else if (!pct.isEmpty()) {
      unit = Amount.Unit.PERCENT;
    } else {
      unit = Amount.Unit.COUNT;
    }
    Qualifier qualifier = qualifierBefore(sentence, m.start());
    int hedgeStart = m.start();
    if (qualifier != Qualifier.EXACT) {
      hedgeStart = sentence.substring(0, m.start()).stripTrailing().length() - qualifier.phrase().length();
    }
    return new Amount(hedgeStart, m.start(), m.end(), m.group(), new BigDecimal(digits), decimals, scale, unit,
        currency, qualifier);
  }

  /** The hedge that ends, with a space, right before {@code start}: "more than " or "(around ". */
  private Qualifier qualifierBefore(String sentence, int start) {
    int end = start;
    while (end > 0 && sentence.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == start) {
      return Qualifier.EXACT;
    }
    for (Qualifier q : qualifiers) {
      int at = end - q.phrase().length();
      if (at >= 0 && sentence.regionMatches(true, at, q.phrase(), 0, q.phrase().length())
          && (at == 0 || !Character.isLetter(sentence.charAt(at - 1)))) {
        return q;
      }
    }
    return Qualifier.EXACT;
  }

  /**
   * The sentence with each number word that a scale, unit or currency follows written in digits, right-aligned in
   * the word's place so that offsets stay; {@code wordStart} marks, at the digits, where the word began (plus one).
   */
  private String numberWordsAsDigits(String sentence, int[] wordStart) {
    Matcher w = numberWord.matcher(sentence);
    StringBuilder out = null;
    while (w.find()) {
      out = out == null ? new StringBuilder(sentence) : out;
      String value = Integer.toString(NUMBER_WORDS.get(w.group("word").toLowerCase(Locale.ROOT)));
      int at = w.end() - value.length();
      for (int i = w.start(); i < w.end(); i++) {
        out.setCharAt(i, i < at ? ' ' : value.charAt(i - at));
      }
      wordStart[at] = w.start() + 1;
    }
    return out == null ? sentence : out.toString();
  }

  private static String normalizeSpace(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static boolean[] mask(String sentence) {
    boolean[] masked = new boolean[sentence.length() + 1];
    Matcher m = NOT_AMOUNTS.matcher(sentence);
    while (m.find()) {
      java.util.Arrays.fill(masked, m.start(), m.end(), true);
    }
    return masked;
  }
}
