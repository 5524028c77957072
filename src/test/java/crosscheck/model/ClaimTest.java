package crosscheck.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimTest {

  /** A metric takes its conditions and the things it measures ("wheat output"), never another metric ending alike. */
  @Test
  void aMetricTakesItsConditionsAndItsThings() {
    assertTrue(Claim.isOfMetric("output", "output"));
    assertTrue(Claim.isOfMetric("output (forecast)", "Output"));
    assertTrue(Claim.isOfMetric("wheat output", "output"));
    assertTrue(Claim.isOfMetric("wheat output (forecast)", "output"));
    assertFalse(Claim.isOfMetric("output growth", "output"));
    assertFalse(Claim.isOfMetric("throughput", "output"));
    assertFalse(Claim.isOfMetric("net profit (hypothetical)", "profit (hypothetical)"));
  }
}
