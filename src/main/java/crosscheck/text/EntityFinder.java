package crosscheck.text;

import crosscheck.config.Config;
import crosscheck.config.EntityDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the configured entities and anaphors in a sentence, longest alias first, as whole words and regardless of
 * case or of straight versus curly apostrophes.
 */
public final class EntityFinder {

  private record UnitDomain(EntityDef unit, Pattern word) {}

  private final Pattern names;
  private final Map<String, EntityDef> byAlias = new HashMap<>();
  private final Map<String, EntityDef.Kind> anaphors = new HashMap<>();
  private final Map<String, List<UnitDomain>> unitsByParent = new HashMap<>();
  private final Map<String, EntityDef> byName = new HashMap<>();

  public EntityFinder(Config config) {
    List<String> phrases = new ArrayList<>();
    for (EntityDef e : config.entities()) {
      byName.put(e.name(), e);
      for (String alias : e.aliases()) {
        byAlias.put(normalize(alias), e);
        phrases.add(alias);
      }
      if (e.kind() == EntityDef.Kind.UNIT && !e.parent().isEmpty() && !e.domain().isEmpty()) {
        Pattern word = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(e.domain()) + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        unitsByParent.computeIfAbsent(e.parent(), p -> new ArrayList<>()).add(new UnitDomain(e, word));
      }
    }
    config.anaphors().forEach((kind, list) -> list.forEach(a -> {
      anaphors.put(normalize(a), kind);
      phrases.add(a);
    }));
    phrases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder alternation = new StringBuilder();
    for (String phrase : phrases) {
      alternation.append(alternation.length() == 0 ? "" : "|")
          .append(Pattern.quote(normalize(phrase)).replace("'", "\\E['’]\\Q"));
    }
    // A class of the phrases' first letters rejects most positions before the long alternation is tried.
    StringBuilder firsts = new StringBuilder();
    phrases.stream().mapToInt(ph -> ph.codePointAt(0)).distinct().sorted()
        .forEach(c -> firsts.append(String.format("\\x{%x}", c)));
    this.names = Pattern.compile("(?=[" + firsts + "])(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  public List<EntityMention> find(String sentence) {
    List<EntityMention> found = new ArrayList<>();
    Matcher m = names.matcher(sentence);
    while (m.find()) {
      String key = normalize(m.group());
      boolean possessive = sentence.startsWith("'s", m.end()) || sentence.startsWith("’s", m.end());
      found.add(new EntityMention(m.start(), m.end(), m.group(), byAlias.get(key),
          byAlias.containsKey(key) ? null : anaphors.get(key), possessive));
    }
    return found;
  }

  /**
   * The unit of {@code company} whose domain word (e.g. "cloud") the paragraph uses, or the company itself: in a
   * paragraph about cloud computing, "Alibaba" means Alibaba Cloud.
   */
  public EntityDef inDomain(EntityDef company, String paragraph) {
    for (UnitDomain u : unitsByParent.getOrDefault(company.name(), List.of())) {
      if (u.word().matcher(paragraph).find()) {
        return u.unit();
      }
    }
    return company;
  }

  /** The entity whose alias is exactly {@code text} ("Caixin Global" is Caixin), if any. */
  public java.util.Optional<EntityDef> byAlias(String text) {
    return java.util.Optional.ofNullable(byAlias.get(normalize(text.strip())));
  }

  public EntityDef named(String name) {
    return byName.get(name);
  }

  public EntityDef parentOf(EntityDef entity) {
    return entity.parent().isEmpty() ? null : byName.get(entity.parent());
  }

  private static String normalize(String phrase) {
    return phrase.replace('’', '\'').toLowerCase(Locale.ROOT);
  }
}
