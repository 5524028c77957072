package crosscheck.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.corpus.PlainRun;
import crosscheck.output.OutputFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fact-checkers' look-up against the committed output of the seeds. */
class LookupTest {

  private record Result(int code, String out, String err) {}

  private static Result lookup(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Lookup.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void byNumberInTheSentence() {
    Result r = lookup("--output=output", "--text=800 million");
    assertEquals(Lookup.EXIT_FOUND, r.code());
    assertTrue(r.out().contains("would cost Alibaba [[$800 million]] in revenues per year, Nikkei said."), r.out());
    assertTrue(r.out().contains("← Nikkei ← Caixin"), r.out());
    assertTrue(r.out().contains("group     AGREE: 2 article(s), 2 independent origin(s)"), r.out());
    assertTrue(r.out().contains("[[approximately $800 million]]"), r.out());
    assertTrue(r.err().contains("2 claims found"), r.err());
  }

  @Test
  void byClaimIdShowsTheRestOfTheGroup() {
    Result r = lookup("--id=003_a3bef53a4f747b45#0000355");
    assertEquals(Lookup.EXIT_FOUND, r.code());
    assertTrue(r.out().contains("date 2021-06  outlet Caixin"), r.out());
    assertTrue(r.out().contains("That was up [[56%]] year-on-year"), r.out());
    assertTrue(r.out().contains("Maggie Wu (chief financial officer, Alibaba Group)"), r.out());
    assertTrue(r.out().contains("group     CONFLICT"), r.out());
    assertTrue(r.out().contains("001_495b32daaaad6726#0001546  50%"), r.out());
  }

  @Test
  void byEntityAndMetric() throws Exception {
    Lookup lookup = new Lookup(Path.of("output"));
    assertEquals(List.of("001_495b32daaaad6726#0000517", "004_9f96b873ad3fe89d#0001478"),
        lookup.byEntity("alibaba cloud", "market share").shown().stream().map(f -> f.claim().id()).sorted()
            .toList());
    assertEquals(4, lookup.byEntity("Alibaba Cloud", "growth rate").shown().stream()
        .filter(f -> f.claim().valueText().startsWith("37")).count());
  }

  @Test
  void everyGroupIsFoundByItsKey() throws Exception {
    Lookup lookup = new Lookup(Path.of("output"));
    List<String> lines = Files.readAllLines(Path.of("output", OutputFiles.GROUPS), StandardCharsets.UTF_8);
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      String key = json.readTree(line).get("key").asText();
      assertEquals(line, lookup.group(key).orElseThrow().toString(), key);
    }
    assertTrue(lookup.group("Alibaba Cloud|growth rate|1999").isEmpty());
    assertTrue(lookup.group("").isEmpty());
    assertTrue(lookup.group("\uffff").isEmpty());
  }

  /** A large group shows its first claims and says how many more there are, rather than printing them all. */
  @Test
  void aLargeGroupShowsItsFirstClaims(@TempDir Path tmp) throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in"));
    for (String article : List.of("a", "b")) { // b ends otherwise, so that it is no duplicate of a
      Files.writeString(input.resolve(article + ".txt"), "date: 2021-05-17\n\n"
          + "Alibaba Cloud revenue grew 37% in 2020.\n\n".repeat(30) + (article.equals("b") ? "It said so." : ""));
    }
    Path out = tmp.resolve("out");
    PlainRun.main(new String[] {"--input=" + input, "--output=" + out});

