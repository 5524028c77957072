package crosscheck.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.model.Qualifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the configuration: each file from the user's config folder when it is there, otherwise the default shipped
 * in the jar under {@code /config}. Every problem is a {@link ConfigException} naming the file, the line where one is
 * known, and what is wrong, so that a broken file stops the run before it starts.
 */
public final class ConfigLoader {

  public static final List<String> FILES =
      List.of("entities.json", "metrics.json", "names.json", "currencies.csv", "rates.csv", "qualifiers.csv",
          "abbreviations.txt", "numbers.json");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

  private record EntitiesFile(
      @JsonProperty("_comment") String comment,
      @JsonProperty(value = "entities", required = true) List<EntityDef> entities,
      @JsonProperty(value = "anaphors", required = true) Map<EntityDef.Kind, List<String>> anaphors) {}

  private record MetricsFile(
      @JsonProperty("_comment") String comment,
      @JsonProperty(value = "metrics", required = true) List<MetricDef> metrics,
      @JsonProperty(value = "not_claims", required = true) List<String> notClaims,
      @JsonProperty(value = "decrease_cues", required = true) List<String> decreaseCues,
      @JsonProperty(value = "table_currency", required = true) String tableCurrency,
      @JsonProperty(value = "conditions", required = true) Map<String, List<String>> conditions) {}

  private record NumbersFile(
      @JsonProperty("_comment") String comment,
      @JsonProperty(value = "max_value", required = true) BigDecimal maxValue) {}

  /** The largest max_value: every figure within it, and its interval, is a finite double. */
  private static final BigDecimal LARGEST_MAX_VALUE = new BigDecimal("1e300");

  private ConfigLoader() {}

  /** Loads the configuration, taking files from {@code dir} where present ({@code null}: defaults only). */
  public static Config load(Path dir) {
    EntitiesFile entities = readJson(dir, "entities.json", EntitiesFile.class);
    checkEntities(entities);
    MetricsFile metrics = readJson(dir, "metrics.json", MetricsFile.class);
    checkMetrics(metrics);
    NameRules names = readJson(dir, "names.json", NameRules.class);
    checkNames(names);
    List<CurrencyToken> currencies = readCurrencies(dir);
    Set<String> codes = new HashSet<>();
    currencies.forEach(c -> codes.add(c.code()));
    if (!codes.contains(metrics.tableCurrency())) {
      throw new ConfigException("metrics.json: table_currency '" + metrics.tableCurrency()
          + "' is not a code of currencies.csv");
    }
    return new Config(
        entities.entities(),
        entities.anaphors(),
        metrics.metrics(),
        metrics.notClaims(),
        metrics.decreaseCues(),
        metrics.tableCurrency(),
        metrics.conditions(),
        names,
        currencies,
        readRates(dir, codes),
        readQualifiers(dir),
        readAbbreviations(dir),
        readMaxValue(dir));
  }

  private static BigDecimal readMaxValue(Path dir) {
    BigDecimal max = readJson(dir, "numbers.json", NumbersFile.class).maxValue();
    if (max == null || max.signum() <= 0 || max.compareTo(LARGEST_MAX_VALUE) > 0) {
      throw new ConfigException("numbers.json: max_value must be above 0 and at most 1e300, got " + max);
    }
    return max;
  }

  private static <T> T readJson(Path dir, String name, Class<T> type) {
    Source source = open(dir, name);
    try {
      T value = JSON.readValue(source.text(), type);
      if (value == null) {
        throw new ConfigException(source.label() + ": the file is empty");
      }
      return value;
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ConfigException(source.label() + ":" + line + ": " + e.getOriginalMessage(), e);
    }
  }

