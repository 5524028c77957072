package crosscheck.text;

import crosscheck.config.EntityDef;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a company's figure is of a part of it that the text does not name: "The unit had 1986 sales of 65 mln
 * dlrs", "Borg-Warner's chemical and plastics business provided ... revenues of 1.04 billion dlrs", "sales of the
 * company's appliance division ... 915.7 mln dlrs". Such a figure is not the company's own, and compared with the
 * company's it makes a false conflict. A part is a unit noun ({@code names.json} {@code unit_nouns}) after "the", a
 * possessive determiner or a possessor, in the figure's clause before the figure, with only modifiers between the
 * two (no function word but "and", and no name: "Chrysler's Chrysler Motors unit" names its unit, which is then the
 * subject); not "a unit of" (the company belongs to another), nor followed by a name or anaphor before the figure
 * ("sold its ophthalmic business to Johnson and Johnson for 260 mln dlrs"). A phrase the article resolved to a unit it
 * names ("its cloud business": the article's "Alibaba Cloud", not Alibaba) names the figure's subject.
 */
final class CompanyParts {

  /** The most words between the determiner and the unit noun: "the European corn wet milling business". */
  private static final int MOST_MODIFIERS = 4;

  private final Pattern part;
  /** Words that are no modifier of a unit noun ("its first quarter earnings from operations"), but for "and". */
  private final Set<String> functionWords;

  CompanyParts(List<String> unitNouns, List<String> functionWords, Countries countries) {
    this.functionWords = functionWords.stream().map(w -> w.toLowerCase(Locale.ROOT))
        .filter(w -> !w.equals("and")).collect(Collectors.toUnmodifiableSet());
    String determiners = String.join("|", countries.possessiveDeterminers().stream().map(Pattern::quote).toList());
    this.part = Pattern.compile("(?i)(?<![\\p{L}])(?:the|" + determiners + "|[\\p{L}][\\p{L}.&-]*['’]s)"
        + "((?:\\s+[\\p{L}][\\p{L}.&-]*){0," + MOST_MODIFIERS + "}?)\\s+(?:"
        + String.join("|", unitNouns.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])(?!\\s+of(?![\\p{L}]))");
  }

  /**
   * Whether the text of {@code [clauseStart, figureStart)} of the sentence gives the figure to a part of its subject
   * that it does not name; {@code company} is the company the article is about.
   */
  boolean ofUnnamedPart(ParsedSentence p, int clauseStart, int figureStart, EntityDef subject, EntityDef company) {
    Matcher m = part.matcher(p.text()).region(clauseStart, figureStart);
    while (m.find()) {
      boolean modifiers = Arrays.stream(m.group(1).trim().split("\\s+"))
          .noneMatch(word -> functionWords.contains(word.toLowerCase(Locale.ROOT)));
      // "The unit had 1986 sales of 65 mln dlrs": no modifier, so nothing between names the part
      boolean named = m.end(1) > m.start(1) && names(p, m.start(1), m.end(1), null);
      if (modifiers && !named && !names(p, m.end(), figureStart, null)
          && (subject == company || !names(p, m.start(), m.end(), subject))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a mention of {@code entity} (of any name or anaphor resolved, when null) overlaps {@code [from, to)}. */
  private static boolean names(ParsedSentence p, int from, int to, EntityDef entity) {
    return p.mentions().stream().anyMatch(m -> m.start() < to && from < m.end()
        && (entity == null ? m.entity() != null : m.entity() == entity));
  }
}