    Result r = lookup("--output=" + out, "--id=a#0000068");
    assertEquals(Lookup.EXIT_FOUND, r.code(), r.err());
    assertTrue(r.out().contains("group     AGREE: 2 article(s)"), r.out());
    assertTrue(r.out().contains("          a#0000027  37%"), r.out());
    assertFalse(r.out().contains("          a#0000068  37%"), "the claim is not its own other: " + r.out());
    assertEquals(Lookup.MAX_SHOWN, r.out().lines().filter(l -> l.matches(" {10}[ab]#\\d+  37%.*")).count(), r.out());
    assertTrue(r.out().contains("... and 9 more (groups.jsonl, key Alibaba Cloud|growth rate|2020)"), r.out());
  }

  /** Reuters 20807 and 21017: two companies called Marine Corp, a bank and another, are judged apart, found as one. */
  @Test
  void companiesOfOneNameAreJudgedApartAndFoundByTheirName(@TempDir Path tmp) throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(input.resolve("20807.txt"), "title: MARINE CORP <MCRP.O> 3RD QTR NET\ndate: 1987-10-20\n\n"
        + "Shr 1.24 dlrs vs 1.16 dlrs\n    Net 10.1 mln vs 8,910,000\n");
    Files.writeString(input.resolve("21017.txt"), "title: MARINE CORP <MCOR.O> 3RD QTR NET\ndate: 1987-10-19\n\n"
        + "Shr 30 cts vs 30 cts\n    Net 1,804,000 vs 1,800,000\n");
    Path out = tmp.resolve("out");
    PlainRun.main(new String[] {"--input=" + input, "--output=" + out});

    String conflicts = Files.readString(out.resolve(OutputFiles.CONFLICTS), StandardCharsets.UTF_8);
    assertFalse(conflicts.contains("CONFLICT"), conflicts);
    assertTrue(conflicts.contains("Marine <MCRP>,earnings per share,1987-Q3,SINGLE_SOURCE"), conflicts);
    assertEquals(List.of("Marine <MCOR>", "Marine <MCOR>", "Marine <MCRP>", "Marine <MCRP>"),
        new Lookup(out).byEntity("marine", "earnings per share").shown().stream().map(f -> f.claim().entity())
            .sorted().toList());
  }

  @Test
  void nothingFoundAndNoOutputHaveTheirOwnExitCodes(@TempDir Path empty) throws Exception {
    assertEquals(Lookup.EXIT_NOT_FOUND, lookup("--text=no such phrase anywhere").code());
    assertEquals(Lookup.EXIT_NOT_FOUND, lookup("--id=zzz#0000001").code());
    assertEquals(Lookup.EXIT_NO_OUTPUT, lookup("--output=" + empty, "--text=37%").code());
    Files.writeString(empty.resolve(OutputFiles.CLAIMS), "");
    assertEquals(Lookup.EXIT_NO_OUTPUT, lookup("--output=" + empty, "--text=37%").code(),
        "a run without its groups file is not a finished run");
    assertEquals(Lookup.EXIT_USAGE, lookup("37%").code());
  }

  @Test
  void aMisspeltOptionIsAnErrorThatSuggestsTheRightOne() {
    Result r = lookup("--entity=Alibaba Cloud", "--metrc=revenue");
    assertEquals(Lookup.EXIT_USAGE, r.code());
    assertEquals("", r.out(), "no claims printed");
    assertTrue(r.err().contains("Unknown option: '--metrc=revenue'"), r.err());
    assertTrue(r.err().contains("Possible solutions: --metric"), r.err());
    assertEquals(Lookup.EXIT_USAGE, lookup("--text=37%", "--id=a#1").code(), "one search at a time");
    assertEquals(Lookup.EXIT_USAGE, lookup("--metric=revenue").code(), "--metric narrows --entity");
  }

  @Test
  void anEmptySearchIsAUsageError() {
    for (String empty : List.of("--text=", "--id=", "--entity= ", "--source=")) {
      Result r = lookup(empty);
      assertEquals(Lookup.EXIT_USAGE, r.code(), empty);
      assertTrue(r.err().contains(empty.substring(0, empty.indexOf('=')) + " is empty"), r.err());
    }
  }

  @Test
  void helpListsEveryOption() {
    Result r = lookup("--help");
    assertEquals(Lookup.EXIT_FOUND, r.code());
    for (String option : List.of("--id", "--text", "--entity", "--source", "--metric", "--output", "--config",
        "--json", "--help")) {
      assertTrue(r.out().contains(option), option + " in " + r.out());
    }
  }

  /** Caixin is cited by articles that pass on its report, and is the outlet of one: both are found. */
  @Test
  void bySourceFindsTheOutletAndEveryCitation() throws Exception {
    Result r = lookup("--source=Caixin");
    assertEquals(Lookup.EXIT_FOUND, r.code(), r.err());
    assertTrue(r.err().contains("7 claims found"), r.err());
    List<String> sources = r.out().lines().filter(l -> l.startsWith("source    ")).toList();
    assertEquals(7, sources.size(), r.out());
    assertTrue(sources.stream().allMatch(l -> l.contains("Caixin")), sources::toString);
    assertTrue(r.out().contains("outlet Caixin"), "the outlet's own claims: " + r.out());
    assertTrue(r.out().contains("← Nikkei ← Caixin"), "cited further down the chain: " + r.out());
    assertEquals(r.out(), lookup("--source=caixin global").out(), "an alias finds the same claims");
  }

  @Test
  void anAliasFindsTheEntity() throws Exception {
    Result r = lookup("--entity=Aliyun", "--metric=market share");
    assertEquals(Lookup.EXIT_FOUND, r.code(), r.err());
    assertEquals(lookup("--entity=Alibaba Cloud", "--metric=market share").out(), r.out());
    assertTrue(r.out().contains("claim     001_495b32daaaad6726#0000517"), r.out());
  }

  @Test
  void jsonPrintsEachClaimAsItsLineOfClaimsJsonl() throws Exception {
    Result r = lookup("--json", "--text=800 million");
    assertEquals(Lookup.EXIT_FOUND, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    List<String> claims = Files.readAllLines(Path.of("output", OutputFiles.CLAIMS), StandardCharsets.UTF_8);
    for (String line : lines) {
      assertTrue(claims.contains(line), line);
    }
  }

  @Test
  void theArticleUrlIsPrinted(@TempDir Path tmp) throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(input.resolve("a.txt"), "url: https://example.com/news/a\ndate: 2021-05-17\n\n"
        + "Alibaba Cloud revenue grew 37% in 2020.\n");
    Path out = tmp.resolve("out");
    PlainRun.main(new String[] {"--input=" + input, "--output=" + out});

    Result r = lookup("--output=" + out, "--text=37%");
    assertEquals(Lookup.EXIT_FOUND, r.code(), r.err());
    assertTrue(r.out().contains("\nurl       https://example.com/news/a\n"), r.out());
  }
}
