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
    @JsonProperty("role") String role,
    @JsonProperty(value = "aliases", required = true) List<String> aliases)
    implements Serializable {

  public enum Kind {
    @JsonProperty("company") COMPANY,
    @JsonProperty("unit") UNIT,
    @JsonProperty("contract") CONTRACT,
    @JsonProperty("industry") INDUSTRY,
    /** A news outlet that reports claims: never their subject. */
    @JsonProperty("outlet") OUTLET,
    /** A research firm, regulator or other body that is cited: never a claim's subject. */
    @JsonProperty("organisation") ORGANISATION,
    /** A person who is quoted, with a role at their parent organisation. */
    @JsonProperty("person") PERSON;

    /** Whether claims can be about this kind of entity (outlets, organisations and people are only cited). */
    public boolean canBeSubject() {
      return this == COMPANY || this == UNIT || this == CONTRACT || this == INDUSTRY;
    }
  }

  public EntityDef {
    Objects.requireNonNull(name, "name");
    parent = Objects.requireNonNullElse(parent, "");
    fiscalYearEnd = Objects.requireNonNullElse(fiscalYearEnd, "");
    domain = Objects.requireNonNullElse(domain, "");
    role = Objects.requireNonNullElse(role, "");
    aliases = List.copyOf(aliases);
  }

  /** Month (1-12) in which the fiscal year ends, 0 when not configured. */
  public int fiscalYearEndMonth() {
    return fiscalYearEnd.isEmpty() ? 0 : Integer.parseInt(fiscalYearEnd);
  }
}
