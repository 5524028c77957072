package crosscheck.output;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import crosscheck.io.Folder;
import crosscheck.model.Attribution;
import crosscheck.model.Claim;
import crosscheck.model.Verdict;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code report.html}: the run's subjects as one self-contained page for reviewers, conflicts first, each value with
 * its article, its sentence, who it comes from, and a chart of the intervals the values allow. Built from the run's
 * finished {@code conflicts.csv} (one row per subject) and {@code claims.jsonl} (the claims those rows name), so the
 * pipeline and the floor write the same page from the same files.
 *
 * <p>The page must open in a few seconds at any size: every conflict is shown, but agreeing and single-source subjects
 * are collapsed and only the first {@value #SHOWN_PER_COLLAPSED_VERDICT} of each are on the page (the rest are named by
 * a note, and are in {@code conflicts.csv}). Everything from the articles is escaped by the template engine; the page
 * loads nothing (its Content-Security-Policy allows only its own style and script), so it opens from the file system.
 */
public final class ReportPage {

  /** At 100,000 generated articles, 500 agreeing and 500 single-source subjects add 3.3 MB to a page of 32 MB. */
  static final int SHOWN_PER_COLLAPSED_VERDICT = 500;

  private static final int CHART_LABEL_CHARS = 26;
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final String TEMPLATES = "crosscheck/output/";
  private static final Mustache PAGE = new DefaultMustacheFactory(TEMPLATES).compile("report.mustache");
  private static final String STYLE = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  /** The files the page's summary links to, in the run's folder. */
  public record FileNames(String conflicts, String values, String spreadsheet, String claims, String rejected,
      String attribution, String claimReviews) {}

  /** The page's whole content, as the template reads it. */
  public record Page(String contentSecurityPolicy, String style, String script, Summary summary, FileNames files,
      List<String> entities, List<String> metrics, List<Section> sections) {}

  /** The counts at the top. */
  public record Summary(String articles, String claims, String subjects, String conflict, String agree,
      String singleSource, String rejected) {}

  /** The subjects of one verdict; {@code more} names those left off the page. */
  public record Section(String id, String title, String explanation, List<Subject> subjects, String more) {}

  /** One subject: a row of conflicts.csv with its claims. */
  public record Subject(String anchor, String verdict, String verdictLabel, boolean open, String entity,
      String metric, String period, String sizes, String valuesInBrief, String cited, String spread,
      String explanation, IntervalChart chart, List<Value> values) {}

  /** One value of a subject, with its article and where it comes from; {@code url} is empty unless http(s). */
  public record Value(int number, String outlet, String title, String url, String date, String articleId,
      String claimId, String valueText, String qualifier, String allows, String before, String marked, String after,
      String chain, String basis, String origin) {}

  private enum Kind {
    CONFLICT("conflict", "Sources conflict", "subjects where sources conflict",
        "No single value fits every source's figure."),
    AGREE("agree", "Sources agree", "subjects where sources agree", "One value fits every source's figure."),
    SINGLE_SOURCE("single-source", "Single source", "single-source subjects",
        "One article alone gives the figure: nothing to compare.");

    final String id;
    final String label;
    final String plural;
    final String explanation;

    Kind(String id, String label, String plural, String explanation) {
      this.id = id;
      this.label = label;
      this.plural = plural;
      this.explanation = explanation;
    }
  }

  private ReportPage() {}

  /**
   * Writes {@code report.html} into {@code dir}, from the {@code files} there.
   *
   * @param articles articles read by the run
   * @param rejected records of the run's rejected file
   */
  public static void write(Folder dir, FileNames files, long articles, long rejected) throws IOException {
    write(dir, files, articles, rejected, SHOWN_PER_COLLAPSED_VERDICT);
  }

