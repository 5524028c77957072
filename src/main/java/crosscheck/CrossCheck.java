package crosscheck;

import crosscheck.run.NightlyRun;

/**
 * The crosscheck job's command line: reads news articles, extracts their numeric claims, groups them by subject and
 * writes where sources agree or conflict. The run: {@link NightlyRun}; the pipeline: {@code
 * pipeline.CrossCheckPipeline}.
 */
public final class CrossCheck {

  private CrossCheck() {}

  public static void main(String[] args) {
    System.exit(NightlyRun.run(args));
  }
}
