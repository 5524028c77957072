package crosscheck.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crosscheck.model.CitedSource;
import crosscheck.model.Claim;
import crosscheck.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A verdict as a schema.org {@code ClaimReview} in JSON-LD, with every property of Google's fact-check guidance that
 * the run knows: {@code url} (the subject's place in {@code report.html}), {@code claimReviewed} (a sentence of the
 * claim, no ids), {@code datePublished}, {@code author} (crosscheck), {@code reviewRating} (the verdict as a reader
 * says it), and {@code itemReviewed}, the claim: who made it ({@code author}), when ({@code datePublished}), and the
 * articles it appears in ({@code firstAppearance}, then {@code appearance}). Only schema.org properties are written.
 *
 * <p>Dates are the articles' own, never the run's, so that the same input gives the same bytes: the review is dated
 * by the latest article it reviews (it cannot be older than what it reviews), the claim by the earliest. An article
 * known only to the month or year keeps that precision (ISO 8601 "2021-05"); with no article dated, there is no date.
 */
public final class ClaimReviews {

  /** Values named in a claim reviewed; more are summed up as "among others". */
  private static final int VALUES_NAMED = 4;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Articles with no date come last, as the latest would otherwise be unknown. */
  private static final Comparator<Claim> BY_DATE = Comparator.comparing((Claim c) -> c.articleDate().isEmpty())
      .thenComparing(Claim::articleDate).thenComparing(Claim::id);

  private ClaimReviews() {}

  /**
   * @param reviewUrlBase the address the run's files are published at ("https://example.org/run/"), or "" for
   *     addresses relative to the run's folder
   */
  public static String jsonLd(Verdict verdict, List<Claim> claims, String reviewUrlBase) {
    List<Claim> byDate = claims.stream().sorted(BY_DATE).toList();
    List<String> dates = byDate.stream().map(Claim::articleDate).filter(d -> !d.isEmpty()).toList();
    ObjectNode review = JSON.createObjectNode();
    review.put("@context", "https://schema.org");
    review.put("@type", "ClaimReview");
    review.put("url", url(reviewUrlBase, ReportPage.anchor(verdict.claimIds().get(0))));
    review.put("claimReviewed", claimReviewed(verdict, claims));
    if (!dates.isEmpty()) {
      review.put("datePublished", dates.get(dates.size() - 1));
    }
    review.putObject("author").put("@type", "Organization").put("name", "crosscheck");
    ObjectNode rating = review.putObject("reviewRating");
    rating.put("@type", "Rating");
    rating.put("alternateName", ReportPage.label(verdict.verdict()));
    rating.put("ratingExplanation", withoutIds(verdict.explanation(), claims));
    ObjectNode item = review.putObject("itemReviewed");
    item.put("@type", "Claim");
    item.putObject("about").put("@type", "Thing").put("name", verdict.entity());
    Map<String, ObjectNode> authors = authorsOf(claims);
    if (!authors.isEmpty()) {
      item.putArray("author").addAll(authors.values());
    }
    if (!dates.isEmpty()) {
      item.put("datePublished", dates.get(0));
    }
    item.set("firstAppearance", appearance(byDate.get(0)));
    ArrayNode appearances = item.putArray("appearance");
    byDate.subList(1, byDate.size()).forEach(c -> appearances.add(appearance(c)));
    return review.toString();
  }

