package crosscheck.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.corpus.PlainRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeds' ClaimReviews as a fact-checking site would publish them (Google's ClaimReview guidance). */
class ClaimReviewsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ARTICLE_ID = Pattern.compile("\\d{3}_[0-9a-f]{16}");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  /** The schema.org properties each type may carry here: anything else is not schema.org. */
  private static final Map<String, Set<String>> SCHEMA_ORG = Map.of(
      "ClaimReview", Set.of("@context", "@type", "url", "claimReviewed", "datePublished", "author", "reviewRating",
          "itemReviewed"),
      "Rating", Set.of("@type", "alternateName", "ratingExplanation"),
      "Claim", Set.of("@type", "about", "author", "datePublished", "firstAppearance", "appearance"),
      "NewsArticle", Set.of("@type", "identifier", "headline", "url", "datePublished", "publisher", "text",
          "citation"),
      "Organization", Set.of("@type", "name"),
      "Person", Set.of("@type", "name", "jobTitle", "worksFor"),
      "Thing", Set.of("@type", "name"));

  @TempDir Path tmp;

  @Test
  void everyReviewHasTheRequiredAndRecommendedPropertiesAndOnlySchemaOrgOnes() throws IOException {
    List<JsonNode> reviews = reviews(Path.of("output"));
    assertEquals(4, reviews.size());
    String page = Files.readString(Path.of("output", OutputFiles.REPORT), UTF_8);
    for (JsonNode review : reviews) {
      String url = review.get("url").asText();
      assertTrue(url.startsWith("report.html#subject-"), url);
      assertTrue(page.contains("id=\"" + url.substring(url.indexOf('#') + 1) + "\""), "the anchor is on the page");
      String claim = review.get("claimReviewed").asText();
      assertFalse(ARTICLE_ID.matcher(claim).find(), "no internal ids: " + claim);
      assertTrue(claim.endsWith(".") && claim.length() < 200, claim);
      String why = review.at("/reviewRating/ratingExplanation").asText();
      assertFalse(ARTICLE_ID.matcher(why).find(), "articles named by outlet and date, not id: " + why);
      assertTrue(DATE.matcher(review.get("datePublished").asText()).matches());
      assertEquals("crosscheck", review.at("/author/name").asText());
      assertTrue(Set.of("Sources agree", "Sources conflict").contains(review.at("/reviewRating/alternateName")
          .asText()));
      JsonNode item = review.get("itemReviewed");
      assertTrue(item.get("author").size() >= 1, "who made the claim");
      for (JsonNode author : item.get("author")) {
        assertTrue(Set.of("Person", "Organization").contains(author.get("@type").asText()));
        assertFalse(author.get("name").asText().isEmpty());
      }
      assertTrue(item.get("datePublished").asText().compareTo(review.get("datePublished").asText()) <= 0,
          "the claim is no younger than its review");
      assertEquals(item.get("datePublished").asText(), item.at("/firstAppearance/datePublished").asText(),
          "the first appearance is the earliest article");
      assertTrue(item.get("appearance").size() >= 1);
      assertOnlySchemaOrg(review);
    }
    JsonNode conflict = reviews.stream()
        .filter(r -> r.at("/reviewRating/alternateName").asText().equals("Sources conflict")).findFirst().orElseThrow();
    assertEquals("The growth rate of Alibaba Cloud in 2020 was 50% or 56%.", conflict.get("claimReviewed").asText());
    assertEquals("2021-06", conflict.get("datePublished").asText(), "the latest article's date");
    assertTrue(conflict.at("/reviewRating/ratingExplanation").asText().startsWith("an article (2021-05) '50%' allows "
        + "at most 50.5% but Caixin Global (2021-06) '56%'"), conflict.at("/reviewRating/ratingExplanation").asText());
  }

  @Test
  void aPublishedRunGivesAbsoluteReviewAddressesAndArticleUrls() throws IOException {
    Path out = tmp.resolve("out");
    PlainRun.main(new String[] {"--input=" + HostileInput.write(tmp.resolve("in")), "--output=" + out,
        "--reviewUrlBase=https://checks.example.org/2026-11-26"});
    List<JsonNode> reviews = reviews(out);
    assertFalse(reviews.isEmpty());
    for (JsonNode review : reviews) {
      assertTrue(review.get("url").asText().startsWith("https://checks.example.org/2026-11-26/report.html#subject-"),
          review.get("url").asText());
      assertOnlySchemaOrg(review);
    }
    assertTrue(reviews.stream().anyMatch(r -> r.at("/itemReviewed/appearance").findValuesAsText("url").stream()
        .anyMatch(url -> url.startsWith("https://example.com/"))), "the article's url, when the input gives one");
  }

  private static List<JsonNode> reviews(Path dir) throws IOException {
    List<JsonNode> reviews = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(OutputFiles.CLAIM_REVIEWS), UTF_8)) {
      reviews.add(JSON.readTree(line));
    }
    return reviews;
  }

  private static void assertOnlySchemaOrg(JsonNode node) {
    if (node.isArray()) {
      node.forEach(ClaimReviewsTest::assertOnlySchemaOrg);
      return;
    }
    if (!node.isObject()) {
      return;
    }
    Set<String> allowed = SCHEMA_ORG.get(node.get("@type").asText());
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      assertTrue(allowed.contains(name), node.get("@type").asText() + " has " + name + ", not schema.org");
      assertOnlySchemaOrg(node.get(name));
    }
  }
}
