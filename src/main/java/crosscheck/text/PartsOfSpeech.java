package crosscheck.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Tokens and their universal parts of speech (PROPN, NOUN, VERB, DET, ...) from Apache OpenNLP's English UD models,
 * which ship inside the {@code opennlp-models-*-en} jars. The models are loaded once per JVM and shared; the
 * tokenizer and tagger are OpenNLP's thread-safe wrappers, so one instance serves every worker thread.
 */
public final class PartsOfSpeech {

  /** A token at {@code [start, end)} of the sentence with its universal part-of-speech tag. */
  public record Token(int start, int end, String text, String tag) {}

  private static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.1-2.4.0.bin";
  private static final String TAGGER_MODEL = "/opennlp-en-ud-ewt-pos-1.1-2.4.0.bin";

  private static final class Models {
    static final ThreadSafeTokenizerME TOKENIZER =
        new ThreadSafeTokenizerME(PartsOfSpeech.<TokenizerModel>load(TOKENIZER_MODEL, TokenizerModel::new));
    static final ThreadSafePOSTaggerME TAGGER =
        new ThreadSafePOSTaggerME(PartsOfSpeech.<POSModel>load(TAGGER_MODEL, POSModel::new));
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private PartsOfSpeech() {}

  /** The sentence's tokens with their tags; a possessive "'s" glued to a word ("Corp's") is its own token. */
  public static List<Token> tag(String sentence) {
    Span[] spans = Models.TOKENIZER.tokenizePos(sentence);
    List<int[]> bounds = new ArrayList<>();
    for (Span span : spans) {
      int start = span.getStart();
      int end = span.getEnd();
      if (end - start > 2 && isPossessive(sentence, end - 2)) {
        bounds.add(new int[] {start, end - 2});
        bounds.add(new int[] {end - 2, end});
      } else {
        bounds.add(new int[] {start, end});
      }
    }
    String[] words = new String[bounds.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = sentence.substring(bounds.get(i)[0], bounds.get(i)[1]);
    }
    String[] tags = Models.TAGGER.tag(words);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(bounds.get(i)[0], bounds.get(i)[1], words[i], tags[i]));
    }
    return tokens;
  }

  private static boolean isPossessive(String text, int at) {
    char quote = text.charAt(at);
    return (quote == '\'' || quote == '’') && (text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S');
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = PartsOfSpeech.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is missing from the class path");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("OpenNLP model " + resource + " cannot be read", e);
    }
  }
}
