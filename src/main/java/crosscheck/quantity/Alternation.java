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
 * {@link #CONTEXTS} (the zero-width checks an alternative may open with look back at one character of these kinds);
 * one that looks behind for what must be there ({@code (?<=}) is always tried. Dropping alternatives keeps the order
 * of the rest, so the first that matches at a position is the one the whole expression takes. Thread-safe: the
 * tables fill lazily with immutable patterns.
 */
public final class Alternation {

  /** What may stand before a match's first character: nothing, a letter, a space, a digit, punctuation. */
  private static final List<String> CONTEXTS = List.of("", "a", " ", "1", ".");
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
    this.whole = Pattern.compile(before + "(?:" + String.join("|", alternatives) + ")" + after, flags);
    for (String alternative : alternatives) {
      Pattern probe = Pattern.compile(before + "(?:" + alternative + ")" + after, flags);
      if (CONTEXTS.stream().anyMatch(context -> startingAt(probe, context, "").lookingAt())) {
        // A match starts where its first character is: an empty one has none.
        throw new IllegalArgumentException("'" + alternative + "' matches an empty text");
      }
      probes.add(alternative.contains("(?<=") ? null : probe);
    }
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
    return next(text, 0, new IdentityHashMap<>()) != null;
  }

  /**
   * The first match inside {@code [from, to)} of the text, as a matcher of the whole expression with that region
   * (its default, opaque bounds) finds it, in offsets of the whole text.
   */
  public Optional<Match> find(String text, int from, int to) {
    Match found = next(text.substring(from, to), 0, new IdentityHashMap<>());
    return Optional.ofNullable(found).map(m -> new Match(m.start() + from, m.end() + from));
  }

  /** Every match, as {@code while (matcher.find())} over the whole expression gives them. */
  public List<Match> findAll(CharSequence text) {
    List<Match> found = new ArrayList<>();
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
    return !(wordStarts && i > 0 && Character.isLetter(text.charAt(i - 1)))
        && at(text.charAt(i), i + 1 < text.length() ? text.charAt(i + 1) : INDEXED_SECOND) != NO_MATCH;
  }

  /** The first match at or after {@code from}; {@code matchers} keeps the matchers made for the text, by pattern. */
  private Match next(CharSequence text, int from, Map<Pattern, Matcher> matchers) {
    for (int i = from; i < text.length(); i++) {
      if (wordStarts && i > 0 && Character.isLetter(text.charAt(i - 1))) {
        continue;
      }
      Pattern pattern = at(text.charAt(i), i + 1 < text.length() ? text.charAt(i + 1) : INDEXED_SECOND);
      if (pattern == NO_MATCH) {
        continue;
      }
      Matcher m = matchers.computeIfAbsent(pattern,
          p -> p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
      if (m.region(i, text.length()).lookingAt()) {
        return new Match(m.start(), m.end());
      }
    }
    return null;
  }

  /** The expression to try where {@code first} is followed by {@code second} (a character or the text's end). */
  private Pattern at(char first, char second) {
    if (first >= INDEXED) {
      return whole;
    }
    Pattern pattern = byCharacter.get(first);
    if (pattern == null) {
      BitSet kept = new BitSet();
      for (int k = 0; k < alternatives.size(); k++) {
        if (probes.get(k) == null || canStart(probes.get(k), String.valueOf(first))) {
          kept.set(k);
        }
      }
      pattern = bySet.computeIfAbsent(kept, this::compile);
      byCharacter.set(first, pattern);
    }
    if (pattern == NO_MATCH || pattern == whole || second >= INDEXED_SECOND) {
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
    List<String> rest = kept.stream().mapToObj(alternatives::get).toList();
    return Pattern.compile(before + "(?:" + String.join("|", rest) + ")" + after, flags);
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
