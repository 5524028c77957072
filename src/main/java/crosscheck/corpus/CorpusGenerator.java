package crosscheck.corpus;

import crosscheck.io.Flags;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a synthetic corpus shaped like business reporting, deterministic from a seed: {@code input/} (articles as
 * .txt with header blocks, and some .jsonl), {@code config/entities.json} (the generated companies, their cloud units,
 * analysts and outlets) and {@code truth.csv} (the verdict each planted subject must get).
 *
 * <p>Each article covers one company's quarter: its cloud unit's revenue and growth (written as "$2.56 billion",
 * "US$2.56 billion", "RMB 16.5 billion (around $2.6 billion)", "about $2.6 billion"; periods as "the first quarter",
 * "the March quarter", "Q1 2022"), often the unit's market share the year before (exact, "about", "more than") with
 * an analyst cited before or after the number, and sometimes the group's loss for a fiscal year; filler sentences
 * carry numbers that are not claims (share prices, head counts, data centers, founding years). Several articles cover
 * the same quarter, so subjects agree; in about one subject in eight some articles carry a wrong figure, so it
 * conflicts.
 *
 * <p>Usage: {@code CorpusGenerator --articles=N [--seed=S] --out=DIR}.
 */
public final class CorpusGenerator {

  static final String[] ANALYSTS = {"Canalys", "IDC", "Gartner", "Synergy Research"};
  static final String[] OUTLETS = {"Wire Daily", "Tech Ledger", "Market Post", "Cloud Street Journal"};
  private static final String[] SYLLABLES = {"nor", "vex", "qua", "ti", "va", "lum", "en", "ora", "zen", "tek", "mar",
      "sol", "ari", "cor", "dyn", "pix", "tal", "bri", "ven", "kor", "sy", "plex", "ion", "dra", "mo", "ka", "ru",
      "zo", "lin", "fa"};
  private static final String[] QUARTER_WORDS = {"first", "second", "third", "fourth"};
  private static final String[] QUARTER_MONTHS = {"March", "June", "September", "December"};
  private static final double CNY_PER_USD = 6.45;

  /** A generated company and its cloud unit. */
  record Company(String name, int fiscalYearEnd) {
    String unit() {
      return name + " Cloud";
    }

    String group() {
      return name + " Group";
    }
  }

  /** What one subject's articles said, for the truth file. */
  private static final class Subject {
    final Set<Integer> right = new LinkedHashSet<>();
    final Set<Integer> wrong = new LinkedHashSet<>();
  }

  private final Random random;
  private final long seed;
  private final List<Company> companies = new ArrayList<>();
  private final Map<String, Subject> subjects = new TreeMap<>();

  CorpusGenerator(long seed, int companyCount) {
    this.seed = seed;
    this.random = new Random(seed);
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < companyCount) {
      StringBuilder name = new StringBuilder();
      int syllables = 2 + random.nextInt(2);
      for (int i = 0; i < syllables; i++) {
        name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      names.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }
    for (String name : names) {
      companies.add(new Company(name, random.nextInt(10) < 3 ? 3 : 12));
    }
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> options = Flags.parse(args);
    int articles = Integer.parseInt(options.getOrDefault("articles", "1000"));
    long seed = Long.parseLong(options.getOrDefault("seed", "42"));
    Path out = Path.of(options.getOrDefault("out", "corpus"));
    long started = System.nanoTime();
    generate(articles, seed, out);
    System.err.printf("wrote %d articles to %s in %.1f s%n", articles, out, (System.nanoTime() - started) / 1e9);
  }

