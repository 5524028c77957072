package crosscheck.verdict;

import crosscheck.model.Claim;
import crosscheck.model.Verdict;
import crosscheck.quantity.Quantities;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges a group of claims about one subject: they <b>agree</b> when one value fits a figure of every article (each
 * figure an interval), <b>conflict</b> when none does, and are a <b>single source</b> when only one article makes
 * them. Articles are counted, not sentences.
 */
public final class GroupJudge implements java.io.Serializable {

  private static final double RELATIVE_EPSILON = 1e-9;
  /** The digits of a figure as written ("1,783.9" of "about 1,783.9million dollars"). */
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

  public Verdict judge(List<Claim> group) {
    List<Claim> claims = new ArrayList<>(group);
    claims.sort(Comparator.comparing(Claim::id));
    Claim first = claims.get(0);
    TreeSet<String> articles = new TreeSet<>();
    claims.forEach(c -> articles.add(c.articleId()));
    List<String> ids = claims.stream().map(Claim::id).toList();
    String values = String.join("; ", claims.stream().map(c -> c.articleId() + ": " + c.valueText()).toList());

    Origins origins = Origins.of(claims);
    List<Claim> compared = inCommonUnit(claims);
    String unit = compared.get(0).compareUnit();
    String spread = claims.size() == 1 ? "" : spread(compared, unit);
    if (articles.size() == 1) {
      String why = !first.period().resolved()
          ? "Only " + first.articleId() + " reports this, and its period is unresolved (" + first.period().note()
              + "), so it is compared with no other article."
          : first.measureUnnamed()
          ? "Only " + first.articleId() + " reports this, and its text does not say what it measures (no word beside a "
              + "change says what changed, or a company's measure is given a country or a part of the company the text "
              + "does not name), so it is compared with no other article."
          : "Only " + first.articleId() + " reports this" + (claims.size() > 1 ? " (" + claims.size() + " times)" : "")
              + "; no other article gives a figure to compare.";
      return verdict(first, Verdict.Kind.SINGLE_SOURCE, 1, origins, values, spread, ids, why);
    }
    String skipped = compared.size() < claims.size()
        ? " Claims in another unit without a rate to " + unit + " were not compared." : "";
    Map<String, List<Claim>> byArticle = new TreeMap<>();
    compared.forEach(c -> byArticle.computeIfAbsent(c.articleId(), a -> new ArrayList<>()).add(c));
    OptionalDouble shared = sharedValue(compared, byArticle.size());
    if (shared.isEmpty()) {
      boolean sameFigures = everyFigureInEveryArticle(byArticle);
      String why = sameFigures ? sameFigures(byArticle)
          : compared.size() == byArticle.size() ? conflict(compared, unit) : conflict(byArticle);
      return verdict(first, sameFigures ? Verdict.Kind.AGREE : Verdict.Kind.CONFLICT, articles.size(), origins,
          values, spread, ids, why + skipped);
    }
    Map<Boolean, List<Claim>> byFit = compared.stream()
        .collect(Collectors.partitioningBy(c -> fits(c, shared.getAsDouble())));
    double low = Double.NEGATIVE_INFINITY;
    double high = Double.POSITIVE_INFINITY;
    for (Claim c : byFit.get(true)) {
      low = Math.max(low, lowOf(c));
      high = Math.min(high, highOf(c));
    }
    String explanation = agreement(byFit.get(true), unit, low, high, articles.size()) + notFitting(byFit.get(false))
        + skipped + origins.caveat(articles.size());
    return verdict(first, Verdict.Kind.AGREE, articles.size(), origins, values, spread, ids, explanation);
  }

  private static Verdict verdict(Claim first, Verdict.Kind kind, int articles, Origins origins, String values,
      String spread, List<String> ids, String explanation) {
    return new Verdict(first.groupKey(), first.entity(), first.metric(), first.period().label(), kind, articles,
        origins.count(), origins.cited(), values, spread, ids, explanation);
  }

