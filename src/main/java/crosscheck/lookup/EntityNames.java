package crosscheck.lookup;

import crosscheck.config.EntityDef;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The config's entities by every name they go by: a fact-checker types the alias they know ("Aliyun", "Caixin
 * Global") and finds the claims, which carry the entity's name ("Alibaba Cloud", "Caixin").
 */
final class EntityNames {

  private final Map<String, String> nameByAlias = new HashMap<>();

  EntityNames(List<EntityDef> entities) {
    for (EntityDef entity : entities) {
      nameByAlias.putIfAbsent(entity.name().toLowerCase(Locale.ROOT), entity.name());
    }
    for (EntityDef entity : entities) {
      for (String alias : entity.aliases()) {
        nameByAlias.putIfAbsent(alias.toLowerCase(Locale.ROOT), entity.name());
      }
    }
  }

  /** The entity's name for {@code name} (any case), or {@code name} itself when the config does not know it. */
  String canonical(String name) {
    return nameByAlias.getOrDefault(name.strip().toLowerCase(Locale.ROOT), name.strip());
  }
}
