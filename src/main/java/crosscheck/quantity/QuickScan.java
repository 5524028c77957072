package crosscheck.quantity;

import java.util.Locale;

/**
 * Cheap first looks at a sentence before a costly regular expression: most sentences of an article hold no digit
 * and none of a parser's keywords, and need no regex at all.
 */
public final class QuickScan {

  private QuickScan() {}

  public static boolean hasDigit(String sentence) {
    for (int i = 0; i < sentence.length(); i++) {
      if (Character.isDigit(sentence.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence contains any of the lower-case {@code words}, ignoring case. */
  public static boolean containsAny(String sentence, java.util.Collection<String> words) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    return words.stream().anyMatch(lower::contains);
  }
}
