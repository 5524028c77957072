package crosscheck.text;

import crosscheck.quantity.Amount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a figure holds only under a condition that makes it a measure of its own ({@code conditions} in
 * {@code metrics.json}): "GDP rose at an annual rate of 2.4%" is an annualised growth rate, "net income would have
 * risen to 32.9 mln" a hypothetical net profit. Such a figure is compared only with figures under the same
 * condition: the condition's name follows the metric's ("growth rate (annualised)"). Else a market the owner's
 * figure is limited to is one: "Chrysler Corp said its U.S. car production ... totalled 110,552 units" is Chrysler's
 * output in the US ("output (US)"), not all of Chrysler's.
 */
final class Conditions {

  private static final int WINDOW = 60;

  private final Map<String, Pattern> patterns = new TreeMap<>();
  /**
   * A capitalised word right after a possessive determiner ("its U.S.", "their Canadian"), not the first of a name
   * ("its Canadian Courier unit" is a unit sold, not a market).
   */
  private final Pattern owned;
  private final Countries countries;

  Conditions(Map<String, List<String>> conditions, Countries countries) {
    conditions.forEach((name, cues) -> patterns.put(name,
        Pattern.compile("(?i)(?<![\\p{L}])(?:" + String.join("|", cues) + ")(?![\\p{L}])")));
    this.countries = countries;
    List<String> determiners = countries.possessiveDeterminers();
    owned = Pattern.compile(determiners.isEmpty() ? "(?!)" : "(?i:(?<![\\p{L}])(?:"
        + String.join("|", determiners.stream().map(Pattern::quote).toList())
        + "))\\s+(\\p{Lu}[\\p{L}.]*+)(?![\\p{L}]|\\s+\\p{Lu})");
  }

  /**
   * The first condition (by name) whose words stand right before the figure in its clause, else the owner's market
   * named anywhere before it in its clause.
   */
  Optional<String> of(String sentence, Amount amount, int[] clause) {
    String before = sentence.substring(Math.max(clause[0], amount.hedgeStart() - WINDOW), amount.hedgeStart());
    return patterns.entrySet().stream().filter(e -> e.getValue().matcher(before).find()).map(Map.Entry::getKey)
        .findFirst().or(() -> market(sentence.substring(clause[0], amount.hedgeStart())));
  }

  private Optional<String> market(String before) {
    Matcher m = owned.matcher(before);
    while (m.find()) {
      Optional<String> country = countries.countryOf(m.group(1));
      if (country.isPresent()) {
        return country;
      }
    }
    return Optional.empty();
  }
}