  static void write(Folder dir, FileNames files, long articles, long rejected, int shownPerCollapsedVerdict)
      throws IOException {
    Map<Kind, List<Map<String, String>>> shown = new EnumMap<>(Kind.class);
    Map<Kind, Long> counts = new EnumMap<>(Kind.class);
    Set<String> wanted = new HashSet<>();
    TreeSet<String> entities = new TreeSet<>();
    TreeSet<String> metrics = new TreeSet<>();
    for (Kind kind : Kind.values()) {
      shown.put(kind, new ArrayList<>());
      counts.put(kind, 0L);
    }
    SpreadsheetCsv.read(dir.open(files.conflicts()), row -> {
      Kind kind = Kind.valueOf(row.get("verdict"));
      long seen = counts.merge(kind, 1L, Long::sum);
      if (kind == Kind.CONFLICT || seen <= shownPerCollapsedVerdict) {
        shown.get(kind).add(row);
        wanted.addAll(List.of(row.get("claim_ids").split(" ")));
        entities.add(row.get("entity"));
        metrics.add(row.get("metric"));
      }
    });
    Map<String, Claim> claims = new HashMap<>();
    long claimCount = readClaims(dir.open(files.claims()), wanted, claims);
    List<Section> sections = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      List<Subject> subjects = shown.get(kind).stream().map(row -> subject(kind, row, claims)).toList();
      long left = counts.get(kind) - subjects.size();
      String more = left == 0 ? "" : String.format(Locale.ROOT, "%,d more %s are not on this page: see %s.", left,
          kind.plural, files.conflicts());
      sections.add(new Section(kind.id, kind.label, kind.explanation, subjects, more));
    }
    long subjects = counts.values().stream().mapToLong(Long::longValue).sum();
    Summary summary = new Summary(count(articles), count(claimCount), count(subjects), count(counts.get(Kind.CONFLICT)),
        count(counts.get(Kind.AGREE)), count(counts.get(Kind.SINGLE_SOURCE)), count(rejected));
    Page page = new Page(contentSecurityPolicy(), STYLE, SCRIPT, summary, files, List.copyOf(entities),
        List.copyOf(metrics), sections);
    try (Writer out = new BufferedWriter(
        new OutputStreamWriter(dir.create(OutputFiles.REPORT), StandardCharsets.UTF_8))) {
      PAGE.execute(out, page);
    }
  }

  /** Keeps the claims named in {@code wanted}; returns how many claims the file holds. */
  private static long readClaims(InputStream file, Set<String> wanted, Map<String, Claim> claims) throws IOException {
    long count = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        count++;
        if (wanted.contains(idOf(line))) {
          Claim claim = JSON.readValue(line, Claim.class);
          claims.put(claim.id(), claim);
        }
      }
    }
    return count;
  }

  /** The claim's id without reading the whole line: it is the line's first field. */
  private static String idOf(String line) throws IOException {
    try (JsonParser parser = JSON.getFactory().createParser(line)) {
      if (parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
          && parser.currentName().equals("id") && parser.nextToken() == JsonToken.VALUE_STRING) {
        return parser.getText();
      }
    }
    return JSON.readTree(line).path("id").asText();
  }

  private static Subject subject(Kind kind, Map<String, String> row, Map<String, Claim> claims) {
    List<Claim> group = new ArrayList<>();
    for (String id : row.get("claim_ids").split(" ")) {
      Claim claim = claims.get(id);
      if (claim == null) {
        throw new IllegalStateException("conflicts.csv names claim " + id + ", which claims.jsonl does not hold");
      }
      group.add(claim);
    }
    List<Value> values = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (Claim claim : group) {
      values.add(value(values.size() + 1, claim));
      labels.add(shortened(values.size() + ". " + (claim.outlet().isEmpty() ? claim.articleId() : claim.outlet())));
    }
    String sizes = counted(row.get("articles"), "article") + ", "
        + counted(row.get("origins"), "independent origin");
    String inBrief = String.join(" · ", group.stream().map(Claim::valueText).toList());
    return new Subject(anchor(group.get(0).id()), kind.id, kind.label,
        kind == Kind.CONFLICT, row.get("entity"), row.get("metric"), row.get("period"), sizes, inBrief,
        row.get("cited"), row.get("spread"), row.get("explanation"), IntervalChart.of(group, labels), values);
  }

  /** The id of a subject's place on the page, from its first claim (the first of its {@code claim_ids}). */
  static String anchor(String firstClaimId) {
    return "subject-" + firstClaimId.replace('#', '-');
  }

  /** A verdict as a reader says it: "Sources conflict". */
  static String label(Verdict.Kind verdict) {
    return Kind.valueOf(verdict.name()).label;
  }

  private static Value value(int number, Claim claim) {
    String sentence = claim.sentence();
    int from = claim.start() - claim.sentenceStart();
    int to = Math.min(claim.end() - claim.sentenceStart(), sentence.length());
    boolean marks = from >= 0 && from < to;
    Attribution attribution = claim.attribution();
    return new Value(number, claim.outlet().isEmpty() ? "outlet unknown" : claim.outlet(),
        claim.articleTitle().isEmpty() ? claim.articleId() : claim.articleTitle(), webAddress(claim.articleUrl()),
        claim.articleDate().isEmpty() ? "date unknown" : claim.articleDate(), claim.articleId(), claim.id(),
        claim.valueText(), claim.qualifier(), IntervalChart.allows(claim),
        marks ? sentence.substring(0, from) : sentence, marks ? sentence.substring(from, to) : "",
        marks ? sentence.substring(to) : "", attribution.describeChain(), attribution.describeBasis(),
        attribution.origin() + (attribution.originResolved() ? "" : " (unresolved)"));
  }

  /** Only web addresses become links: an article's {@code javascript:} or {@code data:} url is shown, never run. */
  static String webAddress(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? url : "";
  }

  /** A chart label that fits beside the chart: its value's row below says the rest. */
  private static String shortened(String label) {
    return label.codePointCount(0, label.length()) <= CHART_LABEL_CHARS ? label
        : label.substring(0, label.offsetByCodePoints(0, CHART_LABEL_CHARS - 1)) + "…";
  }

  /** "1 article", "2 articles". */
  private static String counted(String n, String noun) {
    return n + " " + noun + (n.equals("1") ? "" : "s");
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Nothing but the page's own style and script, by their hashes: no network, no injected script or style. */
  private static String contentSecurityPolicy() {
    return "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '" + sha256(SCRIPT) + "'";
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(TEMPLATES + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
