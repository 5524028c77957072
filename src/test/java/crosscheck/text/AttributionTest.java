package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.SeedArticles;
import crosscheck.config.ConfigLoader;
import crosscheck.model.Article;
import crosscheck.model.Attribution;
import crosscheck.model.Citation;
import crosscheck.model.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who each claim comes from, on sentences from the seeds and others shaped like real reporting. */
class AttributionTest {

  private final ClaimExtractor extractor = new ClaimExtractor(ConfigLoader.load(null));

  private Attribution attributionOf(String source, String text) {
    List<Claim> claims = extractor.extract(new Article("a", "a.txt", source, "2021-05", "", "", text)).claims();
    assertEquals(1, claims.size(), () -> "claims in: " + text);
    return claims.get(0).attribution();
  }

  @Test
  void attributionAfterTheNumberExtendedByWhatTheOutletCited() {
    Attribution a = attributionOf("", "TikTok has ceased using Alibaba Cloud services, Nikkei reported, citing "
        + "Chinese media company Caixin.\n\nThe termination of the TikTok deal outside of China would cost Alibaba "
        + "$800 million in revenues per year, Nikkei said.");
    assertEquals("unknown outlet of a ← Nikkei ← Caixin", a.describeChain());
    assertEquals("said", a.cue());
    assertEquals(Attribution.Basis.SENTENCE, a.basis());
    assertEquals("Caixin", a.origin());
  }

  @Test
  void anonymousSourcesThroughUnnamedMedia() {
    String text = "ByteDance moved its servers.\nThe contract is worth approximately $800 million per year, said the "
        + "sources of the Chinese financial media.";
    Attribution a = attributionOf("", text);
    assertEquals("unknown outlet of a ← the Chinese financial media (not in the alias files) ← anonymous: sources",
        a.describeChain());
    assertFalse(a.originResolved());
    assertEquals("said the sources of the Chinese financial media", text.substring(a.start(), a.end()));
  }

  @Test
  void attributionInThePreviousSentence() {
    Attribution a = attributionOf("Example Wire", "According to market research firm IDC, Alibaba is China’s "
        + "largest cloud service provider. Its market share is more than 40%.");
    assertEquals("Example Wire ← IDC", a.describeChain());
    assertEquals(Attribution.Basis.PREVIOUS_SENTENCE, a.basis());
  }

  @Test
  void accordingToAfterTheNumber() {
    Attribution a = attributionOf("Global Times", "Alibaba Cloud, founded in 2009, is by far the largest cloud "
        + "computing provider in China, with a market share of 45.5 percent in 2017, according to figures from "
        + "research firm IDC China.");
    assertEquals("Global Times ← IDC", a.describeChain());
    assertEquals("according to", a.cue());
  }

  @Test
  void aPersonWithRoleIsMergedThroughAliases() {
    Attribution wu = attributionOf("", "Alibaba Group Holding Ltd. CFO Wu Wei disclosed that Alibaba Cloud "
        + "revenue grew 37% in the first quarter.");
    assertEquals("unknown outlet of a ← Maggie Wu (chief financial officer, Alibaba Group)", wu.describeChain());
    assertEquals("Alibaba Group", wu.origin());
    Attribution maggie = attributionOf("", "In an earnings call, Maggie Wu, the chief financial officer of Alibaba "
        + "said that Alibaba Cloud revenue grew 37% in the first quarter.");
    assertEquals(wu.describeChain(), maggie.describeChain(), "Wu Wei and Maggie Wu are one person");
  }

  @Test
  void theCompanysOwnReleaseBacksItsFiguresElsewhereInTheArticle() {
    List<Claim> claims = extractor.extract(new Article("a", "a.txt", "", "2021-05-17", "", "",
        "“The customer decided to terminate the relationship,” the company said in its earnings release.\n\n"
            + "Alibaba's cloud computing business is among the company's fastest-growing. Despite growing 37% "
            + "year-over-year in the March quarter, its share of revenue fell.")).claims();
    Attribution a = claims.get(0).attribution();
    assertEquals(Attribution.Basis.ARTICLE, a.basis());
    assertEquals("unknown outlet of a ← Alibaba Group (earnings release)", a.describeChain());
  }

  @Test
  void noAttributionRestsOnTheOutletAlone() {
    Attribution a = attributionOf("Caixin Global", "Chinese cloud firms grew some 50% last year.");
    assertEquals(Attribution.Basis.OUTLET_ONLY, a.basis());
    assertEquals("Caixin", a.origin(), "the outlet's name is resolved through the alias files");
    assertTrue(a.chain().isEmpty());
  }

  @Test
  void passiveReportingVerbsCiteNoOne() {
    Attribution a = attributionOf("Global Times", "Alibaba is reported to have grown to fourth place worldwide "
        + "in 2018.");
    assertEquals(Attribution.Basis.OUTLET_ONLY, a.basis());
  }

  @Test
  void seedClaimsAreAttributedAsTheIssueSays() {
    List<Claim> claims = SeedArticles.read().stream().flatMap(a -> extractor.extract(a).claims().stream()).toList();
    for (Claim c : claims) {
      if (c.metric().equals("growth rate") && c.valueText().startsWith("37")) {
        assertEquals("Alibaba Group", c.attribution().origin(), c.id());
      }
    }
    Claim share = claims.stream().filter(c -> c.valueText().equals("45.5 percent")).findFirst().orElseThrow();
    assertEquals("IDC", share.attribution().origin());
    Claim contract = claims.stream().filter(c -> c.id().startsWith("000") && c.metric().equals("deal value"))
        .findFirst().orElseThrow();
    assertTrue(contract.attribution().describeChain().endsWith("Nikkei ← Caixin"));
  }

  /** An article citing one source in every sentence lists each claim once, on its first citation of the source. */
  @Test
  void aSourceCitedInEverySentenceListsEachClaimOnce() {
    String text = "Alibaba Cloud revenue grew 37% in 2020, according to IDC.\n\n".repeat(50);
    ClaimExtractor.Extraction extraction =
        extractor.extract(new Article("a", "a.txt", "", "2021-05", "", "", text));
    assertEquals(50, extraction.claims().size());
    List<Citation> idc = extraction.citations().stream().filter(c -> c.key().equals("IDC")).toList();
    assertEquals(50, idc.size(), "one citation per sentence");
    assertEquals(extraction.claims().stream().map(Claim::id).toList(), idc.get(0).claimIds());
    assertEquals(50, idc.stream().mapToInt(c -> c.claimIds().size()).sum(), "each claim listed once, not 50 times");
  }
}
