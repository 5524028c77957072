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
    return lowerContainsAny(sentence.toLowerCase(Locale.ROOT), words);
  }

  /** {@link #containsAny} for a sentence already in lower case, to look for several lists in one lower-casing. */
  public static boolean lowerContainsAny(String lower, java.util.Collection<String> words) {
    for (String word : words) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence holds any of the characters of {@code characters}. */
  public static boolean containsAnyOf(String sentence, String characters) {
    for (int i = 0; i < sentence.length(); i++) {
      if (characters.indexOf(sentence.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  public static boolean isAscii(String sentence) {
    for (int i = 0; i < sentence.length(); i++) {
      if (sentence.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }
}
