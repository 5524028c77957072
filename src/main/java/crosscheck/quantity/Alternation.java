package crosscheck.quantity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression {@code before(?:a1|a2|...)after} of many alternatives (a metric's cue words, the phrases that
 * make no claim, the period phrases) that finds the same matches as the whole expression, faster: Java's engine tries
 * every alternative at every position, which with a hundred cue words was a fifth of the extraction's time. Here a
 * position is tried only when a match can start with its first two characters, and then only with the alternatives
 * that can start with its first.
 *
 * <p>What can start how is asked of the engine itself, once per character (or pair) met: an alternative that fails on
 * those characters without reading past them ({@link Matcher#hitEnd}) cannot start with them, after any of the
 * {@link #CONTEXTS} (the zero-width checks an alternative may open with look back at one character of these kinds).
 * Dropping alternatives keeps the order of the rest, so the first that matches at a position is the one the whole
 * expression takes. An expression holding what this cannot honour ({@link #UNINDEXABLE}: a lookbehind for what must
 * be there, back-references, ...) is run whole; an alternative that matches an empty text is refused. Thread-safe:
 * the tables fill lazily with immutable patterns. {@code AlternationHostileTest} tries hard to make the two differ.
 */
public final class Alternation {

  /**
   * What may stand before a match's first character, by kind: nothing, a lower- or upper-case letter, a letter with a
   * combining mark, a digit, an underscore, a space, punctuation, a dollar. A lookbehind that tells apart characters
   * of one kind (not "a" from "b") is not honoured: no caller's is.
   */
  private static final List<String> CONTEXTS = List.of("", "a", "A", "a\u0301", "1", "_", " ", ".", "$");
  /** Every printable ASCII character, where an alternative that can match an empty text is likely to show it. */
  private static final String EMPTY_PROBE = java.util.stream.IntStream.rangeClosed(' ', '~')
      .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  /**
   * What the index cannot honour, so that an expression holding it is always run whole: a lookbehind for what must
   * be there, the end of the previous match, back-references (dropping alternatives renumbers groups), a flag set
   * for the rest of the expression, a grapheme cluster, a character beyond the 16-bit range (the engine then never
   * starts inside a surrogate pair).
   */
  private static final Pattern UNINDEXABLE =
      Pattern.compile("\\(\\?<=|\\\\G|\\\\[1-9]|\\\\k<|\\\\X|\\\\x\\{|\\(\\?[a-zA-Z-]+\\)");
  /** Characters whose alternatives are kept per character; any other character tries the whole expression. */
  private static final int INDEXED = 0x250;
  /** Second characters whose pairs are looked up (after any other, the first character's alternatives are tried). */
  private static final int INDEXED_SECOND = 0x80;
  private static final Pattern NO_MATCH = Pattern.compile("(?!)");
  private static final int LIVE = 1;
  private static final int DEAD = 2;

  private final String before;
  /** Whether no match can follow a letter (the caller says so), so that such positions are not tried. */
  private final boolean wordStarts;
  private final String after;
  private final int flags;
  private final List<String> alternatives;
  private final List<Pattern> probes = new ArrayList<>();
  private final Pattern whole;
  /** Whether the expression holds what the index cannot honour ({@link #UNINDEXABLE}): it is then run whole. */
  private final boolean unindexed;
  /** Whether a region may be searched as its own text: not when a "$" may look beyond the region's end. */
  private final boolean regionAsText;
  /** The expression of the alternatives that can start with a character, by character; null until first asked. */
  private final AtomicReferenceArray<Pattern> byCharacter = new AtomicReferenceArray<>(INDEXED);
  /**
   * Whether a match can start with two characters ({@link #LIVE}, {@link #DEAD}, or 0 until first asked), by the
   * first: most words start no alternative, and are skipped on a look.
   */
  private final AtomicReferenceArray<AtomicIntegerArray> byPair = new AtomicReferenceArray<>(INDEXED);
  /** The same expressions, by the set of alternatives they keep: characters alike share one. */
  private final ConcurrentHashMap<BitSet, Pattern> bySet = new ConcurrentHashMap<>();

  private Alternation(String before, boolean wordStarts, List<String> alternatives, String after, int flags) {
    this.before = before;
    this.wordStarts = wordStarts;
    this.after = after;
    this.flags = flags;
    this.alternatives = List.copyOf(alternatives);
    String expression = expression(alternatives);
    this.whole = Pattern.compile(expression, flags);
    this.unindexed = UNINDEXABLE.matcher(expression).find()
        || expression.codePoints().anyMatch(Character::isSupplementaryCodePoint);
    this.regionAsText = !hasDollar(expression);
    for (String alternative : alternatives) {
      Pattern alone = Pattern.compile("(?:" + alternative + ")", flags);
      Pattern probe = Pattern.compile(expression(List.of(alternative)), flags);
      if (matchesEmpty(alone, EMPTY_PROBE) || CONTEXTS.stream().anyMatch(context -> matchesEmpty(alone, context)
          || startingAt(probe, context, "").lookingAt())) {
        // A match starts where its first character is: an empty one has none (the index never tries the end).
        throw new IllegalArgumentException("'" + alternative + "' matches an empty text");
      }
      probes.add(probe);
    }
  }

  /** Whether {@code pattern} matches an empty text anywhere in {@code text}. */
  static boolean matchesEmpty(Pattern alone, String text) {
    Matcher m = alone.matcher(text);
    while (m.find()) {
      if (m.end() == m.start()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code expression} holds a "$" outside a character class and not escaped. */
  private static boolean hasDollar(String expression) {
    int depth = 0;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && depth > 0) {
        depth--;
      } else if (c == '$' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code alternatives} as whole words: no letter right before or after a match. */
  public static Alternation wholeWords(List<String> alternatives, int flags) {
    return new Alternation("(?<![\\p{L}])", true, alternatives, "(?![\\p{L}])", flags);
  }

  /**
   * {@code before(?:alternatives)after}; with {@code wordStarts}, the caller knows that no match starts right after
   * a letter (its {@code before} or every alternative says so), and such positions are not tried.
   */
  public static Alternation of(String before, boolean wordStarts, List<String> alternatives, String after, int flags) {
    return new Alternation(before, wordStarts, alternatives, after, flags);
  }

  /** A match at {@code [start, end)} of the text searched. */
  public record Match(int start, int end) {
    public String in(String text) {
      return text.substring(start, end);
    }
  }

  /** Whether the text holds a match. */
  public boolean in(CharSequence text) {
    return first(text).isPresent();
  }

  /** The first match in the text. */
  public Optional<Match> first(CharSequence text) {
    return unindexed ? find(whole.matcher(text)) : Optional.ofNullable(next(text, 0, new IdentityHashMap<>()));
  }

  /**
   * The first match inside {@code [from, to)} of the text, as a matcher of the whole expression with that region
   * (its default, opaque bounds) finds it, in offsets of the whole text.
   */
  public Optional<Match> find(String text, int from, int to) {
    if (unindexed || !regionAsText) {
      return find(whole.matcher(text).region(from, to));
    }
    return first(text.substring(from, to)).map(m -> new Match(m.start() + from, m.end() + from));
  }

  private static Optional<Match> find(Matcher m) {
    return m.find() ? Optional.of(new Match(m.start(), m.end())) : Optional.empty();
  }

  /** Every match, as {@code while (matcher.find())} over the whole expression gives them. */
  public List<Match> findAll(CharSequence text) {
    List<Match> found = new ArrayList<>();
    if (unindexed) {
      Matcher m = whole.matcher(text);
      while (m.find()) {
        found.add(new Match(m.start(), m.end()));
      }
      return found;
    }
    Map<Pattern, Matcher> matchers = new IdentityHashMap<>();
    int from = 0;
    Match match;
    while ((match = next(text, from, matchers)) != null) {
      found.add(match);
      from = match.end();
    }
    return found;
  }

  /** A matcher of the whole expression that has just matched at {@code match}, for its groups. */
  public Matcher groups(CharSequence text, Match match) {
    Matcher m = whole.matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
        .region(match.start(), text.length());
    if (!m.lookingAt()) {
      throw new IllegalArgumentException("no match of " + whole + " at " + match.start());
    }
    return m;
  }

  /**
   * Whether a match may start at {@code i} of the text, by its first two characters: false means none can, true that
   * the expression must be tried there.
   */
  public boolean mayStartAt(CharSequence text, int i) {
    return unindexed || at(text, i) != NO_MATCH;
  }

  /** The first match at or after {@code from}; {@code matchers} keeps the matchers made for the text, by pattern. */
  private Match next(CharSequence text, int from, Map<Pattern, Matcher> matchers) {
    for (int i = from; i < text.length(); i++) {
      Pattern pattern = at(text, i);
      if (pattern == NO_MATCH) {
        continue;
      }
      Matcher m = matchers.computeIfAbsent(pattern,
          p -> p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
      if (m.region(i, text.length()).lookingAt()) {
        if (m.end() == m.start()) {
          throw new IllegalStateException("an empty match of " + whole + " at " + i + ": no alternative may match an "
              + "empty text");
        }
        return new Match(m.start(), m.end());
      }
    }
    return null;
  }

  /** The expression to try at {@code i} of the text, {@link #NO_MATCH} where no match can start. */
  private Pattern at(CharSequence text, int i) {
    if (wordStarts && i > 0 && Character.isLetter(text.charAt(i - 1))) {
      return NO_MATCH;
    }
    char first = text.charAt(i);
    char second = i + 1 < text.length() ? text.charAt(i + 1) : INDEXED_SECOND;
    if (first >= INDEXED) {
      return whole;
    }
    Pattern pattern = byCharacter.get(first);
    if (pattern == null) {
      BitSet kept = new BitSet();
      for (int k = 0; k < alternatives.size(); k++) {
        if (canStart(probes.get(k), String.valueOf(first))) {
          kept.set(k);
        }
      }
      pattern = bySet.computeIfAbsent(kept, this::compile);
      byCharacter.set(first, pattern);
    }
    if (pattern == NO_MATCH || second >= INDEXED_SECOND) {
      return pattern;
    }
    AtomicIntegerArray row = byPair.get(first);
    if (row == null) {
      byPair.compareAndSet(first, null, new AtomicIntegerArray(INDEXED_SECOND));
      row = byPair.get(first);
    }
    if (row.get(second) == 0) {
      row.set(second, canStart(pattern, String.valueOf(new char[] {first, second})) ? LIVE : DEAD);
    }
    return row.get(second) == LIVE ? pattern : NO_MATCH;
  }

  private Pattern compile(BitSet kept) {
    if (kept.isEmpty()) {
      return NO_MATCH;
    }
    return Pattern.compile(expression(kept.stream().mapToObj(alternatives::get).toList()), flags);
  }

  /** {@code before(?:a1|a2|...)after} of these alternatives: the whole expression, a probe, a character's. */
  private String expression(List<String> kept) {
    return before + "(?:" + String.join("|", kept) + ")" + after;
  }

  /** Whether a match of {@code pattern} can start with {@code start}, after any of the contexts. */
  private static boolean canStart(Pattern pattern, String start) {
    for (String context : CONTEXTS) {
      Matcher m = startingAt(pattern, context, start);
      if (m.lookingAt() || m.hitEnd()) {
        return true;
      }
    }
    return false;
  }

  /** A matcher of {@code text} that sees {@code context} before it, as a lookbehind would. */
  private static Matcher startingAt(Pattern pattern, String context, String text) {
    return pattern.matcher(context + text).useTransparentBounds(true).useAnchoringBounds(false)
        .region(context.length(), context.length() + text.length());
  }
}