  /**
   * The verdict's explanation as a reader can follow it: each article id replaced by the article's outlet and date
   * ("Caixin Global (2021-06)"), longer ids first (a renamed "a~1234abcd" holds "a").
   */
  static String withoutIds(String explanation, List<Claim> claims) {
    Map<String, String> byId = new java.util.TreeMap<>(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    for (Claim c : claims) {
      String outlet = c.outlet().isEmpty() ? "an article" : c.outlet();
      byId.put(c.articleId(), c.articleDate().isEmpty() ? outlet : outlet + " (" + c.articleDate() + ")");
    }
    String readable = explanation;
    for (Map.Entry<String, String> e : byId.entrySet()) {
      readable = readable.replace(e.getKey(), e.getValue());
    }
    return readable;
  }

  private static String url(String base, String anchor) {
    String folder = base.isEmpty() || base.endsWith("/") ? base : base + "/";
    return folder + OutputFiles.REPORT + "#" + anchor;
  }

  /**
   * "The growth rate of Alibaba Cloud in 2020 was 50% or 56%.": the values as written, each value once ("37%" and "37
   * percent" are one).
   */
  static String claimReviewed(Verdict verdict, List<Claim> claims) {
    Map<String, String> values = new LinkedHashMap<>();
    claims.stream().sorted(Comparator.comparing(Claim::id))
        .forEach(c -> values.putIfAbsent(c.qualifier() + " " + c.value() + " " + c.unit(), c.valueText()));
    List<String> named = new ArrayList<>(values.values()).subList(0, Math.min(values.size(), VALUES_NAMED));
    String said = named.size() == 1 ? named.get(0)
        : String.join(", ", named.subList(0, named.size() - 1)) + " or " + named.get(named.size() - 1);
    return "The " + verdict.metric() + " of " + verdict.entity() + " " + when(verdict.period()) + " was " + said
        + (values.size() > VALUES_NAMED ? ", among others." : ".");
  }

  /** A period label as said in a sentence: "in 2021-Q1", "on 2021-06-08", "per year", "as of 2021-05". */
  private static String when(String period) {
    if (period.startsWith("per ") || period.startsWith("as of ")) {
      return period;
    }
    return (period.matches("\\d{4}-\\d{2}-\\d{2}") ? "on " : "in ") + period;
  }

  /**
   * Who made the claim: the origin of each value's attribution chain (the person quoted, with the organisation they
   * speak for, or the organisation), or the outlet when it cites no one. Anonymous and unresolved sources name no
   * author. By name, each once, in claim order.
   */
  private static Map<String, ObjectNode> authorsOf(List<Claim> claims) {
    Map<String, ObjectNode> authors = new LinkedHashMap<>();
    for (Claim claim : claims.stream().sorted(Comparator.comparing(Claim::id)).toList()) {
      List<CitedSource> chain = claim.attribution().chain();
      if (chain.isEmpty()) {
        if (!claim.outlet().isEmpty()) {
          authors.putIfAbsent(claim.outlet(), organization(claim.outlet()));
        }
        continue;
      }
      CitedSource origin = chain.get(chain.size() - 1);
      if (!origin.resolved()) {
        continue;
      }
      switch (origin.kind()) {
        case PERSON -> authors.computeIfAbsent(origin.name(), name -> {
          ObjectNode person = JSON.createObjectNode().put("@type", "Person").put("name", name);
          if (!origin.role().isEmpty()) {
            person.put("jobTitle", origin.role());
          }
          person.set("worksFor", organization(origin.speaksFor()));
          return person;
        });
        case OUTLET, ORGANISATION, COMPANY -> authors.putIfAbsent(origin.name(), organization(origin.name()));
        case ANONYMOUS, UNNAMED -> { }
      }
    }
    return authors;
  }

  private static ObjectNode organization(String name) {
    return JSON.createObjectNode().put("@type", "Organization").put("name", name);
  }

  /** The article a value appears in, with the sentence that says it and the chain it is passed on by. */
  private static ObjectNode appearance(Claim c) {
    ObjectNode article = JSON.createObjectNode();
    article.put("@type", "NewsArticle");
    article.put("identifier", c.articleId());
    putIfPresent(article, "headline", c.articleTitle());
    putIfPresent(article, "url", c.articleUrl());
    putIfPresent(article, "datePublished", c.articleDate());
    if (!c.outlet().isEmpty()) {
      article.set("publisher", organization(c.outlet()));
    }
    article.put("text", c.sentence());
    article.put("citation", c.attribution().describeChain());
    return article;
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (!value.isEmpty()) {
      node.put(field, value);
    }
  }
}