  private static void checkEntities(EntitiesFile file) {
    String label = "entities.json";
    Map<String, EntityDef> byName = new HashMap<>();
    Map<String, String> aliasOwner = new HashMap<>();
    for (EntityDef e : file.entities()) {
      if (e.name().isBlank() || e.kind() == null) {
        throw new ConfigException(label + ": every entity needs a name and a kind");
      }
      if (byName.put(e.name(), e) != null) {
        throw new ConfigException(label + ": entity '" + e.name() + "' is defined twice");
      }
      if (!e.fiscalYearEnd().isEmpty() && !e.fiscalYearEnd().matches("0[1-9]|1[0-2]")) {
        throw new ConfigException(label + ": entity '" + e.name() + "': fiscal_year_end '" + e.fiscalYearEnd()
            + "' is not a month 01-12");
      }
      if (e.aliases().isEmpty()) {
        throw new ConfigException(label + ": entity '" + e.name() + "' has no aliases");
      }
      for (String alias : e.aliases()) {
        String key = alias.toLowerCase(java.util.Locale.ROOT);
        String previous = aliasOwner.put(key, e.name());
        if (alias.isBlank() || (previous != null && !previous.equals(e.name()))) {
          throw new ConfigException(label + ": alias '" + alias + "' of '" + e.name() + "' is blank or also names '"
              + previous + "'");
        }
      }
    }
    for (EntityDef e : file.entities()) {
      if (!e.parent().isEmpty() && !byName.containsKey(e.parent())) {
        throw new ConfigException(label + ": entity '" + e.name() + "' has unknown parent '" + e.parent() + "'");
      }
    }
  }

  private static void checkMetrics(MetricsFile file) {
    Set<String> names = new HashSet<>();
    for (MetricDef m : file.metrics()) {
      if (!names.add(m.name())) {
        throw new ConfigException("metrics.json: metric '" + m.name() + "' is defined twice");
      }
      m.cues().forEach(cue -> checkRegex("metrics.json: metric '" + m.name() + "'", cue));
    }
    file.notClaims().forEach(cue -> checkRegex("metrics.json: not_claims", cue));
    file.decreaseCues().forEach(cue -> checkRegex("metrics.json: decrease_cues", cue));
    file.conditions().forEach((name, cues) -> cues.forEach(cue -> checkRegex("metrics.json: conditions." + name, cue)));
    for (MetricDef m : file.metrics()) {
      if (!m.opposite().isEmpty() && !names.contains(m.opposite())) {
        throw new ConfigException("metrics.json: metric '" + m.name() + "' names opposite metric '" + m.opposite()
            + "', which is not defined");
      }
      if (!m.growth().isEmpty() && !names.contains(m.growth())) {
        throw new ConfigException("metrics.json: metric '" + m.name() + "' names growth metric '" + m.growth()
            + "', which is not defined");
      }
    }
    if (file.metrics().stream().filter(MetricDef::change).count() > 1) {
      throw new ConfigException("metrics.json: more than one metric is marked \"change\"");
    }
  }

  private static void checkNames(NameRules names) {
    List<List<String>> lists = List.of(names.legalSuffixes(), names.descriptors(), names.connectors(),
        names.personTitles(), names.companyNouns(), names.organisationWords(), names.placeWords(), names.notNames(), List.copyOf(names.nationalities().keySet()),
        names.functionWords());
    for (List<String> list : lists) {
      if (list.stream().anyMatch(word -> word == null || word.isBlank())) {
        throw new ConfigException("names.json: a word list holds a blank or null word");
      }
    }
  }

