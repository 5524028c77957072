package crosscheck.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** One entity of {@code entities.json}; see the comment at the top of that file. */
public record EntityDef(
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty(value = "kind", required = true) Kind kind,
    @JsonProperty("parent") String parent,
    @JsonProperty("fiscal_year_end") String fiscalYearEnd,
    @JsonProperty("domain") String domain,
    @JsonProperty(value = "aliases", required = true) List<String> aliases)
    implements Serializable {

  public enum Kind {
    @JsonProperty("company") COMPANY,
    @JsonProperty("unit") UNIT,
    @JsonProperty("contract") CONTRACT,
    @JsonProperty("industry") INDUSTRY,
    @JsonProperty("source") SOURCE
  }

  public EntityDef {
    Objects.requireNonNull(name, "name");
    parent = Objects.requireNonNullElse(parent, "");
    fiscalYearEnd = Objects.requireNonNullElse(fiscalYearEnd, "");
    domain = Objects.requireNonNullElse(domain, "");
    aliases = List.copyOf(aliases);
  }

  /** Month (1-12) in which the fiscal year ends, 0 when not configured. */
  public int fiscalYearEndMonth() {
    return fiscalYearEnd.isEmpty() ? 0 : Integer.parseInt(fiscalYearEnd);
  }
}
