package crosscheck.model;

import java.io.Serializable;
import java.util.List;

/**
 * One article citing one source, whether or not a claim rests on it: the rows of {@code attribution.csv} are these,
 * grouped by {@code key} (the source's canonical name; an unresolved source is keyed by its text and article, since
 * nothing says two articles' "sources familiar with the matter" are the same people).
 *
 * @param claimIds the claims of the article that rest on the source, on the article's first citation of it; its
 *     later citations in the article carry none, so that the claims are listed once per article
 */
public record Citation(String key, CitedSource source, String articleId, int sentenceIndex, String cue,
    List<String> claimIds) implements Serializable {

  public Citation {
    claimIds = List.copyOf(claimIds);
  }

  public static String keyOf(CitedSource source, String articleId) {
    return source.resolved() ? source.name() : source.describe() + " in " + articleId;
  }
}
