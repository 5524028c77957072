package crosscheck.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import crosscheck.model.Qualifier;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the configuration: each file from the user's config folder when it is there, otherwise the default shipped
 * in the jar under {@code /config}. Every problem is a {@link ConfigException} naming the file, the line or JSON path
 * where there is one, and what is wrong, so that a broken file stops the run before it starts. Every number has a
 * checked range and no list may hold a blank or null entry.
 */
public final class ConfigLoader {

  public static final List<String> FILES =
      List.of("entities.json", "metrics.json", "names.json", "currencies.csv", "rates.csv", "qualifiers.csv",
          "abbreviations.txt", "numbers.json");

  /** Units of a currency per US dollar: every currency of the last century lies well inside. */
  private static final NumberRange RATE = new NumberRange("1e-6", "1e15");
  /** What one of a currency's spellings is worth in the currency ("cts": 0.01). */
  private static final NumberRange SCALE = new NumberRange("1e-6", "1e6");
  /** How far "about" widens a value, as a fraction of it. */
  private static final NumberRange APPROXIMATE_TOLERANCE = new NumberRange("0.001", "0.5");
  /** How far "more than" / "less than" widen a value: none at all up to the same bound as "about". */
  private static final NumberRange BOUND_TOLERANCE = new NumberRange("0", "0.5");
  /** A metric's smallest figure without a scale word. */
  private static final NumberRange MIN_VALUE = new NumberRange("0", "1e15");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

  private record EntitiesFile(
      @JsonProperty("_comment") String comment,
      @JsonProperty(value = "entities", required = true) List<EntityDef> entities,
      @JsonProperty(value = "anaphors", required = true) Map<EntityDef.Kind, List<String>> anaphors) {}

  private record MetricsFile(
      @JsonProperty("_comment") String comment,
      @JsonProperty(value = "metrics", required = true) List<MetricDef> metrics,
      @JsonProperty(value = "not_claims", required = true) List<String> notClaims,
      @JsonProperty("not_claim_sentences") List<String> notClaimSentences,
      @JsonProperty(value = "decrease_cues", required = true) List<String> decreaseCues,
      @JsonProperty(value = "table_currency", required = true) String tableCurrency,
      @JsonProperty(value = "conditions", required = true) Map<String, List<String>> conditions,
      @JsonProperty("duration_nouns") List<String> durationNouns,
      @JsonProperty("volume_units") Map<String, List<String>> volumeUnits,
      @JsonProperty("commodity_units") List<String> commodityUnits) {

    /** The optional lists, empty when the file leaves them out. */
    MetricsFile {
      notClaimSentences = Objects.requireNonNullElse(notClaimSentences, List.of());
      durationNouns = Objects.requireNonNullElse(durationNouns, List.of());
      volumeUnits = Objects.requireNonNullElse(volumeUnits, Map.of());
      commodityUnits = Objects.requireNonNullElse(commodityUnits, List.of());
    }
  }

  private record NumbersFile(
      @JsonProperty("_comment") String comment,
      @JsonProperty(value = "max_value", required = true) BigDecimal maxValue) {}

  /** The largest figure a claim may have: up to 1e300, so that every allowed figure converts to a finite double. */
  private static final NumberRange MAX_VALUE = new NumberRange("0", "1e300");

  private ConfigLoader() {}

