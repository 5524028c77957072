package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import crosscheck.config.Config;
import crosscheck.config.ConfigLoader;
import crosscheck.config.EntityDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contracts no config lists, on the seeds' real reporting of the TikTok contract with every company unlisted. */
class ContractPhrasesTest {

  private static final Config BUILT_IN = ConfigLoader.load(null);
  /** The built-in config with no company, unit, contract or industry listed. */
  private static final Config UNLISTED = BUILT_IN.withEntities(BUILT_IN.entities().stream()
      .filter(e -> !e.kind().canBeSubject())
      .map(e -> new EntityDef(e.name(), e.kind(), null, e.fiscalYearEnd(), e.domain(), e.role(), e.aliases()))
      .toList());

  private final ClaimExtractor extractor = new ClaimExtractor(UNLISTED);

  private List<String> claims(String text) {
    return Extracted.claims(extractor, "", "2021-05-17", text, Extracted::subjectMetricValue);
  }

  @Test
  void aContractWithACompanyAnotherOwnsIsTheOwnersContract() {
    assertEquals(List.of("ByteDance contract | deal value | $800 million"), claims(
        "Short-video sharing social networking service TikTok, owned by ByteDance, has ceased using Alibaba Cloud "
            + "services for the former's businesses outside Asia, Nikkei reported.\n\n"
            + "The termination of the TikTok deal outside of China would cost Alibaba $800 million in revenues per "
            + "year, Nikkei said."));
  }

  @Test
  void theContractIsTheOneTheArticleNamesEvenLater() {
    assertEquals(List.of("ByteDance contract | deal value | approximately $800 million"), claims(
        "The company decided to move its servers for TikTok from Alibaba Cloud to Amazon Web Service and Oracle. "
            + "The contract is worth approximately $800 million per year, said the sources of the Chinese financial "
            + "media.\n\nThe slow growth of its cloud business that Alibaba has seen during the first quarter is "
            + "apparently because of the loss of ByteDance’s contract."));
  }

  @Test
  void aContractDescribedByWhoAwardsItIsNotThatPartysContract() {
    // Reuters, 1987 (Raytheon): the awarding country is no party named by "the" or a possessive.
    assertEquals(List.of(), claims("It said a five year 3.55 billion dlr U.S. defense contract was awarded shortly "
        + "after the close of the first quarter.").stream().filter(c -> c.startsWith("U.S. contract")).toList());
    // Without an owner stated, the contract is the named party's.
    assertEquals(List.of("TikTok contract | deal value | $800 million"), claims(
        "The termination of the TikTok deal outside of China would cost Alibaba $800 million in revenues per year."));
  }
}
