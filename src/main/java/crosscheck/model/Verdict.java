package crosscheck.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.List;

/**
 * The verdict on one group of claims (same entity, metric and period): one row of {@code conflicts.csv}, one line of
 * {@code groups.jsonl}.
 *
 * @param key the group's key ({@link Claim#groupKey}), by which each claim refers to its group
 * @param origins how many independent origins back the group: articles passing on the same original count once
 * @param cited the original sources, resolved; an unresolved one is named as such and counted as its own
 * @param values each claim's value as written, with its article id
 * @param spread the distance between the lowest and highest value compared, with its unit
 * @param explanation one plain sentence for a reviewer saying why
 */
@JsonPropertyOrder({"key"})
public record Verdict(
    String key,
    String entity,
    String metric,
    String period,
    Kind verdict,
    int articles,
    int origins,
    String cited,
    String values,
    String spread,
    List<String> claimIds,
    String explanation)
    implements Serializable {

  public enum Kind {
    AGREE,
    CONFLICT,
    SINGLE_SOURCE
  }

  public Verdict {
    claimIds = List.copyOf(claimIds);
  }
}
