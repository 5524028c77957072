package crosscheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir Path dir;

  private String errorFor(String file, String content) throws Exception {
    Files.writeString(dir.resolve(file), content);
    return assertThrows(ConfigException.class, () -> ConfigLoader.load(dir)).getMessage();
  }

  @Test
  void defaultsLoad() {
    Config config = ConfigLoader.load(null);
    assertTrue(config.entities().stream().anyMatch(e -> e.name().equals("Alibaba Cloud")));
    assertTrue(config.rates().rateFor("CNY", "2021-05").isPresent());
  }

  @Test
  void aFileInTheFolderReplacesTheDefault() throws Exception {
    Files.writeString(dir.resolve("rates.csv"), "currency,from_month,units_per_usd\nCNY,2021-01,7.00\n");
    Config config = ConfigLoader.load(dir);
    assertEquals("7.00", config.rates().rateFor("CNY", "2021-05").orElseThrow().unitsPerUsd().toPlainString());
  }

  @Test
  void brokenFilesNameTheFileTheLineAndTheProblem() throws Exception {
    String rate = errorFor("rates.csv", "currency,from_month,units_per_usd\nCNY,2021-01,6.4\nCNY,May 2021,6.4\n");
    assertTrue(rate.contains("rates.csv:3") && rate.contains("from_month 'May 2021'"), rate);

    String json = errorFor("entities.json", "{\"entities\": [ {\"name\": \"X\", \"kind\": \"planet\", "
        + "\"aliases\": [\"x\"]} ],\n \"anaphors\": {}}");
    assertTrue(json.contains("entities.json:1") && json.contains("planet"), json);

    Files.delete(dir.resolve("entities.json"));
    String regex = errorFor("metrics.json", "{\"metrics\": [{\"name\": \"m\", \"unit\": \"money\", \"kind\": "
        + "\"flow\", \"cues\": [\"(unclosed\"]}], \"not_claims\": [], \"decrease_cues\": [], "
        + "\"table_currency\": \"USD\", \"conditions\": {}}");
    assertTrue(regex.contains("metrics.json") && regex.contains("(unclosed"), regex);

    Files.delete(dir.resolve("metrics.json"));
    String column = errorFor("currencies.csv", "token,code\n$,USD\n");
    assertTrue(column.contains("currencies.csv:1") && column.contains("position"), column);
  }

  @Test
  void theLargestFigureMustBePositiveAndFinite() throws Exception {
    assertEquals(0, new java.math.BigDecimal("1e15").compareTo(ConfigLoader.load(null).maxValue()));
    for (String value : List.of("0", "-5", "1e400", "null")) {
      String message = errorFor("numbers.json", "{\"max_value\": " + value + "}");
      assertTrue(message.contains("numbers.json") && message.contains("max_value"), message);
    }
    String text = errorFor("numbers.json", "{\"max_value\": \"a lot\"}");
    assertTrue(text.contains("numbers.json:1"), text);
    Files.writeString(dir.resolve("numbers.json"), "{\"max_value\": 1e12}");
    assertEquals(0, new java.math.BigDecimal("1e12").compareTo(ConfigLoader.load(dir).maxValue()));
  }

  @Test
  void anAliasCannotNameTwoEntities() throws Exception {
    String message = errorFor("entities.json", "{\"entities\": ["
        + "{\"name\": \"A\", \"kind\": \"company\", \"aliases\": [\"Acme\"]},"
        + "{\"name\": \"B\", \"kind\": \"company\", \"aliases\": [\"acme\"]}], \"anaphors\": {}}");
    assertTrue(message.contains("'acme'") && message.contains("'A'"), message);
  }

  /** A message names the file and holds each of {@code words}. */
  private void assertRefused(String file, String content, String... words) throws Exception {
    String message = errorFor(file, content);
    assertTrue(message.contains(dir.resolve(file).toString()), message);
    for (String word : words) {
      assertTrue(message.contains(word), message);
    }
    assertFalse(message.contains("\n"), message);
    Files.delete(dir.resolve(file));
  }

  @Test
  void theConfigFolderMustExistAndHoldOnlyConfigFiles() throws Exception {
    String missing = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir.resolve("confg"))).getMessage();
    assertTrue(missing.contains("confg does not exist"), missing);
    Path file = Files.writeString(dir.resolve("rates.csv"), "currency,from_month,units_per_usd\n");
    String notFolder = assertThrows(ConfigException.class, () -> ConfigLoader.load(file)).getMessage();
    assertTrue(notFolder.contains("is not a folder"), notFolder);
    Files.delete(file);

    assertRefused("entites.json", "{}", "entites.json: not a config file", "entities.json, metrics.json");
    Files.createDirectories(dir.resolve("old"));
    String folder = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir)).getMessage();
    assertTrue(folder.contains("old: not a config file"), folder);
  }

  @Test
  void ratesAndScalesMustBeFinitePositiveNumbersInRange() throws Exception {
    for (String rate : List.of("1e-400", "0", "-1", "1e400", "NaN", "Infinity", "abc", "")) {
      assertRefused("rates.csv", "currency,from_month,units_per_usd\nCNY,2021-01,6.4\nCNY,2021-02," + rate + "\n",
          "rates.csv:3: units_per_usd", "it must be from 1e-6 to 1e15");
    }
    for (String scale : List.of("0", "NaN", "1e-400", "-0.01")) {
      assertRefused("currencies.csv", "token,code,position,scale\n$,USD,prefix,\ncts,USD,suffix," + scale + "\n",
          "currencies.csv:3: scale", "it must be from 1e-6 to 1e6");
    }
  }

  @Test
  void tolerancesMustBeInTheirRange() throws Exception {
    for (String tolerance : List.of("NaN", "1.5", "-0.1", "0", "1e-400", "")) {
      assertRefused("qualifiers.csv", "phrase,meaning,tolerance\nabout,approximate," + tolerance + "\n",
          "qualifiers.csv:2: tolerance", "it must be from 0.001 to 0.5");
    }
    assertRefused("qualifiers.csv", "phrase,meaning,tolerance\nover,lower_bound,Infinity\n",
        "qualifiers.csv:2: tolerance 'Infinity' is not a number: it must be from 0 to 0.5");
  }

  @Test
  void csvHeadersMustNameTheExpectedColumnsAndNoOthers() throws Exception {
    assertRefused("rates.csv", "", "rates.csv:1: missing column 'currency'");
    assertRefused("rates.csv", ",,\nCNY,2021-01,6.4\n", "rates.csv:1: the header cannot be read");
    assertRefused("currencies.csv", "token,code,position,scal\n$,USD,prefix,1\n",
        "currencies.csv:1: unknown column 'scal'", "optionally scale");
    assertRefused("qualifiers.csv", "phrase,meaning,tolerance\nabout,approximate\n",
        "qualifiers.csv:2: expected 3 fields, got 2");
  }

  /** A row repeated with another value must not let the last one win in silence. */
  @Test
  void csvRowsAreNotRepeated() throws Exception {
    assertRefused("qualifiers.csv", "phrase,meaning,tolerance\nabout,approximate,0.05\nAbout,approximate,0.1\n",
        "qualifiers.csv:3: phrase 'about' is listed twice");
    assertRefused("rates.csv", "currency,from_month,units_per_usd\nCNY,2021-01,6.4\nCNY,2021-01,6.5\n",
        "rates.csv:3: CNY from 2021-01 is listed twice");
    assertRefused("currencies.csv", "token,code,position\n$,USD,prefix\n$,AUD,prefix\n",
        "currencies.csv:3: token '$' is listed twice as prefix");
  }

  private static final String METRIC =
      "{\"name\": \"m\", \"unit\": \"money\", \"kind\": \"flow\", \"cues\": [\"sales\"]}";

  private static String metrics(String metric, String notClaims) {
    return "{\"metrics\": [" + metric + "], \"not_claims\": " + notClaims + ", \"decrease_cues\": [], "
        + "\"table_currency\": \"USD\", \"conditions\": {}}";
  }

  @Test
  void nullsInJsonAreErrorsWithTheirPath() throws Exception {
    String entity = "{\"name\": \"A\", \"kind\": \"company\", \"aliases\": [\"A\"]}";
    assertRefused("entities.json", "{\"entities\": null, \"anaphors\": {}}", "entities.json:1: at entities:",
        "null");
    assertRefused("entities.json", "{\"entities\": [" + entity + ", null], \"anaphors\": {}}",
        "at entities[1]:", "null");
    assertRefused("entities.json", "{\"entities\": [{\"name\": \"A\", \"kind\": \"company\",\n"
        + "\"aliases\": [\"A\", null]}], \"anaphors\": {}}", "entities.json:2: at entities[0].aliases[1]:");
    assertRefused("entities.json", "{\"entities\": [{\"name\": null, \"kind\": \"company\", \"aliases\": [\"A\"]}], "
        + "\"anaphors\": {}}", "at entities[0].name:");
    assertRefused("entities.json", "{\"entities\": [], \"anaphors\": null}", "at anaphors:");
    assertRefused("entities.json", "{\"entities\": [], \"anaphors\": {\"unit\": null}}", "at anaphors.unit:");
    assertRefused("entities.json", "{\"entities\": [], \"anaphors\": {\"unit\": [\"the unit\", null]}}",
        "at anaphors.unit[1]:");
    assertRefused("metrics.json", metrics(METRIC, "[null]"), "metrics.json:1: at not_claims[0]:");
    assertRefused("metrics.json", metrics(METRIC.replace("\"sales\"", "null"), "[]"), "at metrics[0].cues[0]:");
  }

  @Test
  void jsonKeysAreNotRepeatedAndNothingFollowsTheObject() throws Exception {
    assertRefused("entities.json", "{\"entities\": [], \"anaphors\": {}, \"entities\": []}", "entities.json:1:",
        "Duplicate field 'entities'");
    assertRefused("entities.json", "{\"entities\": [], \"anaphors\": {}}\n{}", "entities.json:2:", "Trailing token");
  }

  @Test
  void metricNumbersAndListsAreChecked() throws Exception {
    assertRefused("metrics.json", metrics(METRIC.replace("}", ", \"min_value\": 1e400}"), "[]"),
        "metrics[0] 'm': min_value Infinity is out of range: it must be from 0 to 1e15");
    assertRefused("metrics.json", metrics(METRIC.replace("}", ", \"min_value\": -1}"), "[]"),
        "min_value -1.0 is out of range");
    assertRefused("metrics.json", metrics(METRIC.replace("\"sales\"", "\" \""), "[]"),
        "metrics[0] 'm'.cues[0]: a blank word");
    assertRefused("metrics.json", metrics(METRIC, "[\"\"]"), "not_claims[0]: a blank word");
    assertRefused("metrics.json", metrics("", "[]"), "metrics: no metric");
    assertRefused("metrics.json", metrics(METRIC.replace("}", ", \"min_value\": 1000, \"small_per_share\": true}"),
        "[]"), "metric 'm' is small_per_share, which needs a min_value and a per_share metric");
    assertRefused("metrics.json", metrics(METRIC.replace("}", ", \"opposite\": \"n\"}") + ", "
        + METRIC.replace("\"m\"", "\"n\""), "[]"), "metric 'm' and its opposite 'n' are both not losses");
    assertRefused("metrics.json", metrics(METRIC.replace("\"cues\"", "\"anywhere_cues\": [\"(\"], \"cues\""), "[]"),
        "metrics[0] 'm'.anywhere_cues[0]: cue '(' is not a valid regular expression");
    assertRefused("metrics.json", metrics(METRIC, "[], \"not_claim_sentences\": [\"(\"]"),
        "not_claim_sentences[0]: cue '(' is not a valid regular expression");
  }
}
