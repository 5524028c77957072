package crosscheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import crosscheck.io.Deduplication.ArticleKey;
import crosscheck.model.Article;
import crosscheck.model.Attribution;
import crosscheck.model.Citation;
import crosscheck.model.CitedSource;
import crosscheck.model.Claim;
import crosscheck.model.Period;
import crosscheck.model.Rejection;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;

class RecordCodersTest {

  private static final CitedSource PERSON = new CitedSource("Maggie Wu", CitedSource.Kind.PERSON,
      "chief financial officer", "Alibaba Group", "Maggie Wu, CFO", true);
  private static final CitedSource UNNAMED = new CitedSource("", CitedSource.Kind.UNNAMED, "", "", "a source", false);

  private static Claim claim(Double low, Double high, String converted) {
    return new Claim("a#12", "a", "Caixin", "2021-05", 3, 120, "Revenue grew “37%” — 营收.", 12, 15, "Alibaba Cloud",
        "revenue growth", new Period("2020", "in 2020", true, "said"), "37%", "about", "37", "%", converted,
        converted == null ? null : "USD", "%", low, high, null,
        new Attribution("Caixin", List.of(PERSON, UNNAMED), "said", 40, 44, Attribution.Basis.PREVIOUS_SENTENCE,
            "Alibaba Group", true),
        "Title", "https://example.com/a", true, "MCRP");
  }

  private static <T> void roundTrips(Coder<T> coder, T value) throws Exception {
    CoderProperties.coderDecodeEncodeEqual(coder, value);
    CoderProperties.coderDecodeEncodeEqual(SerializableUtils.clone(coder), value);
  }

  @Test
  void everyRecordComesBackEqualWithEveryFieldAndNull() throws Exception {
    roundTrips(RecordCoders.ARTICLE, new Article("id~1", "feed.jsonl:3", "Reuters", "2021-05", "u", "t",
        "text with ünïcödé and a \uD83D\uDE00 and\nlines"));
    roundTrips(RecordCoders.ARTICLE, new Article("id", null, null, null, null, null, ""));
    roundTrips(RecordCoders.ARTICLE_KEY, new ArticleKey("f.txt", "f", "00ff"));
    roundTrips(RecordCoders.CLAIM, claim(-0.0, Double.MAX_VALUE, "5.2"));
    roundTrips(RecordCoders.CLAIM, claim(null, null, null));
    roundTrips(RecordCoders.CITATION, new Citation("Maggie Wu", PERSON, "a", 4, "according to", List.of("a#1", "a#9")));
    roundTrips(RecordCoders.CITATION, new Citation("a source in a", UNNAMED, "a", 0, "", List.of()));
    roundTrips(RecordCoders.REJECTION, new Rejection("feed.jsonl", 12, Rejection.Stage.EXTRACT, "failed",
        "\tat x\n"));
    roundTrips(RecordCoders.REJECTION, new Rejection("a.txt", 0, Rejection.Stage.FOLDER, "folder"));
  }

  @Test
  void aCoderEqualsItsCopyAndNoOtherRecordsCoder() throws Exception {
    assertEquals(RecordCoders.CLAIM, SerializableUtils.clone(RecordCoders.CLAIM));
    assertEquals(RecordCoders.CLAIM.hashCode(), SerializableUtils.clone(RecordCoders.CLAIM).hashCode());
    assertNotEquals(RecordCoders.CLAIM, RecordCoders.ARTICLE);
  }
}
