package crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The literal words that every match of some simple regular expressions must contain, for a cheap look before the
 * costly match ("revenues?|sales" needs "revenue" or "sales" in the text). Read off the expressions: each
 * alternative's leading run of letters and spaces is its stem (a letter a quantifier makes optional is dropped); an
 * alternative that opens with a group takes the stems of the group's alternatives. An expression with an alternative
 * that starts any other way has no stems: it is always run.
 */
final class Stems {

  private static final int MIN_LENGTH = 2;

  private final List<String> stems;

  private Stems(List<String> stems) {
    this.stems = stems;
  }

  static Optional<Stems> of(List<String> regexes) {
    List<String> stems = new ArrayList<>();
    for (String regex : regexes) {
      if (!addStems(regex, stems)) {
        return Optional.empty();
      }
    }
    return Optional.of(new Stems(List.copyOf(stems)));
  }

  private static boolean addStems(String regex, List<String> stems) {
    for (String alternative : alternatives(regex)) {
      if (alternative.startsWith("(")) {
        int close = closing(alternative);
        int open = alternative.startsWith("(?-i:") ? 5 : alternative.startsWith("(?:") ? 3 : 1;
        boolean optional = close < 0 || close + 1 < alternative.length()
            && "?*{".indexOf(alternative.charAt(close + 1)) >= 0;
        if (optional || alternative.startsWith("(?<") || alternative.startsWith("(?=")
            || alternative.startsWith("(?!") || !addStems(alternative.substring(open, close), stems)) {
          return false;
        }
      } else {
        String stem = leadingLiteral(alternative);
        if (stem.length() < MIN_LENGTH) {
          return false;
        }
        stems.add(stem);
      }
    }
    return true;
  }

  /** The alternatives of {@code regex} at its top level. */
  private static List<String> alternatives(String regex) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    out.add(regex.substring(start));
    return out;
  }

  /** The index of the parenthesis that closes the one at 0, or -1. */
  private static int closing(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code lowerCaseText} (already in lower case) holds one of the stems. */
  boolean anyIn(String lowerCaseText) {
    for (String stem : stems) {
      if (lowerCaseText.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  private static String leadingLiteral(String alternative) {
    int end = 0;
    while (end < alternative.length()
        && (Character.isLetter(alternative.charAt(end)) || alternative.charAt(end) == ' ')) {
      end++;
    }
    boolean quantified = end < alternative.length() && "?*{".indexOf(alternative.charAt(end)) >= 0;
    String stem = alternative.substring(0, quantified ? Math.max(0, end - 1) : end);
    return stem.toLowerCase(Locale.ROOT);
  }
}
