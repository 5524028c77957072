package crosscheck.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import crosscheck.model.Citation;
import crosscheck.model.CitedSource;
import crosscheck.model.Claim;
import crosscheck.model.Rejection;
import crosscheck.model.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeSet;

/**
 * The text form of each output record: one JSON line per claim, group or rejection, one CSV row per verdict or cited
 * source. (Which file each goes to, in what order, is {@link OutputFiles}.)
 */
public final class Records {

  private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

  private Records() {}

  public static String json(Object record) {
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A claim with its group's key and verdict: the claim's fields, then {@code group}: key and verdict. The rest of
   * the group (its members, values and explanation) is written once, in its {@link #groupLine}, so that a claim's
   * line does not grow with its group. Sorted by the claim's id, the line's first field.
   */
  public static String claimLine(Claim claim, Verdict.Kind verdict) {
    return json(new ClaimLine(claim, new GroupOfClaim(claim.groupKey(), verdict.name()))) + "\n";
  }

  /** A claims line: the claim's own fields, then its group (written straight, not through a tree: it is faster). */
  @JsonPropertyOrder({"claim", "group"})
  private record ClaimLine(@JsonUnwrapped Claim claim, GroupOfClaim group) {}

  private record GroupOfClaim(String key, String verdict) {}

  /**
   * A group's own record, the one place its members are listed: key, entity, metric, period, verdict, articles,
   * origins, cited, values, spread, claimIds and explanation. Sorted by the key, the line's first field.
   */
  public static String groupLine(Verdict verdict) {
    return json(verdict) + "\n";
  }

  /**
   * The sort key of a line of the claims or groups file, read back from the line's first field: the files are
   * sorted by it, so a look-up can binary-search them.
   */
  public static String sortKeyOfLine(String line) {
    try (JsonParser parser = JSON.getFactory().createParser(line)) {
      boolean keyFirst = parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
          && parser.nextToken() == JsonToken.VALUE_STRING;
      return keyFirst ? parser.getText() : "";
    } catch (IOException e) {
      return "";
    }
  }

  public static String rejectionLine(Rejection rejection) {
    return json(rejection) + "\n";
  }

  public static String conflictRow(Verdict v) {
    return SpreadsheetCsv.row(List.of(v.entity(), v.metric(), v.period(), v.verdict().name(), v.articles(),
        v.origins(), v.cited(), v.values(), v.spread(), String.join(" ", v.claimIds()), v.explanation()));
  }

  /** One value of a subject, with its article: a row of {@code values.csv}. */
  public static String valueRow(Verdict v, Claim c) {
    return SpreadsheetCsv.row(List.of(v.key(), v.entity(), v.metric(), v.period(), v.verdict().name(), c.valueText(),
        c.id(), c.articleId(), c.outlet(), c.articleTitle(), c.articleUrl(), c.articleDate()));
  }

  /** One cited source with every article that cites it and every claim that rests on it. */
  public static String attributionRow(List<Citation> citations) {
    Citation first = citations.stream().min(java.util.Comparator.comparing(Citation::articleId)
        .thenComparingInt(Citation::sentenceIndex)).orElseThrow();
    TreeSet<String> articles = new TreeSet<>();
    TreeSet<String> claims = new TreeSet<>();
    TreeSet<String> cues = new TreeSet<>();
    TreeSet<String> roles = new TreeSet<>();
    for (Citation c : citations) {
      articles.add(c.articleId());
      claims.addAll(c.claimIds());
      cues.add(c.cue());
      if (!c.source().role().isEmpty()) {
        roles.add(c.source().role());
      }
    }
    CitedSource source = first.source();
    return SpreadsheetCsv.row(List.of(first.key(), source.kind().name().toLowerCase(java.util.Locale.ROOT),
        String.join("; ", roles), source.resolved() ? source.speaksFor() : "unresolved", articles.size(),
        String.join(" ", articles), claims.size(), String.join(" ", claims), String.join("; ", cues)));
  }
}
