package crosscheck.text;

import crosscheck.quantity.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a figure with no currency counts, from the words near it: the unit written right after it ("556,874
 * tonnes", "3.5 mln barrels per day", "60.6 million smartphones"), else the unit of the figure it is paired or listed
 * with ("from 2.2 mln" after "1.9 mln bpd", "27,510 and 57,450 tonnes"), else a configured unit named before it
 * ("vehicle sales rose 8% to 4.7 million"). Configured units ({@code volume_units} in metrics.json) have one name
 * for all their spellings ("bpd" is "barrels per day"), so that one article's figure compares with another's; a
 * figure that counts one is never money.
 */
final class VolumeUnits {

  /**
   * What a figure counts: the unit's name, whether the config names it, and where its words end when they follow the
   * figure (-1 when the unit is named elsewhere).
   */
  record Counted(String unit, boolean configured, int end) {
    /** Whether a unit is known: not a figure followed by a name ({@link #NAMED}). */
    boolean known() {
      return !unit.equals(NAMED);
    }

    Counted elsewhere() {
      return new Counted(unit, configured, -1);
    }
  }

  /** The unit of a figure followed by a name rather than a noun: it counts something no unit says. */
  static final String NAMED = "";

  /** The first word after a figure, when no configured unit follows it: "60.6 million smartphones". */
  private static final Pattern WORD =
      Pattern.compile("\\G\\s*((?:(?:cubic|square|metric)\\s+)?\\p{L}[\\p{L}-]*)", Pattern.CASE_INSENSITIVE);
  /**
   * A configured unit may follow its figure after one adjective ("about 100 new planes") or a maker and model ("70
   * Boeing 737-800 planes"), not after a word that starts a list or a phrase of its own ("5,000 workers and cars",
   * "5,000 of its cars").
   */
  private static final String WORD_BETWEEN =
      "(?!(?:and|or|of|in|at|for|to|from|by|on|per|with)\\b)(?-i:\\p{Ll})[\\p{L}-]*"
          + "|(?-i:\\p{Lu})\\p{L}+(?:\\s+[\\p{L}\\d-]*\\d[\\p{L}\\d-]*)?";
  /** What joins two figures of one unit: "27,510 and 57,450 tonnes", "between 5 and 6 mln barrels". */
  private static final Pattern LIST = Pattern.compile("(?i)\\s*,?\\s*(?:and|or|to|-)\\s*");

  private final Map<String, Pattern> units = new TreeMap<>();
  /** Every configured spelling as one pattern, to find the last unit named before a figure. */
  private final Pattern anyUnit;
  /**
   * Every configured unit as one pattern after a figure: where it does not match, no unit's does, and most figures
   * are followed by none (one look instead of one per unit).
   */
  private final Pattern anyUnitAfter;
  private final Set<String> functionWords;
  private final Set<String> durationNouns;

  /**
   * {@code units}: each unit's name with its spellings (regular expressions, whole words); {@code functionWords}
   * follow a number without counting it ("109 billion for research"); {@code durationNouns} count time ("10 years").
   */
  VolumeUnits(Map<String, List<String>> units, List<String> functionWords, Set<String> durationNouns) {
    List<String> all = new ArrayList<>();
    units.forEach((name, spellings) -> {
      this.units.put(name, afterFigure(spellings));
      all.addAll(spellings);
    });
    this.anyUnitAfter = afterFigure(all);
    this.anyUnit = all.isEmpty() ? null : Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", all) + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.functionWords = Set.copyOf(functionWords);
    this.durationNouns = Set.copyOf(durationNouns);
  }

  private static Pattern afterFigure(List<String> spellings) {
    return Pattern.compile("\\G(?:\\s+(?:" + WORD_BETWEEN + "))??\\s*(?:" + String.join("|", spellings)
        + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * What the count {@code amount} of the sentence counts, or empty when it is no volume (a year, part of a name such
   * as "Chapter 11", "Boeing 737" or "XJ-6", a duration, a bare number). {@code pairedWith} is the figure it is the
   * prior period's of ("1.9 mln bpd last month from 2.2 mln"), or null.
   */
  Optional<Counted> of(ParsedSentence p, Amount amount, Amount pairedWith) {
    String text = p.text();
    if (SentenceParser.isBareYear(amount) || partOfName(text, amount.start())) {
      return Optional.empty();
    }
    Optional<Counted> after = after(text, amount);
    if (after.isPresent()) {
      return after.filter(c -> !durationNouns.contains(c.unit())); // "over the next 10 years"
    }
    if (pairedWith != null && pairedWith.unit() == Amount.Unit.COUNT) {
      return of(p, pairedWith, null).map(Counted::elsewhere);
    }
    int index = p.amounts().indexOf(amount);
    if (index + 1 < p.amounts().size()) {
      Amount next = p.amounts().get(index + 1);
      if (next.unit() == Amount.Unit.COUNT && next.hedgeStart() >= amount.end()
          && LIST.matcher(text.substring(amount.end(), next.hedgeStart())).matches()) {
        return after(text, next).filter(Counted::configured).map(Counted::elsewhere);
      }
    }
    // Only a scaled figure takes a unit named before it: an unscaled one on its own counts days, nations or years.
    boolean scaled = amount.scale().compareTo(java.math.BigDecimal.ONE) > 0;
    return scaled ? before(p, amount, p.clauseAround(amount.start())[0]) : Optional.empty();
  }

  /** The configured unit written right after the figure (the longest spelling), else its first word, if any. */
  private Optional<Counted> after(String text, Amount amount) {
    Counted best = null;
    if (anyUnitAfter.matcher(text).region(amount.end(), text.length()).lookingAt()) {
      for (Map.Entry<String, Pattern> unit : units.entrySet()) {
        Matcher m = unit.getValue().matcher(text).region(amount.end(), text.length());
        if (m.lookingAt() && (best == null || m.end() > best.end())) {
          best = new Counted(unit.getKey(), true, m.end());
        }
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    Matcher m = WORD.matcher(text).region(amount.end(), text.length());
    String word = m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    if (!word.isEmpty() && Character.isUpperCase(m.group(1).charAt(0))) {
      // a capitalised word names something ("400,000 Liposome common shares", "0.87 Ecus", "2,578 U.S. cars"): the
      // figure counts what no unit says, and is no money either
      return Optional.of(new Counted(NAMED, false, m.end()));
    }
    return word.isEmpty() || functionWords.contains(word) ? Optional.empty()
        : Optional.of(new Counted(word, false, m.end()));
  }

  /** The last configured unit named in {@code [from, figure)}, with no figure of money between them. */
  private Optional<Counted> before(ParsedSentence p, Amount amount, int from) {
    if (anyUnit == null) {
      return Optional.empty();
    }
    int start = from;
    for (Amount other : p.amounts()) {
      if (other.unit() == Amount.Unit.MONEY && other.end() <= amount.hedgeStart()) {
        start = Math.max(start, other.end());
      }
    }
    Matcher m = anyUnit.matcher(p.text()).region(Math.min(start, amount.hedgeStart()), amount.hedgeStart());
    String last = null;
    while (m.find()) {
      last = m.group();
    }
    if (last == null) {
      return Optional.empty();
    }
    String named = last;
    return units.entrySet().stream().filter(u -> u.getValue().matcher(named).lookingAt()).findFirst()
        .map(u -> new Counted(u.getKey(), true, -1));
  }

  /**
   * A number after a capitalised word, or joined by a hyphen to a word or to such a number, is part of a name:
   * "Chapter 11", "Boeing 737", "XJ-6", the 800 of "Boeing 737-800".
   */
  private static boolean partOfName(String text, int start) {
    int before = start - 1;
    if (before >= 0 && text.charAt(before) == '-') {
      int digits = before;
      while (digits > 0 && Character.isDigit(text.charAt(digits - 1))) {
        digits--;
      }
      return digits < before ? partOfName(text, digits)
          : before > 0 && Character.isLetter(text.charAt(before - 1));
    }
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    int wordStart = before;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    return before >= 0 && Character.isLetter(text.charAt(before)) && Character.isUpperCase(text.charAt(wordStart));
  }
}
