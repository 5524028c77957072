package crosscheck.text;

import crosscheck.quantity.Amount;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a percent change is a fall: a decrease word right before it ("fell 3%", "down more than 3%", "a decline
 * of 3%") or right after it ("a 3% drop", "3 pct lower"), within its clause. Words from {@code decrease_cues} in
 * {@code metrics.json}.
 */
final class Direction {

  private static final String BETWEEN = "(?:\\s+(?:by|a|an|some|just|only|sharply|slightly|steeply|nearly|about|"
      + "almost|around|roughly|over|more than|less than))*";

  private final Pattern before;
  private final Pattern after;

  Direction(List<String> decreaseCues) {
    String cues = String.join("|", decreaseCues);
    this.before = Pattern.compile("(?i)(?<![\\p{L}])(?:" + cues + ")" + BETWEEN + "\\s*$");
    this.after = Pattern.compile("(?i)^\\s*(?:" + cues + ")(?![\\p{L}])");
  }

  boolean isFall(String sentence, Amount amount, int[] clause) {
    int from = Math.max(clause[0], amount.hedgeStart() - 60);
    return before.matcher(sentence.substring(from, amount.hedgeStart())).find()
        || after.matcher(sentence.substring(amount.end(), Math.min(clause[1], amount.end() + 30))).find();
  }
}
