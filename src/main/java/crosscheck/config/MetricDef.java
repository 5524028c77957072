package crosscheck.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** One metric of {@code metrics.json}; see the comment at the top of that file. */
public record MetricDef(
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty(value = "unit", required = true) Unit unit,
    @JsonProperty(value = "kind", required = true) Kind kind,
    @JsonProperty("entity_kind") EntityDef.Kind entityKind,
    @JsonProperty("explicit_entity") boolean explicitEntity,
    @JsonProperty("reported_by_subject") boolean reportedBySubject,
    @JsonProperty("change") boolean change,
    @JsonProperty("growth") String growth,
    @JsonProperty("changes_only") boolean changesOnly,
    @JsonProperty("target_is_subject") boolean targetIsSubject,
    @JsonProperty("opposite") String opposite,
    @JsonProperty("loss") boolean loss,
    @JsonProperty("adjacent") boolean adjacent,
    @JsonProperty("per_share") boolean perShare,
    @JsonProperty("quoted_per_share") boolean quotedPerShare,
    @JsonProperty("min_value") double minValue,
    @JsonProperty("narrows") String narrows,
    @JsonProperty("bare_cues") List<String> bareCues,
    @JsonProperty("small_per_share") boolean smallPerShare,
    @JsonProperty(value = "cues", required = true) List<String> cues,
    @JsonProperty("anywhere_cues") List<String> anywhereCues,
    @JsonProperty("companies_only") boolean companiesOnly)
    implements Serializable {

  /** What kind of number the metric takes. */
  public enum Unit {
    @JsonProperty("money") MONEY,
    @JsonProperty("percent") PERCENT,
    @JsonProperty("rank") RANK,
    /** A volume of things, with the noun that counts them: "60.6 million smartphones". */
    @JsonProperty("count") COUNT
  }

  /** How a metric relates to time: over a period (revenue in 2020) or at a point in time (market share). */
  public enum Kind {
    @JsonProperty("flow") FLOW,
    @JsonProperty("stock") STOCK
  }

  public MetricDef {
    Objects.requireNonNull(name, "name");
    growth = Objects.requireNonNullElse(growth, "");
    opposite = Objects.requireNonNullElse(opposite, "");
    narrows = Objects.requireNonNullElse(narrows, "");
    bareCues = List.copyOf(Objects.requireNonNullElse(bareCues, List.of()));
    cues = List.copyOf(cues);
    anywhereCues = List.copyOf(Objects.requireNonNullElse(anywhereCues, List.of()));
  }
}
