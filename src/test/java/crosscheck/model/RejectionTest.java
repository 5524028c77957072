package crosscheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.output.Records;
import org.junit.jupiter.api.Test;

class RejectionTest {

  /** Stands for the extractor: the code a crash is reported from. */
  static final class Entry {
    static void extract() {
      try {
        Integer.parseInt("x");
      } catch (NumberFormatException e) {
        throw new IllegalStateException("cannot read a figure", e);
      }
    }
  }

  @Test
  void aCrashKeepsItsMessageAndAStackCutBelowTheEntry() {
    RuntimeException crash = null;
    try {
      Entry.extract();
    } catch (RuntimeException e) {
      crash = e;
    }
    Rejection r = Rejection.ofCrash("feed.jsonl:12", Rejection.Stage.EXTRACT, crash, Entry.class);
    assertEquals("feed.jsonl", r.file());
    assertEquals(12, r.line());
    assertEquals("Entry failed: java.lang.IllegalStateException: cannot read a figure", r.reason());
    assertTrue(r.stack().startsWith("java.lang.IllegalStateException: cannot read a figure\n\tat crosscheck.model."
        + "RejectionTest$Entry.extract("), r.stack());
    assertTrue(r.stack().contains("Caused by: java.lang.NumberFormatException: For input string: \"x\"\n"));
    assertFalse(r.stack().contains("RejectionTest.aCrash"), "nothing of the caller: " + r.stack());
    assertFalse(r.stack().contains("junit"), r.stack());
    String line = Records.rejectionLine(r);
    assertTrue(line.startsWith("{\"file\":\"feed.jsonl\",\"line\":12,\"stage\":\"extract\",\"reason\":"), line);
    assertTrue(line.contains("\"stack\":\"java.lang.IllegalStateException"), line);
  }

  @Test
  void anOrdinaryRejectionIsOneShortLine() {
    Rejection r = Rejection.ofFile("a.txt", Rejection.Stage.READ, "empty file");
    assertEquals("{\"file\":\"a.txt\",\"line\":0,\"stage\":\"read\",\"reason\":\"empty file\"}\n",
        Records.rejectionLine(r));
  }
}
