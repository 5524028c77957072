package crosscheck.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.Locale;

/**
 * One number said about one subject in one sentence, with everything needed to trace it back and to compare it.
 *
 * <p>{@code sentenceStart}, {@code start} and {@code end} are character offsets of the sentence and of the value (with its qualifier and any parenthetical
 * conversion) in the article text. {@code value} is the number times its scale in {@code unit} (an ISO currency
 * code, "%" or "rank"); {@code convertedValue}/{@code convertedUnit} carry the article's own conversion. {@code low}
 * and {@code high} bound what the value allows in {@code compareUnit}, given its precision and qualifier; null means
 * unbounded ("more than 40%" has no upper bound). {@code attribution} says who the claim comes from. {@code ticker}
 * is the one the article's headline gives the claim's subject ("MCRP" of "MARINE CORP &lt;MCRP.O&gt; 3RD QTR NET"),
 * or "": it tells apart companies of one name.
 */
@JsonPropertyOrder({"id", "articleId", "entity", "metric", "period", "valueText", "attribution"})
public record Claim(
    String id,
    String articleId,
    String outlet,
    String articleDate,
    int sentenceIndex,
    int sentenceStart,
    String sentence,
    int start,
    int end,
    String entity,
    String metric,
    Period period,
    String valueText,
    String qualifier,
    String value,
    String unit,
    String convertedValue,
    String convertedUnit,
    String compareUnit,
    Double low,
    Double high,
    String comparisonNote,
    Attribution attribution,
    String articleTitle,
    String articleUrl,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean measureUnnamed,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) String ticker)
    implements Serializable {

  /** The same claim about {@code newEntity} ("Marine &lt;MCRP&gt;" where two companies are called Marine). */
  public Claim withEntity(String newEntity) {
    return new Claim(id, articleId, outlet, articleDate, sentenceIndex, sentenceStart, sentence, start, end, newEntity,
        metric, period, valueText, qualifier, value, unit, convertedValue, convertedUnit, compareUnit, low, high,
        comparisonNote, attribution, articleTitle, articleUrl, measureUnnamed, ticker);
  }

  /**
   * Whether a claim's metric is {@code metric} (any case), under a condition or narrowed to what it measures: "output"
   * is of "output (forecast)", "wheat output" and "wheat output (forecast)".
   */
  public static boolean isOfMetric(String claimMetric, String metric) {
    String measure = claimMetric.endsWith(")") && claimMetric.contains(" (")
        ? claimMetric.substring(0, claimMetric.lastIndexOf(" (")) : claimMetric;
    return measure.equalsIgnoreCase(metric) || measure.toLowerCase(Locale.ROOT).endsWith(" "
        + metric.toLowerCase(Locale.ROOT));
  }

  /**
   * Entity, metric and period; a claim whose period is unresolved, or whose measure no text names ({@code
   * measureUnnamed}: a country's "rose 5 pct" with nothing that rose, or a country's "revenue"), is never compared
   * with another article's, so its key also names its article.
   */
  public String groupKey() {
    String key = entity + "|" + metric + "|" + period.label();
    return period.resolved() && !measureUnnamed ? key : key + "|" + articleId;
  }
}
