package crosscheck.text;

import crosscheck.config.EntityDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which unit of a company a unit phrase means when no configured unit is named: "its cloud business" and "Alibaba's
 * cloud computing business" are the article's "Alibaba Cloud" (a name that shares a word with the phrase and, after a
 * possessor, extends the possessor's name); "the segment" and "the unit" are the unit the article last spoke of, else
 * the name it gives most that extends another subject's name. With a configured unit in the article, anaphors stand
 * for it, as before.
 */
final class UnitPhrases {

  private final Set<String> unitNouns;
  /** The words of a unit phrase after a possessor, up to its noun: "'s cloud computing business". */
  private final Pattern afterPossessor;

  UnitPhrases(List<String> unitNouns) {
    this.unitNouns = Set.copyOf(unitNouns);
    this.afterPossessor = Pattern.compile("(?i)(?:['’]s)?((?:\\s+[\\p{L}][\\p{L}-]*){0,3}?)\\s+(?:"
        + String.join("|", unitNouns.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])");
  }

  /**
   * The units one article names: names that extend another subject's name, most named first, then its other names of
   * more than one word ("Alibaba Cloud" where "Alibaba" alone is taken for it).
   */
  final class InArticle {
    private final List<EntityDef> units;
    private final List<EntityDef> longNames;
    private EntityDef last;

    InArticle(Map<EntityDef, Integer> subjects) {
      Map<EntityDef, Integer> found = new LinkedHashMap<>();
      subjects.forEach((named, count) -> {
        if (subjects.keySet().stream().anyMatch(c -> named.name().startsWith(c.name() + " "))) {
          found.put(named, count);
        }
      });
      List<Map.Entry<EntityDef, Integer>> byCount = new ArrayList<>(found.entrySet());
      byCount.sort(Map.Entry.<EntityDef, Integer>comparingByValue().reversed()); // stable: ties keep text order
      this.units = byCount.stream().map(Map.Entry::getKey).toList();
      this.longNames = subjects.keySet().stream().filter(e -> !found.containsKey(e) && e.name().contains(" "))
          .toList();
    }

    /** The unit an anaphor ("its cloud business", "the segment") means, or null when the article names none. */
    EntityDef ofAnaphor(String phrase) {
      EntityDef unit = sharingWord(phrase, null, units);
      if (unit == null) {
        unit = sharingWord(phrase, null, longNames);
      }
      if (unit == null) {
        unit = last != null ? last : units.isEmpty() ? null : units.get(0);
      }
      last = unit != null ? unit : last;
      return unit;
    }

    /** "Alibaba's cloud computing business": the unit of the possessor that the words after it name, or null. */
    EntityDef afterPossessor(EntityDef possessor, String sentence, int from) {
      if (units.isEmpty()) {
        return null;
      }
      Matcher m = afterPossessor.matcher(sentence).region(from, sentence.length());
      if (!m.lookingAt()) {
        return null;
      }
      EntityDef unit = sharingWord(m.group(1), possessor, units);
      last = unit != null ? unit : last;
      return unit;
    }

    private EntityDef sharingWord(String phrase, EntityDef possessor, List<EntityDef> candidates) {
      List<String> words = List.of(phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
      for (EntityDef unit : candidates) {
        if (possessor != null && !unit.name().startsWith(possessor.name() + " ")) {
          continue;
        }
        for (String word : unit.name().toLowerCase(Locale.ROOT).split("\\s+")) {
          if (!unitNouns.contains(word) && words.contains(word)) {
            return unit;
          }
        }
      }
      return null;
    }
  }
}
