package crosscheck.text;

import crosscheck.config.EntityDef;

/**
 * A name or anaphor found in a sentence. For a name, {@code entity} is what it names (configured, or found in the
 * text); for an anaphor ("the segment"), {@code entity} is null and {@code anaphorKind} says what it stands for until
 * the article resolves it. {@code possessive} marks "Google's": before a rank such a name is the scope ("Google's
 * fifth-largest market"), not the subject. {@code place} marks a name after "in" or "from" ("sales in Europe"): a
 * subject only where the clause names nothing else.
 */
public record EntityMention(
    int start, int end, String text, EntityDef entity, EntityDef.Kind anaphorKind, boolean possessive,
    boolean place) {

  public boolean isAnaphor() {
    return entity == null;
  }

  public EntityMention resolvedTo(EntityDef resolved) {
    return new EntityMention(start, end, text, resolved, anaphorKind, possessive, place);
  }
}
