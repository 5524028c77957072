package crosscheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.SeedArticles;
import crosscheck.config.ConfigLoader;
import crosscheck.model.Verdict;
import crosscheck.output.OutputFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The verdicts the seed articles must give, through the real transforms on the DirectRunner: read from the subjects'
 * lines of groups.jsonl that DetectConflicts gives as parts.
 */
@ExtendWith(TestPipelineExtension.class)
class SeedVerdictsPipelineTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void seedVerdicts(TestPipeline pipeline) throws java.io.IOException {
    List<String> files = SeedArticles.INPUT.articleFiles().stream().map(file -> file.resourceId().toString()).toList();
    PCollectionTuple read = pipeline.apply("ReadArticles",
        new ReadArticles(files, 2, SeedArticles.sidecar(), 10_000_000, List.of()));
    PCollection<KV<String, Iterable<KV<String, String>>>> parts = read.get(ReadArticles.ARTICLES)
        .apply("ExtractClaims", new ExtractClaims(ConfigLoader.load(null), 16))
        .get(ExtractClaims.CLAIMS)
        .apply("DetectConflicts", new DetectConflicts(""));

    PAssert.that(read.get(ReadArticles.REJECTED)).empty();
    PAssert.that(parts).satisfies(all -> {
      List<Verdict> verdicts = new ArrayList<>();
      for (KV<String, Iterable<KV<String, String>>> part : all) {
        if (part.getKey().startsWith(OutputFiles.GROUPS + ".")) {
          for (KV<String, String> line : part.getValue()) {
            verdicts.add(readGroupLine(line.getValue()));
          }
        }
      }
      checkSeedVerdicts(verdicts);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  static void checkSeedVerdicts(List<Verdict> verdicts) {
    Verdict contract = find(verdicts, "TikTok/ByteDance contract with Alibaba Cloud", "deal value", "per year");
    assertEquals(Verdict.Kind.AGREE, contract.verdict());
    assertEquals(List.of("000", "001"), articles(contract));

    Verdict growthQ1 = find(verdicts, "Alibaba Cloud", "growth rate", "2021-Q1");
    assertEquals(Verdict.Kind.AGREE, growthQ1.verdict());
    assertEquals(List.of("000", "001", "002", "003"), articles(growthQ1));

    Verdict growth2020 = find(verdicts, "Alibaba Cloud", "growth rate", "2020");
    assertEquals(Verdict.Kind.CONFLICT, growth2020.verdict());
    assertEquals(List.of("001", "003"), articles(growth2020));
    assertTrue(growth2020.values().contains("50%") && growth2020.values().contains("56%"), growth2020.values());
    Verdict fiscal = find(verdicts, "Alibaba Cloud", "growth rate", "FY ending 2021-03");
    assertEquals(List.of("002"), articles(fiscal));

    Verdict revenueQ1 = find(verdicts, "Alibaba Cloud", "revenue", "2021-Q1");
    assertEquals(Verdict.Kind.AGREE, revenueQ1.verdict());
    assertEquals(List.of("000", "001", "002"), articles(revenueQ1));
    assertTrue(revenueQ1.explanation().contains("RMB 16.7 billion")
        && revenueQ1.explanation().contains("RMB 16.8 billion"), revenueQ1.explanation());

    Verdict share2017 = find(verdicts, "Alibaba Cloud", "market share", "2017");
    assertEquals(List.of("004"), articles(share2017));
    assertNotEquals(Verdict.Kind.CONFLICT, find(verdicts, "Alibaba Cloud", "market share", "as of 2021-05")
        .verdict());

    Verdict growthQ1Last = find(verdicts, "Alibaba Cloud", "growth rate", "2020-Q1");
    assertEquals(Verdict.Kind.SINGLE_SOURCE, growthQ1Last.verdict());
    assertTrue(growthQ1Last.values().contains("58%"));

    List<Verdict> conflicts = verdicts.stream().filter(v -> v.verdict() == Verdict.Kind.CONFLICT).toList();
    assertEquals(List.of(growth2020), conflicts, "nothing else is a conflict");
  }

  /** A subject's line of groups.jsonl, as the verdict it was written from. */
  private static Verdict readGroupLine(String line) {
    try {
      JsonNode group = JSON.readTree(line);
      List<String> claimIds = new ArrayList<>();
      group.get("claimIds").forEach(id -> claimIds.add(id.asText()));
      return new Verdict(group.get("key").asText(), group.get("entity").asText(), group.get("metric").asText(),
          group.get("period").asText(), Verdict.Kind.valueOf(group.get("verdict").asText()),
          group.get("articles").asInt(), group.get("origins").asInt(), group.get("cited").asText(),
          group.get("values").asText(), group.get("spread").asText(), claimIds, group.get("explanation").asText());
    } catch (JsonProcessingException e) {
      throw new AssertionError("not a groups.jsonl line: " + line, e);
    }
  }

  private static Verdict find(List<Verdict> verdicts, String entity, String metric, String period) {
    return verdicts.stream()
        .filter(v -> v.entity().equals(entity) && v.metric().equals(metric) && v.period().equals(period))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no verdict for " + entity + " / " + metric + " / " + period));
  }

  private static List<String> articles(Verdict v) {
    TreeSet<String> ids = new TreeSet<>();
    v.claimIds().forEach(id -> ids.add(id.substring(0, 3)));
    return List.copyOf(ids);
  }
}