  /** Writes the corpus of {@code articles} articles into {@code out} (input/, config/, truth.csv). */
  public static void generate(int articles, long seed, Path out) throws IOException {
    CorpusGenerator generator = new CorpusGenerator(seed, Math.max(10, articles / 30));
    Files.createDirectories(out.resolve("input"));
    Files.createDirectories(out.resolve("config"));
    generator.writeEntities(out.resolve("config/entities.json"));
    BufferedWriter jsonl = null;
    ObjectMapper json = new ObjectMapper();
    try {
      for (int i = 0; i < articles; i++) {
        String id = String.format("g%07d", i);
        Article a = generator.article(i);
        if (i % 10 == 9) {
          if (jsonl == null || i % 1000 == 9) {
            if (jsonl != null) {
              jsonl.close();
            }
            jsonl = Files.newBufferedWriter(out.resolve(String.format("input/feed-%05d.jsonl", i / 1000)));
          }
          ObjectNode line = json.createObjectNode();
          line.put("id", id).put("source", a.outlet).put("date", a.date.toString()).put("title", a.title)
              .put("text", a.body);
          jsonl.write(line.toString());
          jsonl.write('\n');
        } else {
          Files.writeString(out.resolve("input/" + id + ".txt"), "title: " + a.title + "\nsource: " + a.outlet
              + "\ndate: " + a.date + "\n\n" + a.body, StandardCharsets.UTF_8);
        }
      }
    } finally {
      if (jsonl != null) {
        jsonl.close();
      }
    }
    generator.writeTruth(out.resolve("truth.csv"));
  }

  private record Article(String title, String outlet, LocalDate date, String body) {}

  private Article article(int index) {
    Company c = companies.get(random.nextInt(companies.size()));
    int year = 2021 + random.nextInt(3);
    int quarter = 1 + random.nextInt(4);
    LocalDate date = LocalDate.of(year, quarter * 3, 1).plusMonths(1).plusDays(random.nextInt(45));
    String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
    String qLabel = year + "-Q" + quarter;
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(c.name() + " reported quarterly results on " + monthDay(date) + ". " + c.name()
        + " shares were rising " + twoDecimals(0.1 + random.nextDouble() * 5) + "% to $"
        + twoDecimals(20 + random.nextDouble() * 300) + " on " + date.getDayOfWeek().getDisplayName(TextStyle.FULL,
        Locale.ENGLISH) + " at publication.");

    // The cloud unit's quarter: revenue and growth.
    double revenue = trueValue("rev", c, qLabel, 0.4, 30);
    double growth = Math.round(trueValue("growth", c, qLabel, 3, 80));
    boolean wrongRevenue = planted(c.unit() + "|revenue|" + qLabel, index);
    boolean wrongGrowth = planted(c.unit() + "|growth rate|" + qLabel, index);
    String money = money(wrongRevenue ? revenue * 1.15 : revenue, !isConflictSubject(c.unit() + "|revenue|" + qLabel));
    String percent = (int) (wrongGrowth ? growth + 9 : growth) + "%";
    String period = quarterPhrase(year, quarter);
    paragraphs.add(switch (random.nextInt(4)) {
      case 3 -> c.unit() + " remained the group's fastest-growing business. The segment's revenue grew " + percent
          + " year-on-year to " + money + " in " + period + ", the company said.";
      case 0 -> c.unit() + " revenue grew " + percent + " year-on-year to " + money + " in " + period
          + ", the company said.";
      case 1 -> "Revenue at " + c.name() + "'s cloud business rose " + percent + " from a year earlier to " + money
          + " in " + period + ", according to the company's earnings release.";
      default -> "According to " + c.name() + ", revenue at " + c.unit() + " reached " + money + " in " + period
          + ", up " + percent + " year-on-year.";
    });

    // The unit's market share in the previous year, most of the time.
    if (random.nextInt(10) < 7) {
      String yLabel = Integer.toString(year - 1);
      double share = Math.round(trueValue("share", c, yLabel, 30, 450)) / 10.0;
      String key = c.unit() + "|market share|" + yLabel;
      boolean wrong = planted(key, index);
      double written = wrong ? share * 1.25 : share;
      String shareText = switch (isConflictSubject(key) ? random.nextInt(2) : random.nextInt(3)) {
        case 0 -> oneDecimal(written) + "%";
        case 1 -> "about " + Math.round(written) + "%";
        default -> "more than " + (int) Math.floor(written - 1) + "%";
      };
      String analyst = ANALYSTS[random.nextInt(ANALYSTS.length)];
      // "last year" only where it means the year before the quarter: not in January for the fourth quarter.
      String when = date.getYear() == year && random.nextBoolean() ? "last year" : "in " + (year - 1);
      paragraphs.add(random.nextBoolean()
          ? "According to research firm " + analyst + ", " + c.unit() + " had a market share of " + shareText + " "
              + when + "."
          : c.unit() + "'s market share was " + shareText + " " + when + ", " + analyst + " said.");
    }

    // The group's loss for its last complete fiscal year, sometimes.
    if (random.nextInt(10) < 3) {
      int fiscalYear = c.fiscalYearEnd() <= date.getMonthValue() - 1 ? date.getYear()
          : date.getYear() - 1;
      String fLabel = String.format("FY ending %04d-%02d", fiscalYear, c.fiscalYearEnd());
      String key = c.group() + "|net loss|" + fLabel;
      double loss = trueValue("loss", c, fLabel, 0.05, 3);
      paragraphs.add(c.group() + " reported a net loss of " + money(planted(key, index) ? loss * 1.2 : loss,
          !isConflictSubject(key)) + " in fiscal year " + fiscalYear + ".");
    }

    paragraphs.add(filler(c));
    paragraphs.addAll(background(c));
    paragraphs.add("Reporting by " + OUTLETS[random.nextInt(OUTLETS.length)] + " staff; reference " + index + ".");
    String title = c.name() + " posts " + QUARTER_WORDS[quarter - 1] + "-quarter results as cloud sales climb";
    return new Article(title, outlet, date, String.join("\n\n", paragraphs) + "\n");
  }

