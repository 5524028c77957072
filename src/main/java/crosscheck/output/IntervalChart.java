package crosscheck.output;

import crosscheck.model.Claim;
import crosscheck.quantity.Quantities;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of one subject's chart: each value's interval (low to high, as compared) as a bar on one axis, so that
 * a reader sees at once where sources overlap; the range every value allows, when there is one, as a band behind
 * them. An unbounded end ("more than 40%") runs to the edge of the chart and is drawn open.
 */
public record IntervalChart(int width, int height, int axisY, int tickY, List<Bar> bars, Band band, Tick lowest,
    Tick highest) {

  /** One value's bar; {@code label} names its article, {@code title} says what it allows. */
  public record Bar(int number, String label, String labelY, String x1, String x2, String y, boolean openLow,
      boolean openHigh, String title) {}

  /** The range every value allows. */
  public record Band(String x, String width, String title) {}

  /** A labelled point of the axis: the lowest or the highest bound of any value. */
  public record Tick(String x, String label) {}

  static final int WIDTH = 560;
  private static final int LABELS = 170;
  private static final int PLOT_START = LABELS + 10;
  private static final int PLOT_END = WIDTH - 10;
  private static final int ROW = 16;
  private static final int TOP = 4;
  /** Room on each side of the values, as a share of their span, so that no bar starts on the chart's edge. */
  private static final double MARGIN = 0.08;

  static IntervalChart of(List<Claim> claims, List<String> labels) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double common = Double.NEGATIVE_INFINITY;
    double commonHigh = Double.POSITIVE_INFINITY;
    for (Claim claim : claims) {
      for (Double bound : new Double[] {claim.low(), claim.high()}) {
        if (bound != null) {
          min = Math.min(min, bound);
          max = Math.max(max, bound);
        }
      }
      common = Math.max(common, low(claim));
      commonHigh = Math.min(commonHigh, high(claim));
    }
    boolean bounded = min <= max;
    if (!bounded) {
      min = 0;
      max = 1;
    }
    double pad = min == max ? Math.max(Math.abs(min) * MARGIN, 1) : (max - min) * MARGIN;
    Scale scale = new Scale(min - pad, max + pad);
    String unit = claims.get(0).compareUnit();
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      int y = TOP + i * ROW + ROW / 2;
      bars.add(new Bar(i + 1, labels.get(i), number(y + 4), scale.x(low(claim)), scale.x(high(claim)), number(y),
          claim.low() == null, claim.high() == null, allows(claim)));
    }
    Band band = null;
    if (claims.size() > 1 && common <= commonHigh) {
      double from = Double.parseDouble(scale.x(common));
      double to = Double.parseDouble(scale.x(commonHigh));
      band = new Band(number(from), number(Math.max(to - from, 1)),
          "every value allows " + Quantities.range(common, commonHigh, unit));
    }
    int axisY = TOP + claims.size() * ROW + 2;
    Tick lowest = bounded ? new Tick(scale.x(min), Quantities.amount(min, unit)) : null;
    Tick highest = bounded && max > min ? new Tick(scale.x(max), Quantities.amount(max, unit)) : null;
    return new IntervalChart(WIDTH, axisY + 18, axisY, axisY + 14, bars, band, lowest, highest);
  }

  /** What the claim allows when compared: "$2.555 billion to $2.565 billion", "above 40%". */
  static String allows(Claim claim) {
    return Quantities.range(low(claim), high(claim), claim.compareUnit());
  }

  private static double low(Claim claim) {
    return claim.low() == null ? Double.NEGATIVE_INFINITY : claim.low();
  }

  private static double high(Claim claim) {
    return claim.high() == null ? Double.POSITIVE_INFINITY : claim.high();
  }

  /** Values to x coordinates; values beyond the axis (an unbounded end) are drawn on its edge. */
  private record Scale(double from, double to) {
    String x(double value) {
      double clamped = Math.max(from, Math.min(to, value));
      return number(PLOT_START + (clamped - from) / (to - from) * (PLOT_END - PLOT_START));
    }
  }

  /** Coordinates with one decimal, the same on every machine. */
  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  public int labelsEnd() {
    return LABELS;
  }

  public int plotStart() {
    return PLOT_START;
  }

  public int plotEnd() {
    return PLOT_END;
  }
}
