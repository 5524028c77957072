package crosscheck.text;

import crosscheck.config.NameRules;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The countries {@code names.json} knows, by their names and nationalities, with full stops aside ("U.S." is "US"),
 * and the words that make one the market of an owner: a country or nationality right after a possessive determiner
 * ("Chrysler Corp said its U.S. car production ...", "its Canadian operations") is where the owner sells or makes.
 */
final class Countries {

  /** Every nationality and every country a nationality names ("Japanese", "Japan", "African"). */
  private final Set<String> words;
  /** The country each nationality and country names, where one is given ("Canadian" and "Canada": Canada). */
  private final Map<String, String> countryOf = new HashMap<>();
  private final List<String> possessiveDeterminers;

  Countries(NameRules rules) {
    this.words = rules.nationalitiesAndCountries();
    rules.nationalities().forEach((nationality, country) -> {
      if (!country.isEmpty()) {
        countryOf.put(nationality, country);
        countryOf.put(country, country);
      }
    });
    this.possessiveDeterminers = rules.possessiveDeterminers().stream()
        .map(word -> word.toLowerCase(Locale.ROOT)).toList();
  }

  /** Whether the word names a country or a nationality, full stops aside ("U.S.", "Canadian", "African"). */
  boolean names(String word) {
    return words.contains(withoutStops(word));
  }

  /** The country the word names, full stops aside ("U.S.": US; "Canadian": Canada; "African": none). */
  Optional<String> countryOf(String word) {
    return Optional.ofNullable(countryOf.get(withoutStops(word)));
  }

  /** The words ("its", "their") after which a country is the market of an owner, in lower case. */
  List<String> possessiveDeterminers() {
    return possessiveDeterminers;
  }

  /** Whether {@code word} is a possessive determiner ("its", "Their"). */
  boolean isPossessiveDeterminer(String word) {
    return possessiveDeterminers.contains(word.toLowerCase(Locale.ROOT));
  }

  private static String withoutStops(String word) {
    return word.replace(".", "");
  }
}