  private String filler(Company c) {
    List<String> sentences = new ArrayList<>(List.of(
        "The company was founded in " + (1990 + random.nextInt(25)) + " and now runs " + (2 + random.nextInt(40))
            + " data centers in " + (2 + random.nextInt(20)) + " countries.",
        "It employs " + (1 + random.nextInt(90)) + ",000 people worldwide.",
        "On " + monthDay(LocalDate.of(2021, 1 + random.nextInt(12), 1 + random.nextInt(28))) + ", " + c.name()
            + " announced a partnership with " + companies.get(random.nextInt(companies.size())).name() + ".",
        c.group() + " shares closed at $" + twoDecimals(10 + random.nextDouble() * 200) + " last Friday.",
        "Analysts expect the competition to intensify over the next " + (2 + random.nextInt(4)) + " years."));
    java.util.Collections.shuffle(sentences, random);
    return String.join(" ", sentences.subList(0, 3));
  }

  private static final String[] BACKGROUND = {
      "Competition in the cloud market has intensified as the largest providers cut prices for storage and compute.",
      "Customers in retail, finance and gaming have moved more of their workloads to public clouds since the "
          + "pandemic.",
      "Executives told analysts on the earnings call that demand from smaller businesses remained soft.",
      "Regulators in several countries are reviewing how data is stored and moved across borders.",
      "The company has been investing in its own chips to lower the cost of running artificial intelligence "
          + "models.",
      "Some investors worry that spending on new data centers will weigh on margins for several quarters.",
      "Rivals have responded by bundling cloud services with software licences and support contracts.",
      "The unit's management said it would focus on profitable growth rather than market share at any cost.",
      "Several large customers renegotiated their contracts during the period, according to people familiar "
          + "with the matter.",
      "Analysts said the results were broadly in line with expectations, though guidance was cautious.",
      "The group plans to list some of its businesses separately, a move that could unlock value for "
          + "shareholders.",
      "Power prices and the cost of servers rose during the period, squeezing operating margins.",
      "The company did not respond to a request for comment on the outlook for the rest of the year.",
      "Industry executives expect spending on generative AI to lift demand for computing capacity.",
      "Smaller providers are focusing on niche markets such as government, healthcare and manufacturing."};