  /**
   * Loads the configuration, taking files from {@code dir} where present ({@code null}: defaults only); {@code dir}
   * must be a folder holding config files only.
   */
  public static Config load(Path dir) {
    if (dir != null) {
      ConfigFolder.check(dir, FILES);
    }
    Source entitiesFile = open(dir, "entities.json");
    EntitiesFile entities = StrictJson.read(entitiesFile, EntitiesFile.class);
    checkEntities(entitiesFile.label(), entities);
    Source metricsFile = open(dir, "metrics.json");
    MetricsFile metrics = StrictJson.read(metricsFile, MetricsFile.class);
    checkMetrics(metricsFile.label(), metrics);
    Source namesFile = open(dir, "names.json");
    NameRules names = StrictJson.read(namesFile, NameRules.class);
    checkNames(namesFile.label(), names);
    List<CurrencyToken> currencies = readCurrencies(dir);
    Set<String> codes = new HashSet<>();
    currencies.forEach(c -> codes.add(c.code()));
    if (!codes.contains(metrics.tableCurrency())) {
      throw new ConfigException(metricsFile.label() + ": table_currency '" + metrics.tableCurrency()
          + "' is not a code of currencies.csv");
    }
    return new Config(
        entities.entities(),
        entities.anaphors(),
        metrics.metrics(),
        metrics.notClaims(),
        metrics.notClaimSentences(),
        metrics.decreaseCues(),
        metrics.tableCurrency(),
        metrics.conditions(),
        names,
        currencies,
        readRates(dir, codes),
        readQualifiers(dir),
        readAbbreviations(dir),
        readMaxValue(dir),
        Set.copyOf(metrics.durationNouns()),
        metrics.volumeUnits(),
        Set.copyOf(metrics.commodityUnits()));
  }

  private static BigDecimal readMaxValue(Path dir) {
    Source file = open(dir, "numbers.json");
    BigDecimal max = StrictJson.read(file, NumbersFile.class).maxValue();
    if (max.signum() <= 0 || !MAX_VALUE.contains(max)) {
      throw new ConfigException(file.label() + ": max_value " + max + " is out of range: it must be above 0 and at "
          + "most " + MAX_VALUE.max());
    }
    return max;
  }

