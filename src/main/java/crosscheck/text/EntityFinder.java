package crosscheck.text;

import crosscheck.config.Config;
import crosscheck.config.EntityDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the configured entities and anaphors in a sentence, longest alias first, as whole words and regardless of
 * case or of straight versus curly apostrophes, in time linear in the sentence however many aliases there are.
 */
public final class EntityFinder {

  private record UnitDomain(EntityDef unit, Pattern word) {}

  /** What a phrase stands for: an entity, or an anaphor of some kind. */
  private record Named(EntityDef entity, EntityDef.Kind anaphorKind) {}

  private final PhraseMatcher<Named> names = new PhraseMatcher<>();
  private final Map<String, EntityDef> byAlias = new HashMap<>();
  private final Map<String, List<UnitDomain>> unitsByParent = new HashMap<>();
  private final Map<String, EntityDef> byName = new HashMap<>();

  public EntityFinder(Config config) {
    for (EntityDef e : config.entities()) {
      byName.put(e.name(), e);
      for (String alias : e.aliases()) {
        byAlias.put(normalize(alias), e);
        names.add(alias, new Named(e, null));
      }
      if (e.kind() == EntityDef.Kind.UNIT && !e.parent().isEmpty() && !e.domain().isEmpty()) {
        Pattern word = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(e.domain()) + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        unitsByParent.computeIfAbsent(e.parent(), p -> new ArrayList<>()).add(new UnitDomain(e, word));
      }
    }
    // Anaphors are added after every alias: a phrase that is both ("the company" as a name) is the name.
    config.anaphors().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> e.getValue().forEach(a -> names.add(a, new Named(null, e.getKey()))));
  }

  public List<EntityMention> find(String sentence) {
    List<EntityMention> found = new ArrayList<>();
    for (PhraseMatcher.Match<Named> m : names.find(sentence)) {
      boolean possessive = sentence.startsWith("'s", m.end()) || sentence.startsWith("’s", m.end());
      found.add(new EntityMention(m.start(), m.end(), sentence.substring(m.start(), m.end()), m.value().entity(),
          m.value().anaphorKind(), possessive, false));
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
