package crosscheck.pipeline;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress lines for long runs ("extracted claims from 20000 articles"), logged as the run goes rather than only at
 * the end, and the first of each with the time since the JVM started: the engine's fixed start-up cost is the time
 * to the first file read. Counts are per worker process: on one machine, the whole run.
 */
enum Progress {
  FILES_READ("read %d input files", "read the first input file"),
  ARTICLES_EXTRACTED("extracted claims from %d articles", "extracted claims from the first article"),
  GROUPS_JUDGED("judged %d subjects", "judged the first subject");

  private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
  private static final long EVERY = 10_000;

  private final String message;
  private final String first;
  private final AtomicLong count = new AtomicLong();

  Progress(String message, String first) {
    this.message = message;
    this.first = first;
  }

  void tick() {
    long n = count.incrementAndGet();
    if (n == 1) {
      LOG.info("{}, {} ms after the JVM started", first, ManagementFactory.getRuntimeMXBean().getUptime());
    }
    if (n % EVERY == 0) {
      LOG.info(String.format(message, n));
    }
  }
}
