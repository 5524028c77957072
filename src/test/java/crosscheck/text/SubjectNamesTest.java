package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import crosscheck.config.ConfigLoader;
import crosscheck.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One subject per company in a run, from the name alone; companies that share a word stay apart. */
class SubjectNamesTest {

  private final SubjectNames names = new SubjectNames(ConfigLoader.load(null).names());

  @Test
  void aCompanyGoesByOneName() {
    assertEquals("Toyota", names.canonical("Toyota Motor Corp"));
    assertEquals("Toyota", names.canonical("Toyota"));
    assertEquals("Toyota", names.canonical("Toyota's"));
    assertEquals("London Stock Exchange", names.canonical("the London Stock Exchange"));
    assertEquals("National Westminster Bank", names.canonical("NATIONAL WESTMINSTER BANK PLC"));
    assertEquals("General Motors", names.canonical("General Motors Corp."));
    assertEquals("BP", names.canonical("BP"));
  }

  @Test
  void companiesThatShareAWordStayApart() {
    assertNotEquals(names.canonical("Deutsche Bank"), names.canonical("Deutsche Boerse"));
    assertNotEquals(names.canonical("Air India"), names.canonical("Air India Express"));
  }

  @Test
  void aNameIsNeverShortenedToAPlaceOrAPlainWord() {
    // Reuters headlines of 1987: two Texas companies' results, both read as "Texas"'s before
    assertEquals("Texas Industries", names.canonical("TEXAS INDUSTRIES INC"));
    assertEquals("Texas International", names.canonical("TEXAS INTERNATIONAL CO"));
    assertEquals("United Industrial", names.canonical("UNITED INDUSTRIAL CORP"));
    assertEquals("Federal Co", names.canonical("Federal Co"));
    assertEquals("Federal Co", names.canonical("FEDERAL CO"));
    assertEquals("Federal Industries", names.canonical("Federal Industries Ltd"));
    assertEquals("American Motors", names.canonical("American Motors Corp"));
    assertEquals("Texas Instruments", names.canonical("Texas Instruments Inc"));
    // Reuters 588 and 4420: two companies (sample 5 of the conflict checks)
    assertNotEquals(names.canonical("North Atlantic Technologies Inc"), names.canonical("North Atlantic Industries"));
    assertEquals("Union Pacific", names.canonical("Union Pacific Corp"));
  }

  @Test
  void twoNamesRunTogetherAreNotOneName() {
    assertEquals(true, names.isOneName("Goodyear Tire and Rubber"));
    assertEquals(false, names.isOneName("Gencorp Inc and Continental AG of Hanover"));
    assertEquals(false, names.isOneName("Pennzoil Co Chairman J"));
    assertEquals(false, names.isOneName("HBO and"));
  }

  @Test
  void anAcronymTheArticleGivesIsTheSameCompany() {
    ClaimExtractor extractor = new ClaimExtractor(ConfigLoader.load(null));
    List<String> subjects = extractor.extract(new Article("a", "a.txt", "", "2005-02-01", "", "",
            "General Motors (GM) said its net income was $2.8bn in 2004. GM's revenue rose 4% in 2004."))
        .claims().stream().map(c -> c.entity()).distinct().toList();
    assertEquals(List.of("General Motors"), subjects);
  }
}
