package crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds with an {@code entities.json} that lists no company, unit, contract or industry (only outlets, bodies and
 * people): the job must still find the claims, with subjects read from the text.
 */
class NoListedCompaniesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void seedsGiveClaimsWithNoCompanyListed() throws IOException {
    Path config = Files.createDirectories(tmp.resolve("config"));
    ObjectNode entities;
    try (InputStream in = getClass().getResourceAsStream("/config/entities.json")) {
      entities = (ObjectNode) JSON.readTree(in);
    }
    ArrayNode kept = JSON.createArrayNode();
    entities.withArray("entities").forEach(e -> {
      if (!Set.of("company", "unit", "contract", "industry").contains(e.get("kind").asText())) {
        ((ObjectNode) e).remove("parent"); // their parents were companies
        kept.add(e);
      }
    });
    entities.set("entities", kept);
    JSON.writeValue(config.resolve("entities.json").toFile(), entities);
    Path out = tmp.resolve("out");

    assertEquals(CrossCheck.EXIT_OK, CrossCheck.run(new String[] {"--config=" + config, "--output=" + out}));

    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(Files.newBufferedReader(out.resolve(CrossCheck.CONFLICTS), StandardCharsets.UTF_8)).getRecords();
    Set<String> subjects = new TreeSet<>();
    rows.forEach(r -> subjects.add(r.get(0).replace("\uFEFF", "")));
    System.out.println("subjects found with no company listed: " + subjects);
    assertTrue(rows.size() >= 20, rows.size() + " subjects");
    assertTrue(subjects.containsAll(Set.of("Alibaba", "Alibaba Cloud", "ByteDance")), subjects.toString());
    assertTrue(rows.stream().anyMatch(r -> r.get(0).endsWith("Alibaba Cloud") && r.get(1).equals("growth rate")
        && r.get(2).equals("2021-Q1") && r.get(3).equals("AGREE")), "Alibaba Cloud's 37% in 2021-Q1 agrees");
  }
}
