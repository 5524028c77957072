package crosscheck.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

/**
 * Words of a sentence and, on request, their universal parts of speech (PROPN, NOUN, VERB, DET, ...) from Apache
 * OpenNLP's English UD tagger, whose model ships inside the {@code opennlp-models-pos-en} jar. Words are cut by a
 * small scanner ({@link #tokens}: "N.V.", "Coca-Cola" and "60.6" are one word, a possessive "'s" and a full stop are
 * their own): OpenNLP's tokenizer model took 17% of a run over the Reuters corpus and cut "Corp's" as one word. The
 * model is loaded once per JVM; the tagger is OpenNLP's thread-safe wrapper, so one instance serves every worker
 * thread.
 */
public final class PartsOfSpeech {

  /** A word at {@code [start, end)} of the sentence with its universal part-of-speech tag ("" until tagged). */
  public record Token(int start, int end, String text, String tag) {}

  private static final String TAGGER_MODEL = "/opennlp-en-ud-ewt-pos-1.1-2.4.0.bin";
  /** Where a POS model keeps its maximum-entropy model (OpenNLP's POSModel.POS_MODEL_ENTRY_NAME, not public). */
  private static final String POS_MODEL_ENTRY = "pos.model";

  private static final class Model {
    static final ThreadSafePOSTaggerME TAGGER = new ThreadSafePOSTaggerME(load());
  }

  /**
   * Tags already given, by the words tagged: a newswire opens many sentences with the same words ("Shr loss 12 cts
   * vs", "Qtly div 10 cts vs"), and the tagger sees nothing but them. Bounded, shared by every worker thread.
   */
  private static final Map<List<String>, String[]> TAGGED = new ConcurrentHashMap<>();
  private static final int MOST_TAGGED = 200_000;

  private PartsOfSpeech() {}

  /**
   * The sentence's words, not yet tagged: a run of letters and digits, joined through ".", "&", "-" or an apostrophe
   * to the next run ("U.S", "AT&T", "Coca-Cola", "O'Neill"), with a last full stop after a letter that follows one
   * ("U.S.", "N.V."); else a possessive "'s" before a word's end; else any one character but a space, tab or line
   * break. (The same words as the regular expression {@code ScannersTest} keeps, whose matching was 8% of the
   * extraction's time.)
   */
  public static List<Token> tokens(String sentence) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < sentence.length()) {
      if (isSpace(sentence.charAt(i))) {
        i++;
        continue;
      }
      int end = wordEnd(sentence, i);
      if (end == i) {
        end = isPossessive(sentence, i) ? i + 2 : i + Character.charCount(sentence.codePointAt(i));
      }
      tokens.add(new Token(i, end, sentence.substring(i, end), ""));
      i = end;
    }
    return tokens;
  }

  /** Where the word starting at {@code start} ends; {@code start} when no letter or digit starts one there. */
  private static int wordEnd(String text, int start) {
    int end = runEnd(text, start);
    if (end == start) {
      return start;
    }
    while (end < text.length()) {
      char joint = text.charAt(end);
      boolean joins = joint == '.' || joint == '&' || joint == '-'
          || (joint == '\'' || joint == '’') && !isPossessive(text, end);
      int next = joins ? runEnd(text, end + 1) : end;
      if (next == end + 1 || next == end) {
        break;
      }
      end = next;
    }
    boolean abbreviation = end < text.length() && text.charAt(end) == '.' && end >= 2
        && text.charAt(end - 2) == '.' && Character.isLetter(text.charAt(end - 1));
    return abbreviation ? end + 1 : end;
  }

  /** The end of the run of letters and digits (any script's) from {@code from}. */
  private static int runEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int type = Character.getType(c);
      if (!Character.isLetter(c) && type != Character.DECIMAL_DIGIT_NUMBER && type != Character.LETTER_NUMBER
          && type != Character.OTHER_NUMBER) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  /** An apostrophe at {@code i}, then "s" or "S" at a word's end ("Corp's", not "it'sy"). */
  private static boolean isPossessive(String text, int i) {
    char apostrophe = text.charAt(i);
    if (apostrophe != '\'' && apostrophe != '’' || i + 1 >= text.length()
        || text.charAt(i + 1) != 's' && text.charAt(i + 1) != 'S') {
      return false;
    }
    if (i + 2 == text.length()) {
      return true;
    }
    int next = text.codePointAt(i + 2);
    // a word character or a combining mark goes on with the word
    return next != '_' && !Character.isLetterOrDigit(next) && Character.getType(next) != Character.NON_SPACING_MARK;
  }

  /** What a regular expression's {@code \\s} matches: a space, tab, line break, vertical tab or form feed. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The same words, the first {@code count} of them tagged: the tagger looks two words either side, so the tag of a
   * sentence's first word needs only its first few words, and tagging them alone costs a fraction of the sentence.
   */
  public static List<Token> tagFirst(List<Token> tokens, int count) {
    int n = Math.min(count, tokens.size());
    String[] words = new String[n];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    String[] tags = TAGGED.get(List.of(words));
    if (tags == null) {
      tags = Model.TAGGER.tag(words);
      if (TAGGED.size() < MOST_TAGGED) {
        TAGGED.put(List.of(words), tags);
      }
    }
    List<Token> tagged = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      tagged.add(i < n ? new Token(t.start(), t.end(), t.text(), tags[i]) : t);
    }
    return tagged;
  }

  /**
   * The model, decoding greedily (a beam of one, not the model's three): only the first words' tags are asked for,
   * and on all 19,043 Reuters stories the claims came out byte for byte the same, with tagging about 45% cheaper.
   */
  private static POSModel load() {
    try (InputStream in = PartsOfSpeech.class.getResourceAsStream(TAGGER_MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + TAGGER_MODEL + " is missing from the class path");
      }
      POSModel shipped = new POSModel(in);
      MaxentModel maxent = shipped.getArtifact(POS_MODEL_ENTRY);
      return new POSModel(shipped.getLanguage(), maxent, 1, null, shipped.getFactory());
    } catch (IOException e) {
      throw new UncheckedIOException("OpenNLP model " + TAGGER_MODEL + " cannot be read", e);
    }
  }
}
