package crosscheck.text;

import crosscheck.config.Config;
import crosscheck.config.EntityDef;
import crosscheck.config.MetricDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a number measures from the cue words around it ({@code metrics.json}): the nearest cue of a metric
 * that takes this kind of number, first within the number's clause, then within its sentence. Where two cues
 * overlap, the longer one wins ("operating losses" over "losses", "net income" over "income").
 */
public final class MetricClassifier {

  private record Cue(MetricDef metric, int start, int end) {
    boolean inside(Cue other) {
      return other != this && other.start <= start && end <= other.end && other.end - other.start > end - start;
    }
  }

  private final List<MetricDef> metrics;
  private final List<Pattern> cuePatterns = new ArrayList<>();
  private final Pattern notClaims;

  public MetricClassifier(Config config) {
    this.metrics = config.metrics();
    for (MetricDef m : metrics) {
      cuePatterns.add(m.cues().isEmpty() ? null : wholeWords(String.join("|", m.cues())));
    }
    this.notClaims = config.notClaims().isEmpty() ? null : wholeWords(String.join("|", config.notClaims()));
  }

  private static Pattern wholeWords(String alternation) {
    return Pattern.compile("(?<![\\p{L}])(?:" + alternation + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** True when the clause talks about something that is never a claim here (a share price, data centers). */
  public boolean isNotClaim(String clause) {
    return notClaims != null && notClaims.matcher(clause).find();
  }

  /**
   * The metric of an amount spanning {@code [from, to)} of the sentence, in the clause {@code [clauseStart,
   * clauseEnd)}; {@code clauseKinds} are the kinds of entity named in that clause.
   */
  public Optional<MetricDef> classify(Amount.Unit unit, String sentence, int from, int to, int clauseStart,
      int clauseEnd, java.util.Set<EntityDef.Kind> clauseKinds) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < metrics.size(); i++) {
      MetricDef m = metrics.get(i);
      if (m.unit().name().equals(unit.name())) {
        if (m.entityKind() != null && clauseKinds.contains(m.entityKind())) {
          return Optional.of(m);
        }
        candidates.add(i);
      }
    }
    if (unit == Amount.Unit.RANK) {
      return candidates.isEmpty() ? Optional.empty() : Optional.of(metrics.get(candidates.get(0)));
    }
    List<Cue> cues = new ArrayList<>();
    for (int i : candidates) {
      Pattern p = cuePatterns.get(i);
      if (p != null) {
        Matcher m = p.matcher(sentence);
        while (m.find()) {
          if (m.end() <= from || m.start() >= to) {
            cues.add(new Cue(metrics.get(i), m.start(), m.end()));
          }
        }
      }
    }
    cues.removeIf(c -> cues.stream().anyMatch(c::inside));
    Optional<Cue> inClause = nearest(cues, from, to, clauseStart, clauseEnd);
    return inClause.or(() -> nearest(cues, from, to, 0, sentence.length())).map(Cue::metric);
  }

  private static Optional<Cue> nearest(List<Cue> cues, int from, int to, int windowStart, int windowEnd) {
    Cue best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Cue c : cues) {
      if (c.start < windowStart || c.end > windowEnd) {
        continue;
      }
      int distance = c.end <= from ? from - c.end : c.start - to;
      if (distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }
}
