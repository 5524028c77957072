package crosscheck.text;

import crosscheck.quantity.Amount;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sentence with what was found in it; offsets are relative to the sentence. {@code conversions} pairs an amount
 * with the amount in another currency written beside it ("RMB 16.7 billion (around $2.6 billion)"), whose values
 * are in {@code converted}; {@code notClaims} are the numbers that a not-claim phrase near them rules out (a share price);
 * {@code words} are its words, untagged ({@link PartsOfSpeech#tokens}), cut once for every reader of the sentence.
 */
record ParsedSentence(Sentence sentence, List<EntityMention> mentions, List<Amount> amounts,
    Map<Amount, Amount> conversions, Set<Amount> converted, List<PeriodMention> periods, List<int[]> clauses,
    List<MetricClassifier.Cue> cues, Set<Amount> notClaims, List<PartsOfSpeech.Token> words) {

  ParsedSentence withMentions(List<EntityMention> resolved) {
    return new ParsedSentence(sentence, List.copyOf(resolved), amounts, conversions, converted, periods, clauses, cues,
        notClaims, words);
  }

  String text() {
    return sentence.text();
  }

  /** The clause that holds {@code position}. */
  int[] clauseAround(int position) {
    return clauses.get(clauseOf(clauses, position));
  }

  /** The index of the clause of {@code clauses} that holds {@code position} (the last one past the end). */
  static int clauseOf(List<int[]> clauses, int position) {
    for (int i = 0; i < clauses.size(); i++) {
      if (position < clauses.get(i)[1]) {
        return i;
      }
    }
    return clauses.size() - 1;
  }
}
