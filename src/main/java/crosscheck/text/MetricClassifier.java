package crosscheck.text;

import crosscheck.config.Config;
import crosscheck.config.EntityDef;
import crosscheck.config.MetricDef;
import crosscheck.quantity.Alternation;
import crosscheck.quantity.Amount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what a number measures from the cue words around it ({@code metrics.json}): the nearest cue of a metric
 * that takes this kind of number, first within the number's clause, then within its sentence. Where two cues
 * overlap, the longer one wins ("operating losses" over "losses", "net income" over "income").
 */
public final class MetricClassifier {

  /**
   * A cue word of a metric at {@code [start, end)} of a sentence; an {@code adjacent} one counts only right beside its
   * number.
   */
  public record Cue(MetricDef metric, int start, int end, boolean adjacent) {
    boolean inside(Cue other) {
      return other != this && other.start <= start && end <= other.end && other.end - other.start > end - start;
    }
  }

  /**
   * "dropped from 11% to 9%", "rose to 5%": a number after "from" or "to" that follows the change word is a level,
   * not a change ("growth dropped to 37%" is still a growth rate: there the change word is not the cue).
   */
  private static final Pattern LEVEL =
      Pattern.compile("(?is)^\\s+(?:from|to)\\s+$|^\\s+(?:from|to)\\s.*\\s(?:from|to)\\s+$");

  /** How far an "adjacent" metric's cue may stand from its number: " of ", a space. */
  private static final int ADJACENT_GAP = 4;

  private static final Pattern FIGURE = Pattern.compile("\\d");
  /** The most characters between a quantity and the change verb it is the subject of: "imports rose". */
  private static final int CHANGE_VERB_GAP = 2;
  /** The most characters between that change verb and its own figure: "rose a year-on-year 15.12 pct". */
  private static final int CHANGE_FIGURE_GAP = 30;
  /** Words of letters between a figure's per-share cue and the noun it modifies: " quarterly cash ". */
  private static final Pattern MODIFIERS = Pattern.compile("(?:\\s+[\\p{L}][\\p{L}-]*)*\\s+");
  private static final int MOST_MODIFIERS = 4;
  private static final Pattern PERCENT = Pattern.compile("(?i)\\d\\s*(?:pct|%|percent|per cent)");

  /**
   * The cues of a metric that count in the same way, with the stems that rule them out cheaply (a sentence holds the
   * cues of few metrics: looking for their stems first halved the time spent on cues, measured).
   */
  private record CueSet(MetricDef metric, Alternation cues, Optional<Stems> stems, boolean adjacent) {}

  private final List<MetricDef> metrics;
  private final Set<String> functionWords;
  private final java.util.Map<String, MetricDef> byName = new java.util.HashMap<>();
  private final List<CueSet> cueSets = new ArrayList<>();
  private final Alternation notClaims;
  /** Per metric with bare cues, those cues as one pattern. */
  private final java.util.Map<String, Pattern> bareCues = new java.util.HashMap<>();
  /** Openings of sentences that hold no claim. */
  private final Pattern notClaimSentence;

