package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import crosscheck.config.ConfigLoader;
import crosscheck.config.EntityDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unit phrases of the seeds' real reporting, with no unit configured: the article's own names decide. */
class UnitPhrasesTest {

  private final UnitPhrases phrases = new UnitPhrases(ConfigLoader.load(null).names().unitNouns());

  private static EntityDef company(String name) {
    return new EntityDef(name, EntityDef.Kind.COMPANY, null, null, null, null, List.of(name));
  }

  private final EntityDef alibaba = company("Alibaba");
  private final EntityDef alibabaCloud = company("Alibaba Cloud");
  private final EntityDef byteDance = company("ByteDance");

  private UnitPhrases.InArticle article(EntityDef... named) {
    Map<EntityDef, Integer> counts = new LinkedHashMap<>();
    for (EntityDef e : named) {
      counts.merge(e, 1, Integer::sum);
    }
    return phrases.new InArticle(counts);
  }

  @Test
  void aPossessorsUnitPhraseIsTheNameThatExtendsItsName() {
    UnitPhrases.InArticle units = article(alibaba, alibabaCloud, byteDance);
    // "Why It's Important: Alibaba's cloud computing business is among the company's fastest-growing."
    assertEquals(alibabaCloud,
        units.afterPossessor(alibaba, "Alibaba's cloud computing business is among the company's", 7));
    // "Alibaba shares were rising": no unit phrase.
    assertNull(units.afterPossessor(alibaba, "Alibaba's shares were rising 1.2%", 7));
    assertNull(units.afterPossessor(byteDance, "ByteDance's video business", 9), "ByteDance names no unit here");
  }

  @Test
  void anAnaphorIsTheUnitSharingItsWordThenTheLastUnitSpokenOf() {
    // "Last week the company said the revenue from its cloud business grew 37%" ... "The segment grew 50% in 2020".
    UnitPhrases.InArticle units = article(byteDance, alibabaCloud, byteDance);
    assertEquals(alibabaCloud, units.ofAnaphor("its cloud business"), "a longer name sharing 'cloud'");
    assertEquals(alibabaCloud, units.ofAnaphor("The segment"), "the unit last spoken of");
  }

  @Test
  void withNoUnitNamedAnAnaphorStandsForNothingHere() {
    assertNull(article(alibaba, byteDance).ofAnaphor("the segment"));
  }
}
