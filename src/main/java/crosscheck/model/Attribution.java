package crosscheck.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a claim comes from: the reporting {@code outlet}, then the sources it cites, nearest first ("Nikkei reported,
 * citing Caixin" is the chain Nikkei, Caixin). {@code cue} is the reporting word ("said", "according to"),
 * {@code start}/{@code end} the attribution's span in the article text. {@code basis} says where it was found: the
 * claim's sentence, the sentence before, the article (a company's own disclosure cited elsewhere in the article), the
 * subject's own report (a company's results with no one cited), or nowhere, in which case the claim rests on the
 * outlet alone.
 */
public record Attribution(
    String outlet, List<CitedSource> chain, String cue, int start, int end, Basis basis, String origin,
    boolean originResolved)
    implements Serializable {

  public enum Basis {
    SENTENCE,
    PREVIOUS_SENTENCE,
    ARTICLE,
    /**
     * No one is cited for a figure the subject reports about itself (a results table, "GE recorded net earnings of
     * ..."): it rests on the subject's own report.
     */
    SUBJECT_REPORT,
    OUTLET_ONLY
  }

  public Attribution {
    chain = List.copyOf(chain);
  }

  /** "Benzinga ← Nikkei ← Caixin". */
  public String describeChain() {
    List<String> links = new ArrayList<>();
    links.add(outlet);
    chain.forEach(c -> links.add(c.describe()));
    return String.join(" ← ", links);
  }

  /** Where the attribution was found, for a reader: "'said' in this sentence". */
  public String describeBasis() {
    return switch (basis) {
      case SENTENCE -> "'" + cue + "' in this sentence";
      case PREVIOUS_SENTENCE -> "'" + cue + "' in the sentence before";
      case ARTICLE -> "'" + cue + "' elsewhere in the article: the company's own disclosure";
      case SUBJECT_REPORT -> "no one cited for the company's own results: its own report";
      case OUTLET_ONLY -> "no attribution in the text: the outlet alone";
    };
  }
}
