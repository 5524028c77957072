package crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits article text into paragraphs (at line breaks; in hard-wrapped newswire text, at blank or indented lines)
 * and sentences (at '.', '!' or '?' followed by a space and an
 * upper-case letter, digit or opening quote), keeping abbreviations such as "U.S." and "Co. Ltd." whole. One pass
 * over the text: time is linear in its length. Very long runs without a sentence end are cut (at a whitespace
 * after {@link #MAX_SENTENCE_CHARS}, or anywhere after twice that) so that later stages see bounded sentences.
 */
public final class SentenceSplitter {

  static final int MAX_SENTENCE_CHARS = 4000;
  private static final int WRAP_WIDTH = 90;

  private final Set<String> abbreviations;

  public SentenceSplitter(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(abbreviations);
  }

  public List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    boolean wrapped = isHardWrapped(text);
    int paragraph = -1;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      // In hard-wrapped text a paragraph runs on until a blank or indented line.
      while (wrapped && lineEnd < text.length() && continues(text, lineEnd + 1)) {
        int next = text.indexOf('\n', lineEnd + 1);
        lineEnd = next < 0 ? text.length() : next;
      }
      if (!text.substring(lineStart, lineEnd).isBlank()) {
        paragraph++;
        splitParagraph(text, lineStart, lineEnd, paragraph, sentences);
      }
      lineStart = lineEnd + 1;
    }
    return sentences;
  }

  /**
   * Newswire text broken into lines of at most {@value #WRAP_WIDTH} characters, with paragraphs marked by an
   * indent (the Reuters corpus): there a line break inside a paragraph is a space. Elsewhere every line is a
   * paragraph.
   */
  static boolean isHardWrapped(String text) {
    int lines = 0;
    int indented = 0;
    int longLines = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      if (end - start > WRAP_WIDTH && ++longLines > 1) {
        return false;
      }
      if (end > start) {
        lines++;
        indented += end - start > 1 && text.charAt(start) == ' ' && !text.substring(start, end).isBlank() ? 1 : 0;
      }
      start = end + 1;
    }
    return lines >= 2 && indented >= 1;
  }

  private static boolean continues(String text, int lineStart) {
    int end = text.indexOf('\n', lineStart);
    String line = text.substring(lineStart, end < 0 ? text.length() : end);
    return !line.isBlank() && !Character.isWhitespace(line.charAt(0));
  }

  private void splitParagraph(String text, int from, int to, int paragraph, List<Sentence> out) {
    int start = skipSpace(text, from, to);
    for (int i = start; i < to; i++) {
      int length = i - start;
      boolean longEnough = length >= 2 * MAX_SENTENCE_CHARS
          || (length >= MAX_SENTENCE_CHARS && Character.isWhitespace(text.charAt(i)));
      if (longEnough || (isTerminator(text.charAt(i)) && endsSentence(text, start, i, to))) {
        int end = longEnough ? i : closingEnd(text, i + 1, to);
        add(text, start, end, paragraph, out);
        start = skipSpace(text, end, to);
        i = start - 1;
      }
    }
    add(text, start, to, paragraph, out);
  }

  private void add(String text, int start, int end, int paragraph, List<Sentence> out) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(out.size(), paragraph, start, end, text.substring(start, end).replace('\n', ' ')));
    }
  }

  private boolean endsSentence(String text, int sentenceStart, int dot, int to) {
    int after = closingEnd(text, dot + 1, to);
    if (after >= to) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(after))) {
      return false;
    }
    int next = skipSpace(text, after, to);
    if (next >= to || !startsSentence(text.charAt(next))) {
      return false;
    }
    return text.charAt(dot) != '.' || !isAbbreviation(text, sentenceStart, dot);
  }

  private boolean isAbbreviation(String text, int sentenceStart, int dot) {
    int wordStart = dot;
    while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))
        && text.charAt(wordStart - 1) != '(') {
      wordStart--;
    }
    String word = text.substring(wordStart, dot);
    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
    return initial || abbreviations.contains(word);
  }

  /** Skips closing quotes and brackets that belong to the sentence that just ended. */
  private static int closingEnd(String text, int i, int to) {
    while (i < to && "\"'”’)]".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'([".indexOf(c) >= 0;
  }

  private static int skipSpace(String text, int i, int to) {
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
