package crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crosscheck.output.OutputFiles;
import crosscheck.run.NightlyRun;
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

    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(new String[] {"--config=" + config, "--output=" + out}));

    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(Files.newBufferedReader(out.resolve(OutputFiles.CONFLICTS), StandardCharsets.UTF_8)).getRecords();
    Set<String> subjects = new TreeSet<>();
    rows.forEach(r -> subjects.add(r.get(0).replace("\uFEFF", "")));
    System.out.println("subjects found with no company listed: " + subjects);
    assertTrue(rows.size() >= 20, rows.size() + " subjects");
    assertTrue(subjects.containsAll(Set.of("Alibaba", "Alibaba Cloud", "ByteDance contract")), subjects.toString());
    // "the segment", "its cloud business", "the cloud unit" and "Alibaba's cloud computing business" are the
    // articles' "Alibaba Cloud" though no unit is listed, and the four verdicts that compare sources hold.
    assertEquals("AGREE 4", verdict(rows, "Alibaba Cloud", "growth rate", "2021-Q1"));
    assertEquals("AGREE 3", verdict(rows, "Alibaba Cloud", "revenue", "2021-Q1"));
    assertEquals("CONFLICT 2", verdict(rows, "Alibaba Cloud", "growth rate", "2020"));
    // "the TikTok deal" (TikTok, "owned by ByteDance", in that story) and "the contract" (the story's only one,
    // "ByteDance's contract") are one contract though none is listed.
    assertEquals("AGREE 2", verdict(rows, "ByteDance contract", "deal value", "per year"));
    // "the average for Chinese cloud firms of some 50%" is those firms' figure, not China's or Alibaba Cloud's.
    assertEquals("SINGLE_SOURCE 1", verdict(rows, "Chinese cloud firms", "growth rate", "2020"));
    assertTrue(rows.stream().noneMatch(r -> r.get(0).equals("China")), subjects.toString());
  }

  private static String verdict(List<CSVRecord> rows, String entity, String metric, String period) {
    return rows.stream().filter(r -> r.get(0).replace("\uFEFF", "").equals(entity) && r.get(1).equals(metric)
        && r.get(2).equals(period)).map(r -> r.get(3) + " " + r.get(4)).findFirst().orElse("none");
  }
}