  private static void checkEntities(String file, EntitiesFile entities) {
    Map<String, EntityDef> byName = new HashMap<>();
    Map<String, String> aliasOwner = new HashMap<>();
    for (int i = 0; i < entities.entities().size(); i++) {
      EntityDef e = entities.entities().get(i);
      String label = file + ": entities[" + i + "]";
      if (e.name().isBlank()) {
        throw new ConfigException(label + ": every entity needs a name");
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
    for (EntityDef e : entities.entities()) {
      if (!e.parent().isEmpty() && !byName.containsKey(e.parent())) {
        throw new ConfigException(file + ": entity '" + e.name() + "' has unknown parent '" + e.parent() + "'");
      }
    }
    entities.anaphors().forEach((kind, phrases) -> checkWords(file + ": anaphors." + kind.name().toLowerCase(
        java.util.Locale.ROOT), phrases));
  }

  /** Fails on a blank word or phrase in a list of them. */
  private static void checkWords(String where, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).isBlank()) {
        throw new ConfigException(where + "[" + i + "]: a blank word");
      }
    }
  }

  private static void checkMetrics(String file, MetricsFile metrics) {
    if (metrics.metrics().isEmpty()) {
      throw new ConfigException(file + ": metrics: no metric, so no number would be a claim");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < metrics.metrics().size(); i++) {
      MetricDef m = metrics.metrics().get(i);
      String label = file + ": metrics[" + i + "] '" + m.name() + "'";
      if (m.name().isBlank()) {
        throw new ConfigException(label + ": every metric needs a name");
      }
      if (!names.add(m.name())) {
        throw new ConfigException(label + ": metric '" + m.name() + "' is defined twice");
      }
      checkCues(label + ".cues", m.cues());
      checkCues(label + ".bare_cues", m.bareCues());
      checkCues(label + ".anywhere_cues", m.anywhereCues());
      if (!Double.isFinite(m.minValue()) || !MIN_VALUE.contains(BigDecimal.valueOf(m.minValue()))) {
        throw new ConfigException(label + ": min_value " + m.minValue() + " is out of range" + MIN_VALUE);
      }
    }
    checkCues(file + ": not_claims", metrics.notClaims());
    checkCues(file + ": not_claim_sentences", metrics.notClaimSentences());
    checkCues(file + ": decrease_cues", metrics.decreaseCues());
    checkWords(file + ": duration_nouns", metrics.durationNouns());
    metrics.conditions().forEach((name, cues) -> {
      if (name.isBlank() || cues.isEmpty()) {
        throw new ConfigException(file + ": conditions." + name + ": a condition needs a name and cues");
      }
      checkCues(file + ": conditions." + name, cues);
    });
    metrics.volumeUnits().forEach((name, spellings) -> {
      if (name.isBlank() || spellings.isEmpty()) {
        throw new ConfigException(file + ": volume_units." + name + ": a unit needs a name and spellings");
      }
      checkCues(file + ": volume_units." + name, spellings);
    });
    for (String unit : metrics.commodityUnits()) {
      if (!metrics.volumeUnits().containsKey(unit)) {
        throw new ConfigException(file + ": commodity_units: '" + unit + "' is not a unit of volume_units");
      }
    }
    for (MetricDef m : metrics.metrics()) {
      if (!m.opposite().isEmpty() && !names.contains(m.opposite())) {
        throw new ConfigException(file + ": metric '" + m.name() + "' names opposite metric '" + m.opposite()
            + "', which is not defined");
      }
      if (!m.opposite().isEmpty() && metrics.metrics().stream()
          .anyMatch(o -> o.name().equals(m.opposite()) && o.loss() == m.loss())) {
        throw new ConfigException(file + ": metric '" + m.name() + "' and its opposite '" + m.opposite()
            + "' are both " + (m.loss() ? "losses" : "not losses"));
      }
      if (!m.growth().isEmpty() && !names.contains(m.growth())) {
        throw new ConfigException(file + ": metric '" + m.name() + "' names growth metric '" + m.growth()
            + "', which is not defined");
      }
      boolean narrowsBare = metrics.metrics().stream()
          .anyMatch(other -> other.name().equals(m.narrows()) && !other.bareCues().isEmpty());
      if (!m.narrows().isEmpty() && !narrowsBare) {
        throw new ConfigException(file + ": metric '" + m.name() + "' narrows '" + m.narrows()
            + "', which is not a defined metric with bare_cues");
      }
    }
    boolean perShare = metrics.metrics().stream().anyMatch(MetricDef::perShare);
    for (MetricDef m : metrics.metrics()) {
      if (m.smallPerShare() && (m.minValue() <= 0 || !perShare)) {
        throw new ConfigException(file + ": metric '" + m.name() + "' is small_per_share, which needs a min_value "
            + "and a per_share metric");
      }
    }
    if (metrics.metrics().stream().filter(MetricDef::change).count() > 1) {
      throw new ConfigException(file + ": more than one metric is marked \"change\"");
    }
  }

  private static void checkNames(String file, NameRules names) {
    Map<String, List<String>> lists = new TreeMap<>(Map.of("legal_suffixes", names.legalSuffixes(),
        "descriptors", names.descriptors(), "connectors", names.connectors(), "person_titles", names.personTitles(),
        "company_nouns", names.companyNouns(), "organisation_words", names.organisationWords(),
        "place_words", names.placeWords(), "not_names", names.notNames(), "function_words", names.functionWords()));
    lists.put("nationalities", List.copyOf(new TreeMap<>(names.nationalities()).keySet()));
    lists.put("unit_nouns", names.unitNouns());
    lists.put("contract_nouns", names.contractNouns());
    lists.put("owner_cues", names.ownerCues());
    lists.put("headline_markers", names.headlineMarkers());
    lists.put("possessive_determiners", names.possessiveDeterminers());
    lists.forEach((name, words) -> checkWords(file + ": " + name, words));
  }

  /** Fails on a cue that is blank (it would match everywhere) or not a regular expression. */
  private static void checkCues(String where, List<String> cues) {
    checkWords(where, cues);
    for (int i = 0; i < cues.size(); i++) {
      try {
        Pattern.compile(cues.get(i));
      } catch (PatternSyntaxException e) {
        throw new ConfigException(where + "[" + i + "]: cue '" + cues.get(i) + "' is not a valid regular expression: "
            + e.getDescription());
      }
    }
  }

  private static List<CurrencyToken> readCurrencies(Path dir) {
    Set<String> spellings = new HashSet<>();
    return ConfigCsv.rows(open(dir, "currencies.csv"), List.of("token", "code", "position"), List.of("scale"),
        (row) -> {
      String code = row.get("code");
      if (!spellings.add(row.get("token") + " " + row.get("position"))) {
        throw new IllegalArgumentException("token '" + row.get("token") + "' is listed twice as "
            + row.get("position"));
      }
      String position = row.get("position");
      if (row.get("token").isBlank() || !code.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("needs a token and a three-letter ISO code, got '" + code + "'");
      }
      if (!List.of("prefix", "suffix", "attached").contains(position)) {
        throw new IllegalArgumentException("position must be prefix, suffix or attached, got '" + position + "'");
      }
      BigDecimal scale = row.isMapped("scale") && !row.get("scale").isBlank() ? SCALE.read(row, "scale")
          : BigDecimal.ONE;
      return new CurrencyToken(row.get("token"), code,
          CurrencyToken.Position.valueOf(position.toUpperCase(Locale.ROOT)), scale);
    });
  }

  private static RateTable readRates(Path dir, Set<String> knownCodes) {
    Map<String, TreeMap<String, RateTable.Rate>> byCurrency = new TreeMap<>();
    ConfigCsv.rows(open(dir, "rates.csv"), List.of("currency", "from_month", "units_per_usd"), List.of(), (row) -> {
      String currency = row.get("currency");
      String month = row.get("from_month");
      if (!knownCodes.contains(currency)) {
        throw new IllegalArgumentException("currency '" + currency + "' is not in currencies.csv");
      }
      if (!MONTH.matcher(month).matches()) {
        throw new IllegalArgumentException("from_month '" + month + "' is not YYYY-MM");
      }
      BigDecimal rate = RATE.read(row, "units_per_usd");
      if (byCurrency.computeIfAbsent(currency, c -> new TreeMap<>())
          .put(month, new RateTable.Rate(currency, month, rate)) != null) {
        throw new IllegalArgumentException(currency + " from " + month + " is listed twice");
      }
      return rate;
    });
    return new RateTable(byCurrency);
  }

  private static Map<String, Qualifier> readQualifiers(Path dir) {
    Map<String, Qualifier> qualifiers = new HashMap<>();
    ConfigCsv.rows(open(dir, "qualifiers.csv"), List.of("phrase", "meaning", "tolerance"), List.of(), (row) -> {
      Qualifier.Kind kind = switch (row.get("meaning")) {
        case "approximate" -> Qualifier.Kind.APPROXIMATE;
        case "lower_bound" -> Qualifier.Kind.LOWER_BOUND;
        case "upper_bound" -> Qualifier.Kind.UPPER_BOUND;
        default -> throw new IllegalArgumentException(
            "meaning must be approximate, lower_bound or upper_bound, got '" + row.get("meaning") + "'");
      };
      NumberRange range = kind == Qualifier.Kind.APPROXIMATE ? APPROXIMATE_TOLERANCE : BOUND_TOLERANCE;
      double tolerance = row.get("tolerance").isBlank() && kind != Qualifier.Kind.APPROXIMATE ? 0
          : range.read(row, "tolerance").doubleValue();
      String phrase = row.get("phrase").toLowerCase(java.util.Locale.ROOT);
      if (phrase.isBlank()) {
        throw new IllegalArgumentException("a qualifier needs a phrase");
      }
      if (qualifiers.put(phrase, new Qualifier(kind, phrase, tolerance)) != null) {
        throw new IllegalArgumentException("phrase '" + phrase + "' is listed twice");
      }
      return phrase;
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

  /** A config file's text, and how messages name it: its path, or which default it is. */
  record Source(String label, String text) {}

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
