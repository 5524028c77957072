package crosscheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