  public MetricClassifier(Config config) {
    this.metrics = config.metrics();
    this.functionWords = config.names().functionWords().stream().map(w -> w.toLowerCase(Locale.ROOT))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    for (MetricDef m : metrics) {
      byName.put(m.name(), m);
      if (!m.bareCues().isEmpty()) {
        bareCues.put(m.name(), Pattern.compile(String.join("|", m.bareCues()),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
      if (!m.cues().isEmpty()) {
        cueSets.add(new CueSet(m, anyOf(m.cues()), Stems.of(m.cues()), m.adjacent()));
      }
      if (!m.anywhereCues().isEmpty()) {
        cueSets.add(new CueSet(m, anyOf(m.anywhereCues()), Stems.of(m.anywhereCues()), false));
      }
    }
    this.notClaims = config.notClaims().isEmpty() ? null : anyOf(config.notClaims());
    // matched at the sentence's start only (lookingAt), so it needs no word boundary before
    this.notClaimSentence = config.notClaimSentences().isEmpty() ? null
        : Pattern.compile("\\s*(?:" + String.join("|", config.notClaimSentences()) + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The metric of that name (one that the config defines). */
  MetricDef named(String name) {
    return byName.get(name);
  }

  private static Alternation anyOf(List<String> words) {
    return Alternation.wholeWords(words, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** True when the clause talks about something that is never a claim here (a share price, data centers). */
  public boolean isNotClaim(String clause) {
    return notClaims != null && notClaims.in(clause);
  }

  /**
   * True when the sentence opens as one that holds no claim ("Note: Oper excludes loss from discontinued operations
   * of 4,676,000 dlrs": what a result leaves out).
   */
  public boolean isNotClaimSentence(String sentence) {
    return notClaimSentence != null && notClaimSentence.matcher(sentence).lookingAt();
  }

  /**
   * Every cue of the sentence, found once so that each of its numbers is classified without scanning it again.
   * Where two cues of metrics that take the same kind of number overlap, only the longer is kept.
   */
  public List<Cue> cues(String sentence) {
    List<Cue> cues = new ArrayList<>();
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (CueSet set : cueSets) {
      if (set.stems().map(s -> s.anyIn(lower)).orElse(true)) {
        for (Alternation.Match m : set.cues().findAll(sentence)) {
          cues.add(new Cue(set.metric(), m.start(), m.end(), set.adjacent()));
        }
      }
    }
    List<Cue> kept = new ArrayList<>();
    for (Cue c : cues) {
      if (cues.stream().noneMatch(other -> other.metric().unit() == c.metric().unit() && c.inside(other))) {
        kept.add(c);
      }
    }
    return List.copyOf(kept);
  }

  /**
   * The metric of an amount spanning {@code [from, to)} of the sentence, in the clause {@code [clauseStart,
   * clauseEnd)}; {@code clauseKinds} are the kinds of entity named in that clause, {@code cues} the sentence's;
   * {@code reported} is the narrowing metric the article reported last ({@link #reportedAfter}), or null.
   */
  public Optional<MetricDef> classify(String sentence, Amount.Unit unit, List<Cue> cues, int from, int to,
      int clauseStart, int clauseEnd, java.util.Set<EntityDef.Kind> clauseKinds, MetricDef reported) {
    int sentenceLength = sentence.length();
    MetricDef firstOfUnit = null;
    for (MetricDef m : metrics) {
      if (m.unit().name().equals(unit.name())) {
        if (m.entityKind() != null && clauseKinds.contains(m.entityKind())) {
          return Optional.of(m);
        }
        firstOfUnit = firstOfUnit == null ? m : firstOfUnit;
      }
    }
    if (unit == Amount.Unit.RANK) {
      return Optional.ofNullable(firstOfUnit);
    }
    List<Cue> candidates = new ArrayList<>();
    for (Cue c : cues) {
      boolean level = c.metric().change() && c.end() <= from
          && LEVEL.matcher(sentence.substring(c.end(), from)).matches();
      boolean apart = c.adjacent() && (c.end() <= from ? from - c.end() : c.start() - to) > ADJACENT_GAP;
      if (c.metric().unit().name().equals(unit.name()) && !c.metric().changesOnly()
          && (c.end() <= from || c.start() >= to) && !level && !apart) {
        candidates.add(c);
      }
    }
    // "a dividend of four cts a share": a cue that counts only beside its number yields to the cue of a metric quoted
    // per share before the number in its clause, with no other figure between ("earnings fell two cts per share"
    // stays earnings per share).
    // So does it to one that the words after it name: "the 20 cts per share quarterly cash dividend".
    List<Cue> others = candidates.stream().filter(c -> c.metric().quotedPerShare()
        && (c.start() >= clauseStart && c.end() <= from && !FIGURE.matcher(sentence.substring(c.end(), from)).find()
        || c.start() >= to && c.end() <= clauseEnd && namesAfterPerShare(sentence, cues, to, c)))
        .toList();
    boolean adjacentNearest = nearest(candidates, from, to, clauseStart, clauseEnd)
        .map(Cue::adjacent).orElse(false);
    List<Cue> kept = adjacentNearest && !others.isEmpty() ? others : candidates;
    Optional<Cue> inClause = nearest(kept, from, to, clauseStart, clauseEnd);
    // A cue after the number outside its clause names it only when no other figure stands between them: in "215 mln
    // dlrs and 33 mln dlrs of loans, reducing net income by 4.4 mln dlrs" net income is the 4.4 mln's.
    List<Cue> unshared = kept.stream()
        .filter(c -> c.end() <= from || !FIGURE.matcher(sentence.substring(to, c.start())).find()).toList();
    Optional<MetricDef> metric = inClause.or(() -> nearest(unshared, from, to, 0, sentenceLength))
        .map(c -> narrowed(sentence, c, reported));
    if (metric.isPresent() && metric.get().change()) {
      return Optional.of(changeOf(sentence, cues, from, to, clauseStart, clauseEnd).orElse(metric.get()));
    }
    return metric;
  }

  /**
   * Whether {@code cue}, after the figure ending at {@code to}, closes the noun phrase the figure's per-share cue opens:
   * a cue of a metric quoted per share right after the figure, then at most {@value #MOST_MODIFIERS} modifiers (words
   * that are no function word) before {@code cue} ("20 cts per share quarterly cash dividend").
   */
  private boolean namesAfterPerShare(String sentence, List<Cue> cues, int to, Cue cue) {
    return cues.stream().anyMatch(perShare -> perShare.metric().perShare() && perShare.adjacent()
        && perShare.start() >= to && perShare.start() - to <= ADJACENT_GAP && perShare.end() <= cue.start()
        && isModifiers(sentence.substring(perShare.end(), cue.start())));
  }

  private boolean isModifiers(String between) {
    String[] words = between.trim().split("\\s+");
    return MODIFIERS.matcher(between).matches() && words.length <= MOST_MODIFIERS
        && Arrays.stream(words).noneMatch(word -> functionWords.contains(word.toLowerCase(Locale.ROOT)));
  }

  /**
   * "operating profits fell to 785m euros ... its profits slid to just 20m euros": a bare cue ("profits") names the
   * measure the article reported last when that narrows the cue's metric (or is the opposite of one that does:
   * "an operating loss of 506m euros into a 1.4bn euros profit").
   */
  private MetricDef narrowed(String sentence, Cue cue, MetricDef reported) {
    Pattern bare = bareCues.get(cue.metric().name());
    if (reported == null || bare == null
        || !bare.matcher(sentence).region(cue.start(), cue.end()).useTransparentBounds(true).matches()) {
      return cue.metric();
    }
    return metrics.stream().filter(m -> m.narrows().equals(cue.metric().name())
            && (m.name().equals(reported.name()) || m.opposite().equals(reported.name())))
        .findFirst().orElse(cue.metric());
  }

  /**
   * The narrowing metric an article has reported last once a claim of {@code claimed} is made: {@code claimed} when
   * it narrows a metric or has bare cues of its own ("net profit" ends an operating profit's run), else as before.
   */
  public MetricDef reportedAfter(MetricDef reported, MetricDef claimed) {
    return !claimed.narrows().isEmpty() || !claimed.bareCues().isEmpty() ? claimed : reported;
  }

  /**
   * "net profit rose 12%": the growth metric of the nearest other metric named in the change's clause, if any; not
   * one named after the figure with a change of its own ("exports fell six pct as imports rose 10 pct").
   */
  Optional<MetricDef> changeOf(String sentence, List<Cue> cues, int from, int to, int clauseStart,
      int clauseEnd) {
    List<Cue> measured = new ArrayList<>();
    for (Cue c : cues) {
      if (c.metric().unit() != MetricDef.Unit.PERCENT && c.metric().unit() != MetricDef.Unit.RANK
          && (c.end() <= from || c.start() >= to && !changedAfter(sentence, cues, c, clauseEnd))) {
        measured.add(c);
      }
    }
    return nearest(measured, from, to, clauseStart, clauseEnd)
        .filter(c -> !c.metric().growth().isEmpty())
        .map(c -> byName.get(c.metric().growth()));
  }

  /**
   * Whether a change cue right after {@code cue} has a percentage of its own close behind it in the clause ("imports
   * dropped by 4.2 pct"): the quantity is that change's, not one of "five pct real GDP growth in 1987".
   */
  private static boolean changedAfter(String sentence, List<Cue> cues, Cue cue, int clauseEnd) {
    return cues.stream().anyMatch(c -> c.metric().change() && c.start() >= cue.end()
        && c.start() - cue.end() <= CHANGE_VERB_GAP
        && PERCENT.matcher(sentence).region(c.end(), Math.max(c.end(), Math.min(clauseEnd, c.end() + CHANGE_FIGURE_GAP)))
            .find());
  }

  /**
   * The cue nearest the figure at {@code [from, to)} within {@code [windowStart, windowEnd)}, the one before it at
   * equal distance; no cue may overlap the figure.
   */
  static Optional<Cue> nearest(List<Cue> cues, int from, int to, int windowStart, int windowEnd) {
    Cue best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Cue c : cues) {
      if (c.start < windowStart || c.end > windowEnd) {
        continue;
      }
      int distance = c.end <= from ? from - c.end : c.start - to;
      // At equal distance the cue before wins: "a net profit of 300,000 dlrs on revenue of 9.5 mln dlrs".
      boolean tieBefore = distance == bestDistance && c.end <= from && best != null && best.start >= to;
      if (distance < bestDistance || tieBefore) {
        best = c;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }
}
