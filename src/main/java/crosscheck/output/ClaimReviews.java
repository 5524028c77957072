package crosscheck.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crosscheck.model.Claim;
import crosscheck.model.Verdict;
import java.util.Comparator;
import java.util.List;

/**
 * A verdict as a schema.org {@code ClaimReview} in JSON-LD, the form fact-checking sites publish: the verdict is the
 * review's rating, and the articles that make the claim are the appearances of the claim reviewed.
 */
public final class ClaimReviews {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ClaimReviews() {}

  public static String jsonLd(Verdict verdict, List<Claim> claims) {
    ObjectNode review = JSON.createObjectNode();
    review.put("@context", "https://schema.org");
    review.put("@type", "ClaimReview");
    review.put("identifier", verdict.entity() + " | " + verdict.metric() + " | " + verdict.period());
    review.put("claimReviewed", verdict.entity() + ", " + verdict.metric() + ", " + verdict.period() + ": "
        + verdict.values());
    review.putObject("author").put("@type", "Organization").put("name", "crosscheck");
    ObjectNode rating = review.putObject("reviewRating");
    rating.put("@type", "Rating");
    rating.put("alternateName", verdict.verdict().name());
    rating.put("ratingExplanation", verdict.explanation());
    ObjectNode item = review.putObject("itemReviewed");
    item.put("@type", "Claim");
    item.putObject("about").put("@type", "Thing").put("name", verdict.entity());
    ArrayNode appearances = item.putArray("appearance");
    claims.stream().sorted(Comparator.comparing(Claim::id)).forEach(c -> {
      ObjectNode article = appearances.addObject();
      article.put("@type", "NewsArticle");
      article.put("identifier", c.articleId());
      putIfPresent(article, "headline", c.articleTitle());
      putIfPresent(article, "url", c.articleUrl());
      putIfPresent(article, "datePublished", c.articleDate());
      if (!c.attribution().outlet().startsWith("unknown outlet")) {
        article.putObject("publisher").put("@type", "Organization").put("name", c.attribution().outlet());
      }
      article.put("text", c.sentence());
      article.put("citation", c.attribution().describeChain());
    });
    review.put("numberOfIndependentOrigins", verdict.origins());
    return review.toString();
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (!value.isEmpty()) {
      node.put(field, value);
    }
  }
}
