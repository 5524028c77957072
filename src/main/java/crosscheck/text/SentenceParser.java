package crosscheck.text;

import crosscheck.config.EntityDef;
import crosscheck.quantity.Amount;
import crosscheck.quantity.AmountParser;
import crosscheck.quantity.QuickScan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one sentence: its numbers, period phrases, metric cues and clauses, and the names in it, configured ones
 * first and then those {@link NameFinder} finds in the text. Parts of speech are asked for only in a sentence that
 * holds a number and a metric cue (or a rank), and only when its first word needs them: tagging every sentence would
 * cost more than all the rest of the extraction.
 */
final class SentenceParser {

  private static final Pattern CLOSE_PAREN = Pattern.compile("\\G\\s*\\)");
  private static final Pattern OPEN_PAREN = Pattern.compile("\\s*\\(\\s*");
  private static final Pattern CONVERSIONS_END = Pattern.compile("\\G[^()]{0,40}?\\)");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;,]\\s*");

  /**
   * How far before and after a number a not-claim phrase counts ("shares rose 5%", "a 5 pct stake", "non-accrual
   * basis of 215 mln dlrs"): the rest of a long clause may still hold a claim (60 after took more real claims than
   * loans on the dev set).
   */
  private static final int NOT_CLAIM_BEFORE = 60;
  private static final int SECTION_HEADER_CHARS = 40;
  private static final List<String> QUARTER_WORDS = List.of("quarter", "qtr");
  private static final int NOT_CLAIM_AFTER = 25;

  private final AmountParser amountParser;
  private final PeriodParser periodParser = new PeriodParser();
  private final EntityFinder entityFinder;
  private final NameFinder nameFinder;
  private final MetricClassifier metricClassifier;

  SentenceParser(AmountParser amountParser, EntityFinder entityFinder, NameFinder nameFinder,
      MetricClassifier metricClassifier) {
    this.amountParser = amountParser;
    this.entityFinder = entityFinder;
    this.nameFinder = nameFinder;
    this.metricClassifier = metricClassifier;
  }

  ParsedSentence parse(Sentence s, List<PartsOfSpeech.Token> words, String paragraph, ArticleNames names,
      Predicate<String> capitalisedInArticle) {
    String text = s.text();
    List<Amount> amounts = amountParser.parse(text);
    // Most numbers in news are years and days: a sentence with no other number needs no cues and no clauses, and
    // its periods only when it may set the period of what follows (a table's "Year", a quarter named).
    boolean candidates = amounts.stream().anyMatch(a -> !isBareYear(a));
    boolean periodsNeeded = candidates || text.length() <= SECTION_HEADER_CHARS
        || QuickScan.containsAny(text, QUARTER_WORDS);
    List<PeriodMention> periods = periodsNeeded ? periodParser.parse(text) : List.of();
    Set<Amount> converted = new HashSet<>();
    Map<Amount, Amount> conversions = conversions(text, amounts, converted);
    List<MetricClassifier.Cue> cues = candidates ? metricClassifier.cues(text) : List.of();
    List<int[]> clauses = candidates ? clauses(text, periods) : List.of();
    Set<Amount> notClaims = new HashSet<>();
    if (candidates && metricClassifier.isNotClaimSentence(text)) {
      notClaims.addAll(amounts);
    }
    for (Amount a : candidates ? amounts : List.<Amount>of()) {
      int[] clause = clauses.get(ParsedSentence.clauseOf(clauses, a.start()));
      int from = Math.max(clause[0], a.hedgeStart() - NOT_CLAIM_BEFORE);
      int to = Math.min(clause[1], a.end() + NOT_CLAIM_AFTER);
      if (metricClassifier.isNotClaim(othersMasked(text, amounts, a, from, to))) {
        notClaims.add(a);
      }
    }
    boolean mayHoldClaim = !cues.isEmpty() || amounts.stream().anyMatch(a -> a.unit() == Amount.Unit.RANK);
    // The lead names what the article is about: its first word may be tagged too.
    boolean mayTag = mayHoldClaim || s.index() == 0;
    List<EntityMention> mentions = mentions(text, words, paragraph, cues, names, capitalisedInArticle, mayTag);
    // "46.5 H.K. Cents": words inside a figure (its currency) name no one.
    mentions.removeIf(m -> amounts.stream().anyMatch(a -> a.start() < m.end() && m.start() < a.end()));
    return new ParsedSentence(s, mentions, amounts, conversions, Set.copyOf(converted), periods, clauses,
        cues, Set.copyOf(notClaims), words);
  }

  /**
   * The text of {@code [from, to)} with the digits of the other figures in it masked: a not-claim phrase that holds a
   * figure is about that figure, not its neighbours ("an 80 pct stake in RMJ Holdings Corp for about 79 mln dlrs":
   * the stake is no claim, the price is).
   */
  private static String othersMasked(String text, List<Amount> amounts, Amount own, int from, int to) {
    StringBuilder window = new StringBuilder(text.substring(from, to));
    for (Amount other : amounts) {
      if (other != own && other.end() > from && other.start() < to) {
        for (int i = Math.max(from, other.start()); i < Math.min(to, other.end()); i++) {
          if (Character.isDigit(window.charAt(i - from))) {
            window.setCharAt(i - from, '#');
          }
        }
      }
    }
    return window.toString();
  }

  private List<EntityMention> mentions(String text, List<PartsOfSpeech.Token> words, String paragraph,
      List<MetricClassifier.Cue> cues, ArticleNames names, Predicate<String> capitalisedInArticle, boolean mayTag) {
    List<EntityMention> mentions = new ArrayList<>();
    for (EntityMention m : entityFinder.find(text)) {
      boolean company = m.entity() != null && m.entity().kind() == EntityDef.Kind.COMPANY;
      mentions.add(company ? m.resolvedTo(entityFinder.inDomain(m.entity(), paragraph)) : m);
    }
    List<EntityMention> configured = List.copyOf(mentions);
    for (NameFinder.Name n : nameFinder.find(text, words, capitalisedInArticle, mayTag)) {
      boolean isCue = cues.stream().anyMatch(c -> c.start() <= n.start() && n.end() <= c.end());
      if (isCue || configured.stream().anyMatch(m -> m.start() < n.end() && n.start() < m.end())) {
        continue;
      }
      EntityDef entity = n.kind() == NameFinder.Kind.PERSON ? names.person(n.text(), n.role())
          : n.kind() == NameFinder.Kind.ORGANISATION ? names.organisation(n.text())
          : names.subject(n.text()).orElse(null);
      if (entity == null) {
        continue;
      }
      if (!n.acronym().isEmpty()) {
        names.acronym(n.acronym(), entity);
      }
      mentions.add(new EntityMention(n.start(), n.end(), n.text(), entity, null, n.possessive(),
          n.kind() == NameFinder.Kind.PLACE));
    }
    mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
    return mentions;
  }

  /**
   * "RMB 16.7 billion (around $2.6 billion)": the bracketed amount in another currency is a conversion; in
   * "68m euros ($89m; £47m)" both bracketed amounts are, the first (the nearest) the one the claim keeps.
   */
  private static Map<Amount, Amount> conversions(String text, List<Amount> amounts, Set<Amount> converted) {
    Map<Amount, Amount> pairs = new LinkedHashMap<>();
    for (int i = 0; i + 1 < amounts.size(); i++) {
      Amount a = amounts.get(i);
      Amount b = amounts.get(i + 1);
      if (a.unit() == Amount.Unit.MONEY && b.unit() == Amount.Unit.MONEY && !a.currency().equals(b.currency())
          && a.end() <= b.hedgeStart()
          && OPEN_PAREN.matcher(text.substring(a.end(), b.hedgeStart())).matches()) {
        int last = i + 1;
        while (last + 1 < amounts.size() && amounts.get(last + 1).unit() == Amount.Unit.MONEY
            && LIST_SEPARATOR.matcher(text.substring(amounts.get(last).end(), amounts.get(last + 1).hedgeStart()))
                .matches()) {
          last++;
        }
        if (CLOSE_PAREN.matcher(text).region(amounts.get(last).end(), text.length()).lookingAt()) {
          pairs.put(a, b);
          converted.addAll(amounts.subList(i + 1, last + 1));
          i = last;
        }
      }
    }
    return pairs;
  }

  /** Where a value written with its conversions ends: after the closing bracket ("68m euros ($89m; £47m)"). */
  static int closingParen(String text, int from) {
    Matcher m = CONVERSIONS_END.matcher(text).region(from, text.length());
    return m.lookingAt() ? m.end() : from;
  }

  /** "in 1986": a four-digit number of the years 1900-2099 with no unit, currency or scale. */
  static boolean isBareYear(Amount a) {
    return a.unit() == Amount.Unit.COUNT && a.scale().compareTo(java.math.BigDecimal.ONE) == 0 && a.decimals() == 0
        && a.number().compareTo(java.math.BigDecimal.valueOf(1900)) >= 0
        && a.number().compareTo(java.math.BigDecimal.valueOf(2100)) < 0;
  }

  private static List<int[]> clauses(String text, List<PeriodMention> periods) {
    List<int[]> clauses = new ArrayList<>();
    int start = 0;
    for (int at = 0; at < text.length(); at++) {
      int end = clauseBreakEnd(text, at);
      int breakAt = at;
      if (end > at && periods.stream().noneMatch(p -> p.start() < breakAt && breakAt < p.end())) {
        clauses.add(new int[] {start, at});
        start = end;
      }
      at = Math.max(at, end - 1);
    }
    clauses.add(new int[] {start, text.length()});
    return clauses;
  }

  /**
   * Where a clause break that starts at {@code at} ends, or {@code at} when none starts there: ", ", "; ", ": " and
   * a dash, also one typed as a spaced hyphen ("The US division - whose marques ... -"). A space is what a regular
   * expression's {@code \\s} is (a scan: the expression's matching was 3% of the extraction's time).
   */
  static int clauseBreakEnd(String text, int at) {
    char c = text.charAt(at);
    if ((c == ',' || c == ';' || c == ':') && at + 1 < text.length() && PartsOfSpeech.isSpace(text.charAt(at + 1))) {
      return at + 2;
    }
    if (PartsOfSpeech.isSpace(c) && at + 2 < text.length() && "—–-".indexOf(text.charAt(at + 1)) >= 0
        && PartsOfSpeech.isSpace(text.charAt(at + 2))) {
      return at + 3;
    }
    return c == '—' ? at + 1 : at;
  }
}
