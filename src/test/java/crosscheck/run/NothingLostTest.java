package crosscheck.run;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.output.OutputFiles;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The integrity check between the stages' counters and the merged files. */
class NothingLostTest {

  @Test
  void aRunThatLostRecordsIsNotUsed() {
    Map<String, Long> counts = new TreeMap<>(Map.of("files", 3L, "articles", 3L,
        "rejected", 1L, "duplicates", 1L, "id_clashes", 0L, "extracted", 2L, "failed", 0L, "claims", 5L,
        "agree", 1L, "conflict", 1L));
    counts.put("single_source", 1L);
    counts.put("dropped", 0L);
    Map<String, Long> written = new TreeMap<>(Map.of(OutputFiles.CLAIMS, 5L, OutputFiles.VALUES, 5L,
        OutputFiles.CONFLICTS, 3L, OutputFiles.GROUPS, 3L, OutputFiles.REJECTED, 2L));
    NightlyRun.checkNothingLost(counts, written);

    written.put(OutputFiles.CLAIMS, 0L);
    IllegalStateException lostLines = assertThrows(IllegalStateException.class,
        () -> NightlyRun.checkNothingLost(counts, written));
    assertTrue(lostLines.getMessage().contains("claims.jsonl has 0 records where the stages counted 5"),
        lostLines.getMessage());

    written.put(OutputFiles.CLAIMS, 5L);
    written.put(OutputFiles.GROUPS, 2L);
    assertThrows(IllegalStateException.class, () -> NightlyRun.checkNothingLost(counts, written),
        "a group judged but not written");

    written.put(OutputFiles.GROUPS, 3L);
    counts.put("extracted", 1L);
    assertThrows(IllegalStateException.class, () -> NightlyRun.checkNothingLost(counts, written),
        "an article that was read once but never reached extraction");
  }
}
