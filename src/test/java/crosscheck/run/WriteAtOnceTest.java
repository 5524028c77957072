package crosscheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The report and the spreadsheet are written at once, and a failure of either fails the run with its own error. */
class WriteAtOnceTest {

  @Test
  void writesEveryFileAtOnce() throws IOException {
    // Each writing waits for the other to start: written one after the other, they would time out.
    CountDownLatch bothStarted = new CountDownLatch(2);
    AtomicBoolean overlapped = new AtomicBoolean(true);
    crosscheck.output.OutputFiles.Writing meetTheOther = () -> {
      bothStarted.countDown();
      try {
        overlapped.compareAndSet(true, bothStarted.await(10, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
    };
    NightlyRun.writeAtOnce(List.of(meetTheOther, meetTheOther));
    assertTrue(overlapped.get());
  }

  @Test
  void aFailedWritingFailsTheRunWithItsOwnError() {
    IOException full = new IOException("no space left on device");
    IOException thrown = assertThrows(IOException.class,
        () -> NightlyRun.writeAtOnce(List.of(() -> {}, () -> {
          throw full;
        })));
    assertEquals(full, thrown);
    IllegalStateException bug = new IllegalStateException("a bug");
    assertEquals(bug, assertThrows(IllegalStateException.class, () -> NightlyRun.writeAtOnce(List.of(() -> {
      throw bug;
    }))));
  }
}
