package crosscheck.devset;

import crosscheck.config.Config;
import crosscheck.io.ArticleReader;
import crosscheck.io.Sidecar;
import crosscheck.model.Article;
import crosscheck.model.Claim;
import crosscheck.text.ClaimExtractor;
import crosscheck.text.SubjectNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A hand-annotated set of real articles in {@code ../shared/corpora} scored against the extractor: the development
 * set ({@code src/test/resources/devset/*.tsv}, see GUIDELINES.md there) or the held-out set annotated by the same
 * rules ({@code src/test/resources/holdout/*.tsv}). A found claim matches an annotated one
 * when it is of the same article, holds the same number as written, has the same metric (every percent change is
 * "growth") and a subject that names the annotated one (after both are reduced to the name a subject goes by).
 * Each claim matches one annotation, and also the annotation of the conversion it is written with ("$25.4bn
 * (£13bn)": annotators wrote both figures).
 */
public final class DevSet {

  public static final Path CORPORA = Path.of("..", "shared", "corpora");
  static final Path ANNOTATIONS = Path.of("src", "test", "resources", "devset");
  /** Annotated blind to the extractor and never used to tune it: its scores are the honest ones. */
  static final Path HELD_OUT = Path.of("src", "test", "resources", "holdout");

  /**
   * One annotated claim; {@code row} (annotation file and line) tells apart two rows that annotate equal figures
   * ("Qtly div 30 cts vs 30 cts prior"), which must match two claims.
   */
  public record Gold(String file, String number, List<String> subjects, String metric, String period,
      boolean down, String cited, String group, String row) {
    String corpus() {
      return file.substring(0, file.indexOf('/'));
    }
  }

  /** A claim the extractor found, with the annotation it matched (null when none). */
  public record Found(String file, Claim claim, Gold gold) {}

  /** The outcome: every annotation with the claim that matched it, every claim with its annotation. */
  public record Score(List<Gold> gold, Map<Gold, Claim> matched, List<Found> found) {

    /** How many articles the annotations cover. */
    public long articles() {
      return gold.stream().map(Gold::file).distinct().count();
    }

    public double precision(String corpus, String metric) {
      List<Found> of = found.stream().filter(f -> within(f.file(), metricOf(f), corpus, metric)).toList();
      return of.isEmpty() ? Double.NaN : of.stream().filter(f -> f.gold() != null).count() / (double) of.size();
    }

    public double recall(String corpus, String metric) {
      List<Gold> of = gold.stream().filter(g -> within(g.file(), g.metric(), corpus, metric)).toList();
      return of.isEmpty() ? Double.NaN : of.stream().filter(matched::containsKey).count() / (double) of.size();
    }

    public long count(String corpus, String metric) {
      return gold.stream().filter(g -> within(g.file(), g.metric(), corpus, metric)).count();
    }

    /** Of the matched annotations that name who is cited, how many the claim's attribution names: [named, of]. */
    public int[] citedRight(SubjectNames names) {
      int of = 0;
      int right = 0;
      for (Map.Entry<Gold, Claim> e : matched.entrySet()) {
        String cited = e.getKey().cited();
        if (!cited.isBlank()) {
          of++;
          right += citesRight(names, e.getKey(), e.getValue()) ? 1 : 0;
        }
      }
      return new int[] {right, of};
    }

    /**
     * Of the matched annotations whose period is a calendar year, quarter or month ("1986", "1987-Q1", "1987-02"),
     * how many the claim's period label gives: [right, of]. Fiscal and unsettled periods are left out: their labels
     * are written differently by annotators and the extractor.
     */
    public int[] periodsRight() {
      int of = 0;
      int right = 0;
      for (Map.Entry<Gold, Claim> e : matched.entrySet()) {
        if (calendarPeriod(e.getKey())) {
          of++;
          right += e.getKey().period().equals(e.getValue().period().label()) ? 1 : 0;
        }
      }
      return new int[] {right, of};
    }

    private static String metricOf(Found f) {
      return f.gold() != null ? f.gold().metric() : family(f.claim().metric());
    }

    private static boolean within(String file, String metric, String corpus, String wanted) {
      return (corpus == null || file.startsWith(corpus + "/")) && (wanted == null || metric.equals(wanted));
    }
  }

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern CALENDAR_PERIOD = Pattern.compile("\\d{4}(?:-Q[1-4]|-\\d{2})?");

  /** Whether the annotation's period is a calendar year, quarter or month ("1986", "1987-Q1", "1987-02"). */
  static boolean calendarPeriod(Gold g) {
    return CALENDAR_PERIOD.matcher(g.period()).matches();
  }

  /**
   * The metrics GUIDELINES.md asks annotators for: claims of other metrics (ranks, the seeds' adjusted EBITA and
   * share of group revenue) are neither annotated nor scored.
   */
  static final Set<String> ANNOTATED_METRICS = Set.of("revenue", "net profit", "net loss", "operating profit",
      "operating loss", "pre-tax profit", "earnings per share", "operating earnings per share", "dividend", "growth",
      "market share", "deal value", "fine", "investment", "deliveries", "shipments", "subscribers", "orders",
      "output");

  /** The annotated metrics that count a volume, which the job names after the commodity counted ("oil output"). */
  private static final Set<String> VOLUMES = Set.of("deliveries", "shipments", "subscribers", "orders", "output");

  private DevSet() {}

  public static boolean available() {
    return Files.isDirectory(CORPORA.resolve("reuters21578")) && Files.isDirectory(CORPORA.resolve("bbc-business"));
  }

  /** The annotations of one set: every {@code *.tsv} in its folder. */
  public static List<Gold> annotations(Path folder) {
    List<Gold> gold = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path tsv : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
          String line = lines.get(i);
          if (line.isBlank()) {
            continue;
          }
          String[] f = line.split("\t", -1);
          gold.add(new Gold(f[0], f[1], List.of(f[2].split("\\|")), f[3], f[4], f[5].equals("down"), f[6],
              f.length > 7 ? f[7] : "", tsv.getFileName() + ":" + (i + 1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return gold;
  }

  /** The annotated articles, read as the job reads them. */
  public static Map<String, Article> articles(List<Gold> gold) {
    ArticleReader reader = new ArticleReader(Sidecar.empty(), 10_000_000);
    Map<String, Article> articles = new TreeMap<>();
    for (String file : new TreeSet<>(gold.stream().map(Gold::file).toList())) {
      try {
        Path path = CORPORA.resolve(file);
        articles.put(file, reader.read(path.getFileName().toString(), Files.readAllBytes(path)).articles().get(0));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return articles;
  }

  public static Score score(Config config, List<Gold> gold, Map<String, Article> articles) {
    ClaimExtractor extractor = new ClaimExtractor(config);
    SubjectNames names = new SubjectNames(config.names());
    Map<Gold, Claim> matched = new java.util.LinkedHashMap<>();
    List<Found> found = new ArrayList<>();
    for (Map.Entry<String, Article> e : articles.entrySet()) {
      List<Gold> of = gold.stream().filter(g -> g.file().equals(e.getKey())).toList();
      for (Claim c : extractor.extract(e.getValue()).claims()) {
        if (!ANNOTATED_METRICS.contains(family(c.metric()))) {
          continue;
        }
        Gold match = of.stream()
            .filter(g -> !matched.containsKey(g) && matches(g, c, names))
            .findFirst().orElse(null);
        if (match != null) {
          matched.put(match, c);
        }
        found.add(new Found(e.getKey(), c, match));
      }
    }
    // A claim written with its conversion ("$25.4bn (£13bn)") is also the annotation of the converted figure.
    for (DevSet.Gold g : gold) {
      if (!matched.containsKey(g)) {
        found.stream().filter(f -> f.file().equals(g.file()) && f.gold() != null && matches(g, f.claim(), names))
            .findFirst().ifPresent(f -> matched.put(g, f.claim()));
      }
    }
    return new Score(gold, matched, found);
  }

  static boolean matches(Gold g, Claim c, SubjectNames names) {
    return holdsNumber(c.valueText(), g.number()) && family(c.metric()).equals(g.metric())
        && g.subjects().stream().anyMatch(s -> names(names, c.entity(), s));
  }

  /** The annotated number as written, as a whole inside the claim's value ("2 pct" is not in "12 pct"). */
  static boolean holdsNumber(String valueText, String number) {
    String value = SPACE.matcher(valueText).replaceAll(" ").toLowerCase(Locale.ROOT);
    String wanted = SPACE.matcher(number.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    return Pattern.compile("(?<![\\p{Alnum}.,])" + Pattern.quote(wanted) + "(?![\\p{Alnum}]|[.,]\\d)")
        .matcher(value).find();
  }

  /** Whether the found subject names the annotated one: one's words hold the other's, once both are canonical. */
  static boolean names(SubjectNames names, String found, String annotated) {
    Set<String> f = words(names.canonical(found));
    Set<String> a = words(names.canonical(annotated));
    return !f.isEmpty() && !a.isEmpty() && (f.containsAll(a) || a.containsAll(f));
  }

  private static Set<String> words(String name) {
    Set<String> words = new TreeSet<>();
    for (String w : name.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}&]+")) {
      if (!w.isEmpty() && !w.equals("the")) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * Whether the claim's attribution names the source the annotation gives: a source in its chain, or the claim's own
   * subject where the annotation cites the company itself ("the company", or the company by name).
   */
  static boolean citesRight(SubjectNames names, Gold g, Claim c) {
    String cited = g.cited().replaceFirst("(?i)^the (company|firm|group|bank)$", c.entity());
    return c.attribution().chain().stream().anyMatch(s -> names(names, s.name(), cited)
        || names(names, s.text(), cited) || !s.speaksFor().isEmpty() && names(names, s.speaksFor(), cited));
  }

  /**
   * Every percent change is "growth" in the annotation, whatever it measures, under any condition; a volume is its
   * metric whatever commodity it counts ("sugar output" is output).
   */
  static String family(String metric) {
    String measure = metric.replaceFirst(" \\(.*\\)$", ""); // "net profit (hypothetical)" is a net profit
    if (measure.equals("growth rate") || measure.endsWith(" growth")) {
      return "growth";
    }
    return VOLUMES.stream().filter(v -> measure.endsWith(" " + v)).findFirst().orElse(measure);
  }
}
