package crosscheck.quantity;

import crosscheck.config.CurrencyToken;
import crosscheck.model.Qualifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * ranges such as "2012–13" are not numbers. A number may be signed ("-12%", "−8%", "$-5 billion", "minus 3%", an
 * accounting "$(5.2) million"), grouped in thousands by commas or spaces ("1 234 567", no-break and thin spaces too)
 * and written with an exponent ("1.2e6", "3×10^6"). A European "1.234,5" is not read: nothing says which of its
 * marks is the decimal one. The patterns use possessive quantifiers and bounded digit runs, so a sentence takes time
 * linear in its length.
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
  private static final Alternation NOT_AMOUNTS = Alternation.of("\\b", true, List.of(
      "\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}\\b", "\\d{1,2}:\\d{2}(?::\\d{2})?\\b",
      "(?:19|20)\\d{2}\\s?[–—-]\\s?(?:19|20)?\\d{2}\\b"), "", 0);
  /**
   * 24-hour clock times with no colon, in a sentence that names a time zone or hours: "trading hours will expand to
   * between 0720 and 1515 local time".
   */
  private static final Alternation CLOCK_TIMES = Alternation.of("\\b", true, List.of(
      "(?:[01]\\d|2[0-3])[0-5]\\d\\b(?![.,]\\d)"), "", 0);
  private static final List<String> CLOCK_WORDS = List.of("local time", "GMT", "EST", "EDT", "BST", "CET", " hrs",
      " hours");

  private static final Pattern RANK = Pattern.compile(
      "(?i)\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th))"
          + "(?:[-\\s](?:largest|biggest)|\\s(?:place|position))\\b");

  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
      "Sept", "Sep", "Oct", "Nov", "Dec");

  /** A space that may group thousands ("1 234 567"): a plain, no-break, thin or narrow no-break space. */
  private static final String GROUP_SPACE = "[ \\u00A0\\u2009\\u202F]";

  /** What stands between a number and its currency, scale or percent sign: "US$ 5", "5\u00A0%", "5 dollars". */
  private static final String SPACE = "[\\s\\u00A0\\u2009\\u202F]";

  /**
   * Digits grouped by commas, or by spaces where the first group has one to three digits and every other exactly
   * three ("1 234 567"; "in 2004 120 million" stays two numbers), or not grouped; with their decimals. Spaces join no
   * day to an amount ("January 31 747 mln dlrs") and no part of a range or a model ("2-3 950-1050 lbs", "10
   * 737-800 planes").
   */
  private static final String DIGITS = "\\d{1,3}+(?:,\\d{3})++(?:\\.\\d{1,12}+)?+"
      + "|(?<![-\\u2013/]|(?:" + String.join("|", MONTHS) + ")\\.?\\s)"
      + "\\d{1,3}+(?:" + GROUP_SPACE + "\\d{3}(?!\\d))++(?:\\.\\d{1,12}+)?+(?![-\\u2013]\\d)"
      + "|\\d{1,24}+(?:\\.\\d{1,12}+)?+";

  /** Hyphen-minus, minus sign and en dash: a sign when written right before the digits. */
  private static final String MINUS_SIGNS = "\u2212\u2013-";
  private static final String MINUS = "[" + MINUS_SIGNS + "]";
  private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  /**
   * A sign that starts a number: a minus after a space, a bracket or the start ("-12%", "(−8%)", but not "5-6%",
   * "COVID-19", "737-800"), or "negative" / "minus" unless they subtract ("plus or minus 3%", "LIBOR minus 1 pct").
   */
  private static final String SIGN = "(?<sign>(?<![^\\s(\\[])" + MINUS
      + "|(?<!(?-i:[\\p{Lu}\\p{N}%])\\s{1,3})(?<!\\bor\\s{1,3})(?:negative|minus)\\s++)?+";

  /**
   * "1.234e3", "1E+6", "3×10^6", "3 x 10⁶": an "e" only after a decimal point or before a sign; "1e6" or Boeing's
   * "7E7" is no number at all.
   */
  private static final String EXPONENT = "(?<exp>[eE](?:[+" + MINUS_SIGNS + "]\\d{1,3}+|(?<=\\.\\d{1,12}[eE])\\d{1,3}+)"
      + "(?![\\p{L}\\d])"
      + "|\\s?[×x]\\s?10(?:\\^[+" + MINUS_SIGNS + "]?\\d{1,3}+|[⁺⁻]?[" + SUPERSCRIPT_DIGITS + "]{1,3}+))?+";

  /**
   * The fraction of a mixed number, as newswires write prices and dividends: "16-1/4 cts" is 16.25 cents, "1-1/2
   * billion dlrs" 1.5 billion. A fraction alone ("1/2 billion") is not read: it is no number the writer gave whole.
   */
  private static final String MIXED_FRACTION =
      "(?:(?<=\\d)[-\u2013](?<fnum>[1-9]\\d?+)/(?<fden>2|3|4|8|16|32|64)(?![\\d/]))?+";
  /** The decimals a mixed number's value keeps: "16-1/3" is 16.3333. */
  private static final int FRACTION_DECIMALS = 4;

  private static final Pattern GROUPING = Pattern.compile("[, \\u00A0\\u2009\\u202F]");

  /** Digits beyond these, before the decimal point, only tell the magnitude: they are read as zeros. */
  private static final int EXACT_DIGITS = 40;

  /** Every amount holds a digit, or is a rank with one of these. */
  private static final List<String> RANK_WORDS = List.of("largest", "biggest", " place", " position");
  /** Every rank ends with one of these. */
  private static final List<String> RANK_ENDINGS = List.of("largest", "biggest", "place", "position");
  /** Every date, time or year range holds one of these. */
  private static final String NOT_AMOUNT_MARKS = "-/:–—";

  private final Pattern amount;
  /** The most characters other than spaces before an amount's first digit: "negative", a currency, a bracket. */
  private final int longestLead;
  /**
   * Where an amount can start, by the first two characters there: its lead (a sign, "negative", a currency written
   * before the number) up to the bracket or digit that must follow it. Most characters before a digit start none.
   */
  private final Alternation leads;
  private final Alternation numberWord;
  private final Map<String, CurrencyToken> currencyTokens;
  private final List<Qualifier> qualifiers;

  public AmountParser(List<CurrencyToken> currencies, Map<String, Qualifier> qualifiers) {
    this.currencyTokens = new java.util.HashMap<>();
    List<String> prefixes = new ArrayList<>();
    List<String> suffixes = new ArrayList<>();
    List<String> attached = new ArrayList<>();
    for (CurrencyToken c : currencies) {
      currencyTokens.put(normalizeSpace(c.token()).toLowerCase(Locale.ROOT), c);
      switch (c.position()) {
        case PREFIX -> prefixes.add(c.token());
        case SUFFIX -> suffixes.add(c.token());
        case ATTACHED -> attached.add(c.token());
      }
    }
    this.longestLead = "negative".length() + prefixes.stream().mapToInt(String::length).max().orElse(0) + 3;
    String lead = "(?<![\\p{L}\\p{N}.,$/])" + SIGN
        + "(?:(?<cur>" + alternation(prefixes) + ")" + SPACE + "?(?<minus>" + MINUS + ")?+)?+";
    this.leads = Alternation.of("", false, List.of(lead + "[(\\d]"), "",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.amount = Pattern.compile(lead
            + "(?:\\((?<bracketed>" + DIGITS + ")\\)|(?<num>" + DIGITS + ")" + EXPONENT + MIXED_FRACTION + ")"
            + "(?![\\d,.]\\d|/\\d|[eE]\\d|(?:" + GROUP_SPACE + "\\d{3})++,\\d)"
            + "(?:" + SPACE + "?(?<scale>trillion|billion|million|thousand|tn|bn|mn|bln|mln)\\b|(?<abbr>[mbkMBK])\\b)?+"
            + "(?:" + SPACE + "?(?<pct>%|percent\\b|per cent\\b|percentage points?\\b|pct points?\\b|pct\\b|pp\\b)"
            + "|" + SPACE + "(?<suf>" + alternation(suffixes) + ")\\b"
            // "18.35p", not the "p" of "5p.m."
            + "|(?<att>" + alternation(attached) + ")(?!\\.\\p{L}))?+",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.numberWord = Alternation.of("(?<![\\p{L}-])", true, NUMBER_WORDS.keySet().stream().sorted().toList(),
        "(?=\\s(?:trillion|billion|million|thousand|bn|mn|bln|mln|percent|per cent|pct|" + alternation(suffixes)
            + ")\\b)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
    String lower = sentence.toLowerCase(Locale.ROOT);
    boolean numberWords = QuickScan.lowerContainsAny(lower, NUMBER_WORDS.keySet());
    if (!QuickScan.hasDigit(sentence) && !QuickScan.lowerContainsAny(lower, RANK_WORDS) && !numberWords) {
      return List.of();
    }
    // Each regular expression below runs only where the words it needs are: they are rare in a sentence.
    boolean ranks = QuickScan.lowerContainsAny(lower, RANK_ENDINGS);
    numberWords = numberWords || !QuickScan.isAscii(sentence); // a letter outside ASCII may match one ignoring case
    boolean[] masked = mask(sentence);
    int[] wordStart = new int[sentence.length() + 1];
    String digits = numberWords ? numberWordsAsDigits(sentence, wordStart) : sentence;
    List<Amount> found = new ArrayList<>();
    // Every amount holds a digit within its lead's reach: the pattern is tried only at the few places from a little
    // before each digit up to it, not at every character of the sentence (the same matches, in a fraction of the
    // time).
    Matcher m = amount.matcher(digits).useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0;
    int tried = 0;
    while (true) {
      int digit = nextDigit(digits, Math.max(from, tried));
      if (digit < 0) {
        break;
      }
      int at = Math.max(leadStart(digits, from, digit), tried);
      while (at <= digit && !(leads.mayStartAt(digits, at) && m.region(at, digits.length()).lookingAt())) {
        at++;
      }
      tried = at + 1;
      if (at > digit) {
        continue;
      }
      from = m.end();
      int number = m.start(group(m, "num") != null ? "num" : "bracketed");
      if (masked[number]) {
        continue;
      }
      Amount a = toAmount(digits, m, found);
      int start = wordStart[number];
      if (start > 0) {
        // A number written as a word: its span and text are the word's (with its sign), as the sentence has them.
        int begin = Math.min(a.start(), start - 1);
        Qualifier q = qualifierBefore(sentence, begin);
        int hedge = q == Qualifier.EXACT ? begin
            : sentence.substring(0, begin).stripTrailing().length() - q.phrase().length();
        a = new Amount(hedge, begin, a.end(), sentence.substring(begin, a.end()), a.number(), a.decimals(),
            a.scale(), a.unit(), a.currency(), q);
      }
      found.add(a);
    }
    Matcher r = RANK.matcher(sentence);
    while (ranks && r.find()) {
      String word = r.group(1).toLowerCase(Locale.ROOT);
      Integer rank = ORDINALS.get(word);
      int value = rank != null ? rank : Integer.parseInt(word.replaceAll("\\D", ""));
      found.removeIf(a -> a.start() >= r.start() && a.start() < r.end());
      found.add(new Amount(r.start(), r.start(), r.end(), r.group(), BigDecimal.valueOf(value), 0, BigDecimal.ONE,
          Amount.Unit.RANK, "", Qualifier.EXACT));
    }
    found.sort(Comparator.comparingInt(Amount::start));
    return ranges(sentence, found);
  }

  private static int nextDigit(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where an amount whose first digit is at {@code digit} can start at the earliest: its lead (sign, currency,
   * bracket) holds at most {@link #longestLead} characters that are not spaces, and any run of spaces.
   */
  private int leadStart(String text, int from, int digit) {
    int start = digit;
    int budget = longestLead;
    while (start > from && (budget > 0 || Character.isWhitespace(text.charAt(start - 1)))) {
      if (!Character.isWhitespace(text.charAt(--start))) {
        budget--;
      }
    }
    return start;
  }

  private Amount toAmount(String sentence, Matcher m, List<Amount> before) {
    String written = group(m, "cur") != null ? group(m, "cur")
        : group(m, "suf") != null ? group(m, "suf") : group(m, "att");
    CurrencyToken token = written == null ? null
        : currencyTokens.get(normalizeSpace(written).toLowerCase(Locale.ROOT));
    String currency = token == null ? "" : token.code();
    String bracketed = group(m, "bracketed");
    if (bracketed != null && currency.isEmpty()) {
      // "(5.2)" with no currency is a bare number in brackets, not an accounting negative.
      int start = m.start("bracketed");
      int end = m.end("bracketed");
      BigDecimal number = digitsOf(bracketed);
      return new Amount(start, start, end, bracketed, number, number.scale(), BigDecimal.ONE,
          Amount.Unit.COUNT, "", Qualifier.EXACT);
    }
    BigDecimal number = bracketed != null ? digitsOf(bracketed)
        : digitsOf(group(m, "num")).scaleByPowerOfTen(exponent(group(m, "exp")));
    if (group(m, "fnum") != null) {
      BigDecimal fraction = new BigDecimal(group(m, "fnum"))
          .divide(new BigDecimal(group(m, "fden")), FRACTION_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
      number = number.add(fraction);
    }
    String scaleWord = group(m, "scale") != null ? group(m, "scale") : group(m, "abbr");
    BigDecimal scale = scaleWord == null ? BigDecimal.ONE : SCALES.get(scaleWord.toLowerCase(Locale.ROOT));
    if (token != null) {
      scale = scale.multiply(token.scale());
    }
    String pct = group(m, "pct") == null ? "" : group(m, "pct").toLowerCase(Locale.ROOT);
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
    int start = m.start();
    int end = m.end();
    boolean negative = group(m, "sign") != null || group(m, "minus") != null || bracketed != null;
    if (!negative && unit == Amount.Unit.MONEY && bracketedCell(sentence, start, end, before)) {
      negative = true;
      start--;
      end++;
    }
    Qualifier qualifier = qualifierBefore(sentence, start);
    int hedgeStart = start;
    if (qualifier != Qualifier.EXACT) {
      hedgeStart = sentence.substring(0, start).stripTrailing().length() - qualifier.phrase().length();
    }
    return new Amount(hedgeStart, start, end, sentence.substring(start, end), negative ? number.negate() : number,
        number.scale(), scale, unit, currency, qualifier);
  }

  /**
   * The number its digits write, without the commas or spaces that group them. Digits before the point beyond
   * {@value #EXACT_DIGITS} only tell its magnitude, so a 300-digit run costs no more than a 40-digit one.
   */
  private static BigDecimal digitsOf(String written) {
    String digits = GROUPING.matcher(written).replaceAll("");
    int whole = digits.indexOf('.') < 0 ? digits.length() : digits.indexOf('.');
    return whole <= EXACT_DIGITS ? new BigDecimal(digits)
        : new BigDecimal(digits.substring(0, EXACT_DIGITS)).scaleByPowerOfTen(whole - EXACT_DIGITS);
  }

  /** The power of ten of "e3", "E+6", "×10^6", "×10⁶"; 0 when none is written. */
  private static int exponent(String written) {
    if (written == null) {
      return 0;
    }
    int mark = Math.max(Math.max(written.lastIndexOf('e'), written.lastIndexOf('E')), written.lastIndexOf('^'));
    String power = mark >= 0 ? written.substring(mark + 1) : written.substring(written.lastIndexOf("10") + 2);
    StringBuilder plain = new StringBuilder();
    for (char c : power.toCharArray()) {
      int superscript = SUPERSCRIPT_DIGITS.indexOf(c);
      boolean minus = c == '⁻' || MINUS_SIGNS.indexOf(c) >= 0;
      plain.append(superscript >= 0 ? (char) ('0' + superscript) : minus ? '-' : c == '⁺' ? '+' : c);
    }
    return Integer.parseInt(plain.toString());
  }

  /**
   * "Net loss:  ($5.2 million)": an amount of money in brackets that open a table cell (after a tab, a line break or
   * two spaces), a labelled value (after ':' or '=') or the sentence is an accounting negative; one right after
   * another amount ("55.58 billion yuan ($8.6 billion)") is its conversion, and one after a word ("Sri Lanka (7.1 mln
   * dlrs)") an aside.
   */
  private static boolean bracketedCell(String sentence, int start, int end, List<Amount> before) {
    if (start == 0 || sentence.charAt(start - 1) != '(' || end >= sentence.length() || sentence.charAt(end) != ')') {
      return false;
    }
    int gapStart = start - 1;
    while (gapStart > 0 && Character.isWhitespace(sentence.charAt(gapStart - 1))) {
      gapStart--;
    }
    if (!before.isEmpty() && before.get(before.size() - 1).end() >= gapStart) {
      return false;
    }
    String gap = sentence.substring(gapStart, start - 1);
    return gapStart == 0 || gap.length() >= 2 || gap.contains("\t") || gap.contains("\n")
        || sentence.charAt(gapStart - 1) == ':' || sentence.charAt(gapStart - 1) == '=';
  }

  /**
   * The text of a named group in this match, or null. A possessive group ("?+") keeps what it took in a failed try at
   * an earlier position ("- rose 10%" would keep its "-"), so only a capture inside the match counts.
   */
  private static String group(Matcher m, String name) {
    return m.start(name) >= m.start() ? m.group(name) : null;
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
    StringBuilder out = null;
    for (Alternation.Match w : numberWord.findAll(sentence)) {
      out = out == null ? new StringBuilder(sentence) : out;
      String value = Integer.toString(NUMBER_WORDS.get(w.in(sentence).toLowerCase(Locale.ROOT)));
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
    if (QuickScan.containsAnyOf(sentence, NOT_AMOUNT_MARKS)) {
      mask(masked, NOT_AMOUNTS, sentence);
    }
    if (QuickScan.containsAny(sentence, CLOCK_WORDS)) {
      mask(masked, CLOCK_TIMES, sentence);
    }
    return masked;
  }

  private static void mask(boolean[] masked, Alternation notAmounts, String sentence) {
    for (Alternation.Match m : notAmounts.findAll(sentence)) {
      java.util.Arrays.fill(masked, m.start(), m.end(), true);
    }
  }

  /**
   * Each range as one amount (the value its upper end, {@link Qualifier.Kind#RANGE}): "8-12 billion francs", "7.8 to
   * 8.2 mln tonnes", "between eight and 12 billion francs", "between 7,000 and 8,000 vehicles" (Reuters); one end
   * alone read as exact was wrong in 4 of 50 random Reuters claims. A dash or "to" joins two figures only where the
   * upper end carries a scale, a currency or a percent and the lower end none of its own (a dash also the same), and
   * no "from" comes before ("rose from 10 to 12 cts" is a change; "96.08-12", "1986-87", "26-1/4 cts", "0720 to 1515"
   * are no ranges); "between" needs no mark. A lower end with the upper end's scale and no currency of its own ("a
   * loss of 55 mln to 65 mln dlrs", "between 55 mln and 65 mln dlrs") joins it after "between", "of", "at" or "be"
   * only: "rose 12 mln to 65 mln dlrs" is a change and a level.
   */
  /** The words after which "55 mln to 65 mln dlrs" is a range, not a change to a level. */
  private static final List<String> SCALED_RANGE_OPENERS = List.of("of", "at", "be");

  private static List<Amount> ranges(String sentence, List<Amount> amounts) {
    List<Amount> out = new ArrayList<>(amounts.size());
    for (int i = 0; i < amounts.size(); i++) {
      Amount low = amounts.get(i);
      Amount high = i + 1 < amounts.size() ? amounts.get(i + 1) : null;
      int from = high == null ? -1 : rangeStart(sentence, low, high);
      if (from >= 0) {
        double width = 1 - low.number().doubleValue() / high.number().doubleValue();
        out.add(new Amount(from, low.start(), high.end(), sentence.substring(low.start(), high.end()),
            high.number(), high.decimals(), high.scale(), high.unit(), high.currency(),
            new Qualifier(Qualifier.Kind.RANGE, sentence.substring(from, high.start()).strip(), width)));
        i++;
      } else {
        out.add(low);
      }
    }
    return List.copyOf(out);
  }

  /** Where the range of {@code low} and {@code high} starts (its "between", else its lower end), or -1 if none. */
  private static int rangeStart(String sentence, Amount low, Amount high) {
    if (low.qualifier().kind() != Qualifier.Kind.EXACT || high.qualifier().kind() != Qualifier.Kind.EXACT
        || high.hedgeStart() != high.start() || low.number().signum() < 0 || low.number().compareTo(high.number()) >= 0
        || high.end() < sentence.length() && sentence.charAt(high.end()) == '/') {
      return -1;
    }
    String between = sentence.substring(low.end(), high.start());
    String before = sentence.substring(0, low.start()).stripTrailing().toLowerCase(Locale.ROOT);
    boolean bare = low.unit() == Amount.Unit.COUNT && low.scale().compareTo(BigDecimal.ONE) == 0
        && low.currency().isEmpty();
    boolean same = low.unit() == high.unit() && low.currency().equals(high.currency())
        && low.scale().compareTo(high.scale()) == 0;
    boolean scaledAlike = low.unit() == Amount.Unit.COUNT && low.currency().isEmpty()
        && low.scale().compareTo(BigDecimal.ONE) > 0 && low.scale().compareTo(high.scale()) == 0;
    if (between.equals(" and ") && before.endsWith("between") && (bare || same || scaledAlike)) {
      return before.length() - "between".length();
    }
    boolean marked = high.scale().compareTo(BigDecimal.ONE) != 0 || high.unit() == Amount.Unit.MONEY
        || high.unit() == Amount.Unit.PERCENT;
    boolean dashed = (between.equals("-") || between.equals("–")) && (bare || same);
    boolean scaledTo = scaledAlike && SCALED_RANGE_OPENERS.stream().anyMatch(w -> before.endsWith(" " + w));
    boolean to = between.equals(" to ") && (bare || scaledTo) && !before.endsWith("from");
    return marked && (dashed || to) ? low.start() : -1;
  }
}
