package crosscheck.pipeline;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress lines for long runs ("extracted claims from 20000 articles"), logged as the run goes rather than only at
 * the end. Counts are per worker process: on one machine, the whole run.
 */
enum Progress {
  FILES_READ("read %d input files"),
  ARTICLES_EXTRACTED("extracted claims from %d articles"),
  GROUPS_JUDGED("judged %d subjects");

  private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
  private static final long EVERY = 10_000;

  private final String message;
  private final AtomicLong count = new AtomicLong();

  Progress(String message) {
    this.message = message;
  }

  void tick() {
    long n = count.incrementAndGet();
    if (n % EVERY == 0) {
      LOG.info(String.format(message, n));
    }
  }
}
