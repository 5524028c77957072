package crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.config.ConfigLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter(ConfigLoader.load(null).abbreviations());

  private List<String> texts(String text) {
    return splitter.split(text).stream().map(Sentence::text).toList();
  }

  @Test
  void keepsCompanySuffixesAndUsWhole() {
    String text = "Last year the domestic leader, part of the group that includes e-commerce giant Alibaba and an "
        + "affiliate of financial services titan Ant Group Co. Ltd., made about 55.58 billion yuan ($8.6 billion). "
        + "That was up 56% year-on-year.";
    assertEquals(2, texts(text).size());
    assertEquals(List.of("Alibaba Cloud has suspended its expansion in the U.S.", "Since Joe Biden took office."),
        texts("Alibaba Cloud has suspended its expansion in the U.S. Since Joe Biden took office."
            .replace("U.S. Since", "U.S.\nSince")));
    assertEquals(1, texts("Alibaba Group Holding Ltd. CFO Wu Wei disclosed the reason behind the slump.").size());
  }

  @Test
  void splitsAfterClosingQuotesAndKeepsDecimals() {
    List<String> sentences = texts("“These governments and enterprises are our clients.” Xu told Caixin. "
        + "Alibaba shares were rising 0.48% to $210.51 Monday at publication.");
    assertEquals(3, sentences.size());
    assertEquals("Xu told Caixin.", sentences.get(1));
  }

  @Test
  void paragraphsAreLines() {
    List<Sentence> sentences = splitter.split("First line here.\nSecond line. Third one.\n\nFourth.");
    assertEquals(List.of(0, 1, 1, 2), sentences.stream().map(Sentence::paragraph).toList());
    Sentence third = sentences.get(2);
    assertEquals("Third one.", "First line here.\nSecond line. Third one.\n\nFourth.".substring(third.start(),
        third.end()));
  }

  @Test
  void boundsSentencesWithoutFullStops() {
    String text = "word ".repeat(10_000) + "x".repeat(20_000);
    List<Sentence> sentences = splitter.split(text);
    assertTrue(sentences.stream().allMatch(s -> s.text().length() <= 2 * SentenceSplitter.MAX_SENTENCE_CHARS));
    assertEquals(text.replace(" ", "").length(),
        sentences.stream().mapToInt(s -> s.text().replace(" ", "").length()).sum(), "no text lost");
  }
}