  /**
   * A value that fits a figure of every article (the one that fits the most figures; the lowest of those), or none.
   * A source is an article: one whose figures no single value fits ("413,800 tonnes of zinc and 206,000 tonnes of
   * lead", a year's net beside a quarter's) is not in conflict with itself, but holds a figure of another quantity
   * taken for this one. Only figures of different articles conflict. One sweep over the figures' bounds: a subject
   * that 50,000 articles report is judged in n log n.
   */
  private static OptionalDouble sharedValue(List<Claim> claims, int articles) {
    record Bound(double at, boolean opens, String article) {}
    List<Bound> bounds = new ArrayList<>();
    for (Claim c : claims) {
      bounds.add(new Bound(lowOf(c), true, c.articleId()));
      bounds.add(new Bound(highOf(c) + slack(c), false, c.articleId()));
    }
    // a figure that opens where another closes overlaps it
    bounds.sort(Comparator.comparingDouble(Bound::at).thenComparing(b -> !b.opens()));
    Map<String, Integer> open = new HashMap<>();
    int covered = 0;
    int active = 0;
    int most = 0;
    double value = Double.NaN;
    for (Bound b : bounds) {
      if (b.opens()) {
        covered += open.merge(b.article(), 1, Integer::sum) == 1 ? 1 : 0;
        active++;
        if (covered == articles && active > most) {
          most = active;
          value = b.at();
        }
      } else {
        covered -= open.merge(b.article(), -1, Integer::sum) == 0 ? 1 : 0;
        active--;
      }
    }
    return most > 0 ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  private static boolean fits(Claim c, double value) {
    return lowOf(c) <= value && value <= highOf(c) + slack(c);
  }

  /** Rounding room at a figure's upper bound, relative to its size (a figure is a decimal read into a double). */
  private static double slack(Claim c) {
    double low = lowOf(c);
    double high = highOf(c);
    double size = Double.isInfinite(low) ? Math.abs(high)
        : Double.isInfinite(high) ? Math.abs(low) : Math.max(Math.abs(low), Math.abs(high));
    return RELATIVE_EPSILON * size;
  }

  /** The figures an agreement leaves out: each another figure of an article that has one that fits. */
  private static String notFitting(List<Claim> others) {
    if (others.isEmpty()) {
      return "";
    }
    return " Not compared, each a second figure of an article whose other figure fits (likely another quantity read"
        + " as this one): "
        + String.join("; ", others.stream().map(c -> c.articleId() + " '" + c.valueText() + "'").toList()) + ".";
  }

  /**
   * Whether every figure of the group is written in the sentences each article's figures come from: then the sources
   * say the same, and only the extraction read their figures as different periods or measures ("profits
   * rose to 117 mln dlrs ... compared with 1985 fourth quarter results of 106 mln" against a table's "Net 117 mln vs
   * 106 mln"). Of the 40 random Reuters conflicts of the second hand check, 7 false ones were such, no real one.
   */
  private static boolean everyFigureInEveryArticle(Map<String, List<Claim>> byArticle) {
    Set<String> numbers = new LinkedHashSet<>();
    for (List<Claim> claims : byArticle.values()) {
      for (Claim c : claims) {
        Matcher number = NUMBER.matcher(c.valueText());
        // a negative figure's digits say nothing of its sign: "fell 12%" and "rose 12%" write the same 12
        if (lowOf(c) < 0 || !number.find()) {
          return false;
        }
        numbers.add(number.group());
      }
    }
    List<Pattern> figures = numbers.stream()
        .map(n -> Pattern.compile("(?<![\\d.,])" + Pattern.quote(n) + "(?!\\d|[.,]\\d)")).toList();
    // an article that misses one figure ends the look: a subject of many articles is rarely looked at for long
    for (List<Claim> claims : byArticle.values()) {
      String sentences = String.join("\n", claims.stream().map(Claim::sentence).distinct().toList());
      for (Pattern figure : figures) {
        if (!figure.matcher(sentences).find()) {
          return false;
        }
      }
    }
    return true;
  }

  private static String sameFigures(Map<String, List<Claim>> byArticle) {
    return "No single value fits a figure of every article, but every article writes every one of these figures: "
        + figuresByArticle(byArticle) + ". The sources say the same; their figures were read as different periods or "
        + "measures.";
  }

  /** "reuters_1 '10%' or '20%'; reuters_2 '15%'". */
  private static String figuresByArticle(Map<String, List<Claim>> byArticle) {
    return String.join("; ", byArticle.entrySet().stream().map(e -> e.getKey() + " " + String.join(" or ",
        e.getValue().stream().map(c -> "'" + c.valueText() + "'").toList())).toList());
  }

  /** Where some article gives more than one figure: each article's figures, none of which one value fits. */
  private static String conflict(Map<String, List<Claim>> byArticle) {
    return "No single value fits a figure of every article: " + figuresByArticle(byArticle) + ".";
  }

  /**
   * The independent origins behind claims: articles that pass on the same original (both cite Caixin, both quote
   * Alibaba's release) are one origin. An origin the text does not resolve counts as its own.
   */
  record Origins(TreeSet<String> resolved, TreeSet<String> unresolved) {
    static Origins of(List<Claim> claims) {
      TreeSet<String> resolved = new TreeSet<>();
      TreeSet<String> unresolved = new TreeSet<>();
      for (Claim c : claims) {
        if (c.attribution().originResolved()) {
          resolved.add(c.attribution().origin());
        } else {
          unresolved.add("unresolved: " + c.attribution().origin() + " (" + c.articleId() + ")");
        }
      }
      return new Origins(resolved, unresolved);
    }

    int count() {
      return resolved.size() + unresolved.size();
    }

    String cited() {
      List<String> all = new ArrayList<>(resolved);
      all.addAll(unresolved);
      return String.join("; ", all);
    }

    /** Said where agreement rests on fewer origins than articles: one report repeated is not confirmation. */
    String caveat(int articles) {
      if (count() >= articles) {
        return "";
      }
      return " The " + articles + " articles rest on " + (count() == 1 ? "one origin" : count() + " independent origins")
          + " (" + cited() + "), so this is " + (count() == 1 ? "one report repeated" : "less confirmation than it looks")
          + ".";
    }
  }

  /** The claims in the most common comparison unit (all of them unless a currency had no rate). */
  private static List<Claim> inCommonUnit(List<Claim> claims) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    claims.forEach(c -> counts.merge(c.compareUnit(), 1, Integer::sum));
    String unit = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    return claims.stream().filter(c -> c.compareUnit().equals(unit)).toList();
  }

