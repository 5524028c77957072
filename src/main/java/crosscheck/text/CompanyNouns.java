package crosscheck.text;

import java.util.List;
import java.util.Set;

/**
 * The nouns that make a description a company's (names.json {@code company_nouns}: "its German rival", "Chinese cloud
 * firms", "Italy's national airline"), singular or plural.
 */
final class CompanyNouns {

  private final Set<String> nouns;

  CompanyNouns(List<String> nouns) {
    this.nouns = Set.copyOf(nouns);
  }

  /** Whether the word, as written, is one of the nouns or its plural ("rival", "firms"). */
  boolean names(String word) {
    return nouns.contains(word) || isPlural(word);
  }

  /** Whether the word is the plural of one of the nouns ("firms"): companies, not one. */
  boolean isPlural(String word) {
    return word.endsWith("s") && !nouns.contains(word) && nouns.contains(word.substring(0, word.length() - 1));
  }
}
