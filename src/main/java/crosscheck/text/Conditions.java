package crosscheck.text;

import crosscheck.quantity.Amount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Whether a figure holds only under a condition that makes it a measure of its own ({@code conditions} in
 * {@code metrics.json}): "GDP rose at an annual rate of 2.4%" is an annualised growth rate, "net income would have
 * risen to 32.9 mln" a hypothetical net profit. Such a figure is compared only with figures under the same
 * condition: the condition's name follows the metric's ("growth rate (annualised)").
 */
final class Conditions {

  private static final int WINDOW = 60;

  private final Map<String, Pattern> patterns = new TreeMap<>();

  Conditions(Map<String, List<String>> conditions) {
    conditions.forEach((name, cues) -> patterns.put(name,
        Pattern.compile("(?i)(?<![\\p{L}])(?:" + String.join("|", cues) + ")(?![\\p{L}])")));
  }

  /** The first condition (by name) whose words stand before the figure in its clause. */
  Optional<String> of(String sentence, Amount amount, int[] clause) {
    String before = sentence.substring(Math.max(clause[0], amount.hedgeStart() - WINDOW), amount.hedgeStart());
    return patterns.entrySet().stream().filter(e -> e.getValue().matcher(before).find()).map(Map.Entry::getKey)
        .findFirst();
  }
}
