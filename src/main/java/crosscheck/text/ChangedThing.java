package crosscheck.text;

import crosscheck.quantity.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a percent change measures when no metric of the config names it: the nouns that rose or fell ("Spain's
 * consumer price index rose 0.6 pct", "Gasoline prices rose by 5.5 pct", "the 0.7 pct decline in consumer
 * spending"). Without it every change a country reports would be one "growth rate", and its consumer prices, imports
 * and housing starts compared as if they were one figure.
 *
 * <p>The thing is read beside the change word nearest the figure in its clause, by the words' parts of speech: after
 * a change noun when "in" or "of" follows ("a 10.8 pct gain in starts"), else right before it, past auxiliaries and adverbs
 * ("imports have also risen"). It is a run of nouns and adjectives ending with a noun, joined by an inner "of" ("cost
 * of living"), of at most {@link #MOST_WORDS} words; it holds no name, no period ("February imports" is "imports"),
 * no figure, no change word and no word of {@code function_words}. A run that is itself the object of another preposition ("at
 * the wellhead rose") names nothing, nor does a verb before the change ("could go up", "went up").
 */
final class ChangedThing {

  private static final int MOST_WORDS = 4;
  /** The tagger looks two words either side: tagging two past the last word read gives that word its tag. */
  private static final int TAGGER_CONTEXT = 2;
  private static final String OF = "of";
  private static final Set<String> PREPOSITIONS_AFTER = Set.of("in", OF);
  private static final Set<String> THING_TAGS = Set.of("NOUN", "ADJ");
  private static final Set<String> SKIPPED_TAGS = Set.of("AUX", "ADV");

  private final Set<String> functionWords;

  ChangedThing(Set<String> functionWords) {
    this.functionWords = Set.copyOf(functionWords);
  }

  /** The thing the change figure {@code amount} of clause {@code clause} measures, in lower case, if it is written. */
  Optional<String> of(ParsedSentence p, Amount amount, int[] clause) {
    MetricClassifier.Cue change = nearestChange(p, amount, clause);
    if (change == null) {
      return Optional.empty();
    }
    List<PartsOfSpeech.Token> tokens = PartsOfSpeech.tokens(p.text());
    int after = indexAt(tokens, change.end());
    int before = indexAt(tokens, change.start()) - 1;
    // "a rise in consumer spending": a change written as a noun may name its thing after it ("rose in February" not)
    if (after < tokens.size() && PREPOSITIONS_AFTER.contains(tokens.get(after).text())
        && tokens.get(after).start() < clause[1]) {
      List<PartsOfSpeech.Token> tagged = PartsOfSpeech.tagFirst(tokens, after + 1 + MOST_WORDS + TAGGER_CONTEXT);
      Optional<String> thing = isNoun(tagged.get(after - 1)) ? forwards(p, tagged, after + 1, clause[1])
          : Optional.empty();
      if (thing.isPresent()) {
        return thing;
      }
    }
    // a change written after its figure ("a 5 pct pay rise") reads no further back than the figure
    int limit = change.start() >= amount.end() ? Math.max(clause[0], amount.end()) : clause[0];
    List<PartsOfSpeech.Token> tagged = PartsOfSpeech.tagFirst(tokens, before + 1 + TAGGER_CONTEXT);
    while (before >= 0 && tagged.get(before).start() >= limit && SKIPPED_TAGS.contains(tagged.get(before).tag())) {
      before--;
    }
    return backwards(p, tagged, before, limit);
  }

  /** The thing read from token {@code first} on, not past {@code limit}. */
  private Optional<String> forwards(ParsedSentence p, List<PartsOfSpeech.Token> tokens, int first, int limit) {
    List<PartsOfSpeech.Token> kept = new ArrayList<>();
    for (int i = first; i < tokens.size() && kept.size() < MOST_WORDS && tokens.get(i).end() <= limit; i++) {
      if (!isThingWord(p, tokens.get(i), i == 0) && !isInnerOf(tokens, i, kept.isEmpty())) {
        break;
      }
      kept.add(tokens.get(i));
    }
    while (!kept.isEmpty() && !isNoun(kept.get(kept.size() - 1))) {
      kept.remove(kept.size() - 1);
    }
    return joined(kept);
  }

  /** The thing read back from token {@code last}, not before {@code limit}; it must end with a noun. */
  private Optional<String> backwards(ParsedSentence p, List<PartsOfSpeech.Token> tokens, int last, int limit) {
    if (last < 0 || tokens.get(last).start() < limit || !isNoun(tokens.get(last))
        || !isThingWord(p, tokens.get(last), last == 0)) {
      return Optional.empty();
    }
    List<PartsOfSpeech.Token> kept = new ArrayList<>();
    int i = last;
    for (; i >= 0 && kept.size() < MOST_WORDS && tokens.get(i).start() >= limit; i--) {
      if (!isThingWord(p, tokens.get(i), i == 0) && !(isInnerOf(tokens, i, kept.isEmpty()) && i > 0
          && isThingWord(p, tokens.get(i - 1), i - 1 == 0))) {
        break;
      }
      kept.add(0, tokens.get(i));
    }
    // "Prices of natural gas at the wellhead rose": the run is the object of another preposition, not what rose
    int j = i >= 0 && tokens.get(i).tag().equals("DET") ? i - 1 : i;
    if (j >= 0 && tokens.get(j).tag().equals("ADP") && !tokens.get(j).text().equals(OF)) {
      return Optional.empty();
    }
    return joined(kept);
  }

  /**
   * A noun or adjective in lower case (the sentence's first word may be capitalised), or an abbreviation in capitals
   * that names no one ("the CPI rose"); not a function word, and not inside a name, a period, a figure or a change.
   */
  private boolean isThingWord(ParsedSentence p, PartsOfSpeech.Token t, boolean opensSentence) {
    String w = t.text();
    boolean lowerCase = Character.isLetter(w.charAt(0)) && (opensSentence || !Character.isUpperCase(w.charAt(0)));
    return (THING_TAGS.contains(t.tag()) && lowerCase || isAbbreviation(t))
        && !functionWords.contains(w.toLowerCase(Locale.ROOT)) && !inside(p, t);
  }

  private static boolean isAbbreviation(PartsOfSpeech.Token t) {
    return t.text().length() > 1 && (t.tag().equals("NOUN") || t.tag().equals("PROPN"))
        && t.text().chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** An "of" between two words of the thing ("cost of living"), never its first. */
  private static boolean isInnerOf(List<PartsOfSpeech.Token> tokens, int i, boolean nothingKept) {
    return !nothingKept && tokens.get(i).text().equals(OF);
  }

  private static boolean isNoun(PartsOfSpeech.Token t) {
    return t.tag().equals("NOUN") || isAbbreviation(t);
  }

  /** Whether the word is part of a name, a period, a figure or a change word of the sentence. */
  private static boolean inside(ParsedSentence p, PartsOfSpeech.Token t) {
    return p.mentions().stream().anyMatch(m -> m.start() < t.end() && t.start() < m.end())
        || p.amounts().stream().anyMatch(a -> a.hedgeStart() < t.end() && t.start() < a.end())
        || p.periods().stream().anyMatch(m -> m.start() < t.end() && t.start() < m.end())
        || p.cues().stream().anyMatch(c -> c.metric().change() && c.start() < t.end() && t.start() < c.end());
  }

  private static Optional<String> joined(List<PartsOfSpeech.Token> kept) {
    if (kept.isEmpty() || kept.get(0).text().equals(OF)) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    for (PartsOfSpeech.Token t : kept) {
      words.add(t.start() == 0 && !isAbbreviation(t) ? t.text().toLowerCase(Locale.ROOT) : t.text());
    }
    return Optional.of(String.join(" ", words));
  }

  /** The index of the first token starting at or after {@code offset}. */
  private static int indexAt(List<PartsOfSpeech.Token> tokens, int offset) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < offset) {
      i++;
    }
    return i;
  }

  /** The change cue nearest the figure within its clause, the one before it at equal distance. */
  private static MetricClassifier.Cue nearestChange(ParsedSentence p, Amount amount, int[] clause) {
    MetricClassifier.Cue best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (MetricClassifier.Cue c : p.cues()) {
      if (!c.metric().change() || c.start() < clause[0] || c.end() > clause[1]
          || c.start() < amount.end() && amount.hedgeStart() < c.end()) {
        continue;
      }
      int distance = c.end() <= amount.hedgeStart() ? amount.hedgeStart() - c.end() : c.start() - amount.end();
      if (distance < bestDistance || distance == bestDistance && c.end() <= amount.hedgeStart()) {
        best = c;
        bestDistance = distance;
      }
    }
    return best;
  }
}