  private static void checkRegex(String where, String regex) {
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new ConfigException(where + ": cue '" + regex + "' is not a valid regular expression: "
          + e.getDescription());
    }
  }

  private static List<CurrencyToken> readCurrencies(Path dir) {
    return readCsv(dir, "currencies.csv", List.of("token", "code", "position"), (row) -> {
      String code = row.get("code");
      String position = row.get("position");
      if (row.get("token").isBlank() || !code.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("needs a token and a three-letter ISO code, got '" + code + "'");
      }
      if (!position.equals("prefix") && !position.equals("suffix")) {
        throw new IllegalArgumentException("position must be prefix or suffix, got '" + position + "'");
      }
      BigDecimal scale = row.isMapped("scale") && !row.get("scale").isBlank() ? new BigDecimal(row.get("scale"))
          : BigDecimal.ONE;
      if (scale.signum() <= 0) {
        throw new IllegalArgumentException("scale must be positive, got " + scale);
      }
      return new CurrencyToken(row.get("token"), code, position.equals("prefix"), scale);
    });
  }

  private static RateTable readRates(Path dir, Set<String> knownCodes) {
    Map<String, TreeMap<String, RateTable.Rate>> byCurrency = new TreeMap<>();
    readCsv(dir, "rates.csv", List.of("currency", "from_month", "units_per_usd"), (row) -> {
      String currency = row.get("currency");
      String month = row.get("from_month");
      if (!knownCodes.contains(currency)) {
        throw new IllegalArgumentException("currency '" + currency + "' is not in currencies.csv");
      }
      if (!MONTH.matcher(month).matches()) {
        throw new IllegalArgumentException("from_month '" + month + "' is not YYYY-MM");
      }
      BigDecimal rate = new BigDecimal(row.get("units_per_usd"));
      if (rate.signum() <= 0) {
        throw new IllegalArgumentException("units_per_usd must be positive, got " + rate);
      }
      byCurrency.computeIfAbsent(currency, c -> new TreeMap<>())
          .put(month, new RateTable.Rate(currency, month, rate));
      return rate;
    });
    return new RateTable(byCurrency);
  }

  private static Map<String, Qualifier> readQualifiers(Path dir) {
    Map<String, Qualifier> qualifiers = new HashMap<>();
    readCsv(dir, "qualifiers.csv", List.of("phrase", "meaning", "tolerance"), (row) -> {
      Qualifier.Kind kind = switch (row.get("meaning")) {
        case "approximate" -> Qualifier.Kind.APPROXIMATE;
        case "lower_bound" -> Qualifier.Kind.LOWER_BOUND;
        case "upper_bound" -> Qualifier.Kind.UPPER_BOUND;
        default -> throw new IllegalArgumentException(
            "meaning must be approximate, lower_bound or upper_bound, got '" + row.get("meaning") + "'");
      };
      String tolerance = row.get("tolerance");
      double value = tolerance.isBlank() ? 0 : Double.parseDouble(tolerance);
      if (value < 0 || value >= 1 || (kind == Qualifier.Kind.APPROXIMATE && value == 0)) {
        throw new IllegalArgumentException("tolerance must be a fraction in [0, 1), and above 0 for approximate");
      }
      String phrase = row.get("phrase").toLowerCase(java.util.Locale.ROOT);
      return qualifiers.put(phrase, new Qualifier(kind, phrase, value));
    });
    return qualifiers;
  }

  private static Set<String> readAbbreviations(Path dir) {
    Set<String> words = new LinkedHashSet<>();
    for (String line : open(dir, "abbreviations.txt").text().split("\n")) {
      String word = line.strip();
      if (!word.isEmpty() && !word.startsWith("#")) {
        words.add(word);
      }
    }
    return words;
  }

  private static <T> List<T> readCsv(Path dir, String name, List<String> columns, Function<CSVRecord, T> row) {
    Source source = open(dir, name);
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    List<T> rows = new ArrayList<>();
    try (Reader reader = new StringReader(source.text()); CSVParser parser = CSVParser.parse(reader, format)) {
      for (String column : columns) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new ConfigException(source.label() + ":1: missing column '" + column + "' (expected "
              + String.join(",", columns) + ")");
        }
      }
      for (CSVRecord record : parser) {
        try {
          if (!record.isConsistent()) {
            throw new IllegalArgumentException("expected " + columns.size() + " fields, got " + record.size());
          }
          rows.add(row.apply(record));
        } catch (IllegalArgumentException e) {
          throw new ConfigException(source.label() + ":" + parser.getCurrentLineNumber() + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ConfigException(source.label() + ": cannot be read as CSV: " + e.getMessage(), e);
    }
    return rows;
  }

  private record Source(String label, String text) {}

  private static Source open(Path dir, String name) {
    if (dir != null) {
      Path file = dir.resolve(name);
      if (Files.exists(file)) {
        try {
          return new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new ConfigException(file + ": cannot be read: " + e, e);
        }
      }
    }
    try (InputStream in = ConfigLoader.class.getResourceAsStream("/config/" + name)) {
      if (in == null) {
        throw new ConfigException("default config file /config/" + name + " is missing from the build");
      }
      return new Source("(default) config/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ConfigException("default config file /config/" + name + " cannot be read: " + e, e);
    }
  }
}
