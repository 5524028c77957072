package crosscheck.text;

import crosscheck.config.MetricDef;
import crosscheck.quantity.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a figure measures where its metric is too broad to say, read in the words beside its cue by their parts of
 * speech (OpenNLP's tags).
 *
 * <p>A percent change that no metric of the config names is a change of the nouns that rose or fell ("Spain's
 * consumer price index rose 0.6 pct", "Gasoline prices rose by 5.5 pct", "the 0.7 pct decline in consumer
 * spending"): without them every change a country reports would be one "growth rate", its consumer prices, imports and
 * housing starts compared as if they were one figure. They are read beside the change word nearest the figure in its
 * clause: after a change noun when "in" or "of" follows ("a 10.8 pct gain in starts"), else right before the word,
 * past auxiliaries and adverbs ("imports have also risen").
 *
 * <p>A change with its own change word but no such nouns is of the sentence's claim right before it: of a change,
 * its measure ("GNP rose 2.5 pct, after a 4.7 pct increase in 1985"), of a level written right before, that level's
 * growth ("exports totalled 80.2 billion marks, a decline of 7.4 pct"). A change of the subject itself ("The segment
 * grew 50%") is its plain growth; any other whose measure nothing names stays a claim but is compared with no other
 * article's: a country's "rose 5 pct" may be of anything it reports.
 *
 * <p>A weight counts a commodity ("615 mln tonnes of oil", "China's sugar output", "copra production"): the last noun
 * after its unit's "of", else beside the metric's cue when that is a noun ("production of lead"); so that oil and
 * grain, sugar and cotton are not one output.
 *
 * <p>The words are a run of nouns and adjectives ending with a noun, joined by an inner "of" ("cost of living"), of at
 * most {@link #MOST_WORDS} words; they hold no name, no period ("February imports" is "imports"), no figure, no change
 * word and no word of {@code function_words}. A run that is itself the object of another preposition ("at the
 * wellhead rose") names nothing, nor does a verb before the change ("could go up", "went up").
 */
final class MeasuredThing {

  private static final int MOST_WORDS = 4;
  /** The tagger looks two words either side: tagging two past the last word read gives that word its tag. */
  private static final int TAGGER_CONTEXT = 2;
  private static final String OF = "of";
  /** "a rise in consumer spending", "an increase of wages". */
  private static final Set<String> CHANGE_PREPOSITIONS = Set.of("in", OF);
  /** "production of lead"; "output in calendar 1986" names a time. */
  private static final Set<String> COMMODITY_PREPOSITIONS = Set.of(OF);
  private static final Set<String> THING_TAGS = Set.of("NOUN", "ADJ");
  private static final Set<String> SKIPPED_TAGS = Set.of("AUX", "ADV");
  /** "37% year-over-year to $2.56 billion": a change to the level written after it. */
  private static final Pattern LEVEL_AFTER =
      Pattern.compile("(?i)(?:\\s+year[- ](?:over|on)[- ]year)?\\s+to\\s+(?:[$£€¥]|[A-Z]{2,3}\\$?\\s?)?\\d");

  private final MetricClassifier metrics;
  private final VolumeUnits volumeUnits;
  /** The metrics of percent changes: the one of changes no metric names and each metric's growth. */
  private final Set<String> changeMetrics;
  /** The units that weigh or measure any commodity ({@code commodity_units}). */
  private final Set<String> commodityUnits;
  private final Set<String> functionWords;

  MeasuredThing(MetricClassifier metrics, VolumeUnits volumeUnits, Set<String> changeMetrics,
      Set<String> commodityUnits, Set<String> functionWords) {
    this.metrics = metrics;
    this.volumeUnits = volumeUnits;
    this.changeMetrics = Set.copyOf(changeMetrics);
    this.commodityUnits = Set.copyOf(commodityUnits);
    this.functionWords = Set.copyOf(functionWords);
  }

  /**
   * A metric, and what the figure measures where the metric is too broad to say ("" where it is not); {@code
   * unnamed} when it is a change whose measure no text names (never compared with another article's).
   */
  record Measure(MetricDef metric, String thing, boolean unnamed) {
    Measure(MetricDef metric, String thing) {
      this(metric, thing, false);
    }
  }

  /**
   * A figure being decided: the current one of "X vs Y" when it is Y ({@code first}, else null), what it counts
   * ({@code counted}, null for money and percentages), where its value ends, its clause, and whether it is a
   * per-share figure written after its total.
   */
  record Figure(Amount amount, Amount first, VolumeUnits.Counted counted, int valueEnd, int[] clause,
      boolean perShareAfterTotal) {}

  /**
   * The measure of {@code figure}, whose metric is decided as {@code metric}; {@code before} is the sentence's claim
   * decided before it, or null. The prior figure of "X vs Y" measures what X does.
   */
  Measure measure(ParsedSentence p, Figure figure, MetricDef metric, ClaimBuilder.Decided before) {
    Amount first = figure.first();
    Amount measured = first != null ? first : figure.amount();
    int[] clause = first != null ? p.clauseAround(first.start()) : figure.clause();
    if (metric.change()) {
      boolean unnamed = !figure.perShareAfterTotal() && metrics.changeOf(p.text(), p.cues(), measured.hedgeStart(),
          first != null ? first.end() : figure.valueEnd(), clause[0], clause[1]).isEmpty();
      return unnamed ? unnamedChange(p, measured, clause, metric, before) : new Measure(metric, "");
    }
    VolumeUnits.Counted counted = figure.counted();
    if (counted == null || !commodityUnits.contains(counted.unit())) {
      return new Measure(metric, "");
    }
    int unitEnd = first == null ? counted.end()
        : volumeUnits.of(p, first, null).map(VolumeUnits.Counted::end).orElse(-1);
    return new Measure(metric, ofCommodity(p, measured, unitEnd, metric, clause).orElse(""));
  }

  /** A change no metric names: the nouns that changed, else the measure of the claim before it (see above). */
  private Measure unnamedChange(ParsedSentence p, Amount measured, int[] clause, MetricDef metric,
      ClaimBuilder.Decided before) {
    MetricClassifier.Cue change = nearestCue(p, measured, clause, c -> c.metric().change());
    Optional<String> changed = change == null ? Optional.empty() : beside(p, change, measured, clause,
        CHANGE_PREPOSITIONS, true);
    if (changed.isPresent()) {
      return new Measure(metric, changed.get());
    }
    // "seven pct more passengers": no change word in its clause, so no change to take the measure of
    if (change == null) {
      return new Measure(metric, "", true);
    }
    if (before != null && changeMetrics.contains(before.metric().name())) {
      return new Measure(before.metric(), before.measured(), before.measureUnnamed());
    }
    if (isOwnChange(p, change, measured, clause)) {
      return new Measure(metric, "");
    }
    if (before == null) {
      return new Measure(metric, "", true);
    }
    // "to RMB 16.8 billion ($2.6 billion), and 50 percent total growth", "reached $15.11bn in the fourth quarter of
    // 2022, up 38%": a conversion or a year may stand between them
    boolean levelRightBefore = before.amount().end() <= measured.hedgeStart() && p.amounts().stream()
        .noneMatch(a -> !p.converted().contains(a) && !SentenceParser.isBareYear(a)
            && a.start() >= before.amount().end() && a.end() <= measured.hedgeStart());
    MetricDef growth = before.metric().growth().isEmpty() ? null : metrics.named(before.metric().growth());
    return levelRightBefore && growth != null ? new Measure(growth, before.measured())
        : new Measure(metric, "", true);
  }

  /**
   * Whether the change is the subject's own, its plain growth: a name or a pronoun stands right before the change
   * word ("The segment grew 50%", "That was up 56%"), or a change noun ("income growth dropped to 37%"), or a name
   * after a change noun's "of" ("the growth of its cloud business"); or the figure rises to a level ("growing 37%
   * year-over-year to $2.56 billion").
   */
  private boolean isOwnChange(ParsedSentence p, MetricClassifier.Cue change, Amount measured, int[] clause) {
    if (LEVEL_AFTER.matcher(p.text()).region(measured.end(), p.text().length()).lookingAt()) {
      return true;
    }
    List<PartsOfSpeech.Token> tokens = p.words();
    int after = indexAt(tokens, change.end());
    List<PartsOfSpeech.Token> tagged = PartsOfSpeech.tagFirst(tokens, after + TAGGER_CONTEXT + 3);
    int before = indexAt(tokens, change.start()) - 1;
    while (before >= 0 && tagged.get(before).start() >= clause[0]
        && SKIPPED_TAGS.contains(tagged.get(before).tag())) {
      before--;
    }
    if (before >= 0 && tagged.get(before).start() >= clause[0] && (tagged.get(before).tag().equals("PRON")
        || insideName(p, tagged.get(before)) || insideChange(p, tagged.get(before)))) {
      return true;
    }
    int of = after < tagged.size() && CHANGE_PREPOSITIONS.contains(tagged.get(after).text()) ? after + 1 : -1;
    if (of >= 0 && of < tagged.size() && (tagged.get(of).tag().equals("PRON") || tagged.get(of).tag().equals("DET"))) {
      of++;
    }
    return of >= 0 && of < tagged.size() && tagged.get(of).end() <= clause[1] && insideName(p, tagged.get(of));
  }

  private static boolean insideName(ParsedSentence p, PartsOfSpeech.Token t) {
    return p.mentions().stream().anyMatch(m -> overlaps(m.start(), m.end(), t.start(), t.end()));
  }

  private static boolean insideChange(ParsedSentence p, PartsOfSpeech.Token t) {
    return p.cues().stream().anyMatch(c -> c.metric().change() && overlaps(c.start(), c.end(), t.start(), t.end()));
  }

  /**
   * The commodity the weight {@code amount} of {@code metric} counts, its unit's words ending at {@code unitEnd}
   * (-1 when written elsewhere), if it is written: the thing's last noun ("crude oil" is "oil").
   */
  private Optional<String> ofCommodity(ParsedSentence p, Amount amount, int unitEnd, MetricDef metric, int[] clause) {
    List<PartsOfSpeech.Token> tokens = p.words();
    int of = unitEnd < 0 ? tokens.size() : indexAt(tokens, unitEnd);
    Optional<String> thing = Optional.empty();
    if (of < tokens.size() && tokens.get(of).text().equals(OF) && tokens.get(of).start() < clause[1]) {
      thing = forwards(p, PartsOfSpeech.tagFirst(tokens, of + 1 + MOST_WORDS + TAGGER_CONTEXT), of + 1, clause[1]);
    }
    if (thing.isEmpty()) {
      MetricClassifier.Cue cue = nearestCue(p, amount, clause, c -> c.metric().equals(metric));
      thing = cue == null ? Optional.empty() : beside(p, cue, amount, clause, COMMODITY_PREPOSITIONS, false);
    }
    return thing.map(words -> words.substring(words.lastIndexOf(' ') + 1));
  }

  /**
   * The thing beside {@code cue}: after it when it is a noun followed by one of {@code prepositions}, else right
   * before it (before a verb only when {@code beforeVerb}: the subject that changed, where a volume's verb follows its
   * producer).
   */
  private Optional<String> beside(ParsedSentence p, MetricClassifier.Cue cue, Amount amount, int[] clause,
      Set<String> prepositions, boolean beforeVerb) {
    List<PartsOfSpeech.Token> tokens = p.words();
    int after = indexAt(tokens, cue.end());
    int before = indexAt(tokens, cue.start()) - 1;
    // a cue written after its figure ("a 5 pct pay rise") reads no further back than the figure
    int limit = cue.start() >= amount.end() ? Math.max(clause[0], amount.end()) : clause[0];
    boolean afterPossible = after + 1 < tokens.size() && prepositions.contains(tokens.get(after).text())
        && tokens.get(after).start() < clause[1] && isWord(tokens.get(after + 1));
    boolean beforePossible = before >= 0 && tokens.get(before).start() >= limit && isWord(tokens.get(before));
    if (!afterPossible && !beforePossible) {
      return Optional.empty(); // "..., up 2.2 pct": no word beside the cue, so none to tag (the tagger is the cost)
    }
    List<PartsOfSpeech.Token> tagged = PartsOfSpeech.tagFirst(tokens,
        after + TAGGER_CONTEXT + (afterPossible ? MOST_WORDS + 1 : 0));
    boolean noun = isNoun(tagged.get(after - 1));
    // "a rise in consumer spending", "production of lead": a cue written as a noun may name its thing after it
    // ("rose in February" not)
    if (noun && afterPossible) {
      Optional<String> thing = forwards(p, tagged, after + 1, clause[1]);
      if (thing.isPresent()) {
        return thing;
      }
    }
    if (!noun && !beforeVerb || !beforePossible) {
      return Optional.empty();
    }
    while (before >= 0 && tagged.get(before).start() >= limit && SKIPPED_TAGS.contains(tagged.get(before).tag())) {
      before--;
    }
    return backwards(p, tagged, before, limit);
  }

  /** The thing read from token {@code first} on, not past {@code limit}. */
  private Optional<String> forwards(ParsedSentence p, List<PartsOfSpeech.Token> tokens, int first, int limit) {
    List<PartsOfSpeech.Token> kept = new ArrayList<>();
    for (int i = first; i < tokens.size() && kept.size() < MOST_WORDS && tokens.get(i).end() <= limit; i++) {
      if (!isThingWord(p, tokens.get(i), i == 0) && !isInnerOf(tokens, i, kept.isEmpty())) {
        break;
      }
      kept.add(tokens.get(i));
    }
    while (!kept.isEmpty() && !isNoun(kept.get(kept.size() - 1))) {
      kept.remove(kept.size() - 1);
    }
    return joined(kept);
  }

  /** The thing read back from token {@code last}, not before {@code limit}; it must end with a noun. */
  private Optional<String> backwards(ParsedSentence p, List<PartsOfSpeech.Token> tokens, int last, int limit) {
    if (last < 0 || tokens.get(last).start() < limit || !isNoun(tokens.get(last))
        || !isThingWord(p, tokens.get(last), last == 0)) {
      return Optional.empty();
    }
    List<PartsOfSpeech.Token> kept = new ArrayList<>();
    int i = last;
    for (; i >= 0 && kept.size() < MOST_WORDS && tokens.get(i).start() >= limit; i--) {
      if (!isThingWord(p, tokens.get(i), i == 0) && !(isInnerOf(tokens, i, kept.isEmpty()) && i > 0
          && isThingWord(p, tokens.get(i - 1), i - 1 == 0))) {
        break;
      }
      kept.add(0, tokens.get(i));
    }
    // "Prices of natural gas at the wellhead rose": the run is the object of another preposition, not what rose
    int j = i >= 0 && tokens.get(i).tag().equals("DET") ? i - 1 : i;
    if (j >= 0 && tokens.get(j).tag().equals("ADP") && !tokens.get(j).text().equals(OF)) {
      return Optional.empty();
    }
    return joined(kept);
  }

  /** A word ("m3", "'s"): punctuation or a figure beside a cue ends any thing at once. */
  private static boolean isWord(PartsOfSpeech.Token t) {
    char first = t.text().charAt(0);
    return Character.isLetter(first) || first == '\'';
  }

  /**
   * A noun or adjective in lower case (the sentence's first word may be capitalised), or an abbreviation in capitals
   * that names no one ("the CPI rose"); not a function word, and not inside a name, a period, a figure or a change.
   */
  private boolean isThingWord(ParsedSentence p, PartsOfSpeech.Token t, boolean opensSentence) {
    String w = t.text();
    boolean lowerCase = Character.isLetter(w.charAt(0)) && (opensSentence || !Character.isUpperCase(w.charAt(0)));
    return (THING_TAGS.contains(t.tag()) && lowerCase || isAbbreviation(t))
        && !functionWords.contains(w.toLowerCase(Locale.ROOT)) && !inside(p, t);
  }

  private static boolean isAbbreviation(PartsOfSpeech.Token t) {
    return t.text().length() > 1 && (t.tag().equals("NOUN") || t.tag().equals("PROPN"))
        && t.text().chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** An "of" between two words of the thing ("cost of living"), never its first. */
  private static boolean isInnerOf(List<PartsOfSpeech.Token> tokens, int i, boolean nothingKept) {
    return !nothingKept && tokens.get(i).text().equals(OF);
  }

  private static boolean isNoun(PartsOfSpeech.Token t) {
    return t.tag().equals("NOUN") || isAbbreviation(t);
  }

  /** Whether the word is part of a name, a period, a figure or a change word of the sentence. */
  private static boolean inside(ParsedSentence p, PartsOfSpeech.Token t) {
    return insideName(p, t) || insideChange(p, t)
        || p.amounts().stream().anyMatch(a -> overlaps(a.hedgeStart(), a.end(), t.start(), t.end()))
        || p.periods().stream().anyMatch(m -> overlaps(m.start(), m.end(), t.start(), t.end()));
  }

  private static Optional<String> joined(List<PartsOfSpeech.Token> kept) {
    if (kept.isEmpty() || kept.get(0).text().equals(OF)) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    for (PartsOfSpeech.Token t : kept) {
      words.add(t.start() == 0 && !isAbbreviation(t) ? t.text().toLowerCase(Locale.ROOT) : t.text());
    }
    return Optional.of(String.join(" ", words));
  }

  /** The index of the first token starting at or after {@code offset}. */
  private static int indexAt(List<PartsOfSpeech.Token> tokens, int offset) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < offset) {
      i++;
    }
    return i;
  }

  /** The cue {@code wanted} nearest the figure within its clause ({@link MetricClassifier#nearest}), or null. */
  private static MetricClassifier.Cue nearestCue(ParsedSentence p, Amount amount, int[] clause,
      Predicate<MetricClassifier.Cue> wanted) {
    List<MetricClassifier.Cue> apart = p.cues().stream()
        .filter(c -> wanted.test(c) && !overlaps(c.start(), c.end(), amount.hedgeStart(), amount.end())).toList();
    return MetricClassifier.nearest(apart, amount.hedgeStart(), amount.end(), clause[0], clause[1]).orElse(null);
  }

  private static boolean overlaps(int start, int end, int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
