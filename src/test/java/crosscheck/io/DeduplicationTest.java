package crosscheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.io.Deduplication.ArticleKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeduplicationTest {

  private static ArticleKey key(String file, String id, String text) {
    return new ArticleKey(file, id, Sha256.hex(text));
  }

  @Test
  void familiesStripEveryRenameSuffix() {
    assertEquals("a", Deduplication.idFamily("a~0123abcd~89abcdef"));
    assertEquals("a~0123ABCD", Deduplication.idFamily("a~0123ABCD"), "not a suffix this code writes");
    assertEquals("a~12", Deduplication.idFamily("a~12"));
  }

  /** A renamed id that is another file's id gets another: ids are unique after every rename, in any order. */
  @Test
  void aRenameNeverTakesAnIdThatExists() {
    String text = "Alibaba Cloud revenue grew 20% in 2020.";
    String renamed = "a~" + Sha256.hex(text).substring(0, 8);
    List<ArticleKey> keys = new ArrayList<>(List.of(key("a.txt", "a", "Alibaba Cloud grew 37%."),
        key("feed.jsonl:1", "a", text), key(renamed + ".txt", renamed, "Another article."),
        key("feed.jsonl:2", "a", "A third text under a.")));
    Deduplication.Decisions first = Deduplication.of(keys);
    Set<String> ids = new HashSet<>();
    for (ArticleKey k : keys) {
      assertTrue(ids.add(first.idByFile().getOrDefault(k.file(), k.id())), "unique ids: " + first.idByFile());
    }
    assertEquals(2, first.idByFile().size());
    assertTrue(first.reports().stream().anyMatch(r -> r.reason().contains("kept as 'a~")));
    for (long seed = 0; seed < 20; seed++) {
      Collections.shuffle(keys, new Random(seed));
      assertEquals(first, Deduplication.of(keys), "the same decisions in any order");
    }
  }

  @Test
  void theSameTextIsKeptOnceFromTheFirstFile() {
    Deduplication.Decisions decisions = Deduplication.of(List.of(key("b.txt", "b", "Same."),
        key("a.txt", "a", "Same."), key("c.txt", "a", "Other.")));
    assertEquals(Set.of("b.txt"), decisions.droppedFiles());
    assertEquals("c.txt", decisions.idByFile().keySet().iterator().next(), "a.txt keeps 'a'");
  }
}
