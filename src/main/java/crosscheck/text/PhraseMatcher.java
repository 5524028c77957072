package crosscheck.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds whole-word occurrences of many phrases at once, leftmost and then longest, ignoring case and straight
 * versus curly apostrophes. Phrases and text are cut into tokens (runs of letters or digits, and single other
 * characters, spaces skipped) and matched through a trie of tokens, so the time is linear in the text whatever the
 * number of phrases: a regular expression alternation of thousands of aliases would try each at every position.
 */
final class PhraseMatcher<T> {

  /** A phrase found at {@code [start, end)} of the text. */
  record Match<T>(int start, int end, T value) {}

  private static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>();
    T value;
  }

  private record Token(int start, int end, String text) {}

  private final Node<T> root = new Node<>();

  /** Adds a phrase; a phrase added twice keeps its first value. */
  void add(String phrase, T value) {
    Node<T> node = root;
    for (Token token : tokens(phrase)) {
      node = node.next.computeIfAbsent(token.text(), t -> new Node<>());
    }
    if (node != root && node.value == null) {
      node.value = value;
    }
  }

  List<Match<T>> find(String text) {
    List<Token> tokens = tokens(text);
    List<Match<T>> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Node<T> node = root;
      int longest = -1;
      T value = null;
      for (int j = i; j < tokens.size(); j++) {
        node = node.next.get(tokens.get(j).text());
        if (node == null) {
          break;
        }
        if (node.value != null) {
          longest = j;
          value = node.value;
        }
      }
      if (longest >= 0) {
        found.add(new Match<>(tokens.get(i).start(), tokens.get(longest).end(), value));
        i = longest + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        int end = i + width;
        while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
        tokens.add(new Token(i, end, text.substring(i, end).toLowerCase(Locale.ROOT)));
        i = end;
      } else {
        if (!Character.isWhitespace(c)) {
          tokens.add(new Token(i, i + width, c == '’' ? "'" : new String(Character.toChars(c))));
        }
        i += width;
      }
    }
    return tokens;
  }
}