  /** Paragraphs of the prose real reporting surrounds its figures with: words, and no claims. */
  private List<String> background(Company c) {
    List<String> sentences = new ArrayList<>(List.of(BACKGROUND));
    java.util.Collections.shuffle(sentences, random);
    int count = 8 + random.nextInt(6);
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < count; i += 4) {
      paragraphs.add(String.join(" ", sentences.subList(i, Math.min(count, i + 4))).replace("The company",
          c.name()));
    }
    return paragraphs;
  }

  /** A subject's true value, fixed by the seed and the subject whatever article writes it. */
  private double trueValue(String what, Company c, String period, double low, double high) {
    Random r = new Random(seed ^ (what + "|" + c.name() + "|" + period).hashCode());
    return low + r.nextDouble() * (high - low);
  }

  /** About one subject in eight is planted with wrong figures. */
  private boolean isConflictSubject(String key) {
    return new Random(seed ^ key.hashCode() ^ 0x5DEECE66DL).nextInt(8) == 0;
  }

  /** Whether this article writes the subject's wrong figure; records what it said for the truth. */
  private boolean planted(String key, int article) {
    boolean wrong = isConflictSubject(key) && new Random(seed ^ (key + "#" + article).hashCode()).nextInt(3) == 0;
    Subject s = subjects.computeIfAbsent(key, k -> new Subject());
    (wrong ? s.wrong : s.right).add(article);
    return wrong;
  }

  /** A dollar amount as reporting writes it: exact, in RMB with the article's own conversion, or hedged. */
  private String money(double usdBillions, boolean mayHedge) {
    int style = random.nextInt(mayHedge ? 5 : 4);
    return switch (style) {
      case 0 -> "$" + twoDecimals(usdBillions) + " billion";
      case 1 -> "US$" + twoDecimals(usdBillions) + " billion";
      case 2 -> "RMB " + oneDecimal(usdBillions * CNY_PER_USD) + " billion (around $" + twoDecimals(usdBillions)
          + " billion)";
      case 3 -> usdBillions < 1 ? "$" + Math.round(usdBillions * 1000) + " million"
          : "$" + twoDecimals(usdBillions) + "bn";
      default -> "about $" + oneDecimal(usdBillions) + " billion";
    };
  }

  private String quarterPhrase(int year, int quarter) {
    return switch (random.nextInt(4)) {
      case 0 -> "the " + QUARTER_WORDS[quarter - 1] + " quarter";
      case 1 -> "the " + QUARTER_MONTHS[quarter - 1] + " quarter";
      case 2 -> "Q" + quarter + " " + year;
      default -> "the " + QUARTER_WORDS[quarter - 1] + " quarter of " + year;
    };
  }

  private static String monthDay(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth();
  }

  private static String twoDecimals(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String oneDecimal(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private void writeEntities(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    ArrayNode entities = root.putArray("entities");
    for (Company c : companies) {
      ObjectNode company = entities.addObject().put("name", c.group()).put("kind", "company")
          .put("fiscal_year_end", String.format("%02d", c.fiscalYearEnd()));
      company.putArray("aliases").add(c.name()).add(c.group()).add(c.name() + " Holdings Ltd.");
      ObjectNode unit = entities.addObject().put("name", c.unit()).put("kind", "unit").put("parent", c.group())
          .put("domain", "cloud");
      unit.putArray("aliases").add(c.unit()).add(c.name() + "'s cloud business");
    }
    for (String analyst : ANALYSTS) {
      entities.addObject().put("name", analyst).put("kind", "organisation").putArray("aliases").add(analyst);
    }
    for (String outlet : OUTLETS) {
      entities.addObject().put("name", outlet).put("kind", "outlet").putArray("aliases").add(outlet);
    }
    ObjectNode anaphors = root.putObject("anaphors");
    anaphors.putArray("unit").add("the cloud unit").add("the segment");
    anaphors.putArray("company").add("the company").add("the group");
    anaphors.putArray("contract").add("the contract");
    Files.writeString(file, json.writeValueAsString(root));
  }

  private void writeTruth(Path file) throws IOException {
    StringBuilder out = new StringBuilder("entity,metric,period,verdict,articles\n");
    subjects.forEach((key, s) -> {
      int articles = s.right.size() + s.wrong.size();
      String verdict = articles == 1 ? "SINGLE_SOURCE" : !s.right.isEmpty() && !s.wrong.isEmpty() ? "CONFLICT"
          : "AGREE";
      String[] parts = key.split("\\|");
      out.append(parts[0]).append(',').append(parts[1]).append(',').append(parts[2]).append(',').append(verdict)
          .append(',').append(articles).append('\n');
    });
    Files.writeString(file, out);
  }
}
