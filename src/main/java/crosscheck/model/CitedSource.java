package crosscheck.model;

import java.io.Serializable;

/**
 * One link of an attribution chain: an outlet ("Nikkei"), an organisation ("IDC"), a company speaking for itself,
 * a person with role ("Maggie Wu, chief financial officer of Alibaba Group"), or an anonymous source. {@code name}
 * is the canonical name from the alias files when {@code resolved}; otherwise it is the text as written.
 * {@code speaksFor} is the organisation a person or unit speaks for: the origin that independence counts.
 */
public record CitedSource(String name, Kind kind, String role, String speaksFor, String text, boolean resolved)
    implements Serializable {

  public enum Kind {
    OUTLET,
    ORGANISATION,
    COMPANY,
    PERSON,
    ANONYMOUS,
    UNNAMED
  }

  /** "Maggie Wu (chief financial officer, Alibaba Group)", "anonymous: two sources". */
  public String describe() {
    return switch (kind) {
      case PERSON -> name + " (" + (role.isEmpty() ? "" : role + ", ") + speaksFor + ")";
      case ANONYMOUS -> "anonymous: " + text;
      case UNNAMED -> text + " (not in the alias files)";
      default -> role.isEmpty() ? name : name + " (" + role + ")";
    };
  }
}