  private static String agreement(List<Claim> claims, String unit, double low, double high, int articles) {
    boolean sameInterval = claims.stream().map(c -> lowOf(c) + "/" + highOf(c)).distinct().count() == 1;
    if (sameInterval) {
      return "All " + articles + " articles give the same figure, " + claims.get(0).valueText() + " (read as "
          + Quantities.range(low, high, unit) + ").";
    }
    StringBuilder readings = new StringBuilder();
    for (Claim c : claims) {
      readings.append(readings.length() == 0 ? "" : "; ").append(c.articleId()).append(" '").append(c.valueText())
          .append("' allows ").append(Quantities.range(lowOf(c), highOf(c), unit));
      if (!c.comparisonNote().isEmpty()) {
        readings.append(" (").append(c.comparisonNote()).append(")");
      }
    }
    return "The " + articles + " articles' figures differ as written but all allow "
        + Quantities.range(low, high, unit) + " once each is read with its precision and qualifier: " + readings + ".";
  }

  private static String conflict(List<Claim> claims, String unit) {
    Claim lowest = claims.get(0);
    Claim highest = claims.get(0);
    for (Claim c : claims) {
      if (highOf(c) < highOf(lowest)) {
        lowest = c;
      }
      if (lowOf(c) > lowOf(highest)) {
        highest = c;
      }
    }
    double gap = lowOf(highest) - highOf(lowest);
    return lowest.articleId() + " '" + lowest.valueText() + "' allows at most "
        + Quantities.amount(highOf(lowest), unit) + " but " + highest.articleId() + " '" + highest.valueText()
        + "' allows at least " + Quantities.amount(lowOf(highest), unit) + ": no single value fits both, a gap of "
        + Quantities.difference(gap, unit) + ".";
  }

  private static String spread(List<Claim> claims, String unit) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Claim c : claims) {
      double point = pointOf(c);
      min = Math.min(min, point);
      max = Math.max(max, point);
    }
    return Quantities.difference(max - min, unit);
  }

  /** The value a claim states: the middle of its interval, or its one bound. */
  private static double pointOf(Claim c) {
    if (c.low() == null) {
      return c.high();
    }
    if (c.high() == null) {
      return c.low();
    }
    return new BigDecimal(c.low()).add(new BigDecimal(c.high())).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64)
        .doubleValue();
  }

  private static double lowOf(Claim c) {
    return c.low() == null ? Double.NEGATIVE_INFINITY : c.low();
  }

  private static double highOf(Claim c) {
    return c.high() == null ? Double.POSITIVE_INFINITY : c.high();
  }
}
