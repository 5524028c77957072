package crosscheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.corpus.PlainRun;
import crosscheck.io.Sha256;
import crosscheck.io.Sidecar;
import crosscheck.output.OutputFiles;
import crosscheck.run.NightlyRun;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input a hostile or careless user gives the whole job: each case is one line of rejected.jsonl that says where
 * (file, line), at which stage and why, and the run goes on; the plain-Java floor rejects the same.
 */
class StrictInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEED = "input/001_495b32daaaad6726.txt";

  @TempDir Path tmp;

  private static List<String> rejected(Path out) throws IOException {
    return NightlyRunTest.rejected(out);
  }

  private Path run(Path input, String name, String... options) {
    Path out = tmp.resolve(name);
    List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + out));
    args.addAll(List.of(options));
    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(args.toArray(String[]::new)));
    return out;
  }

  /** The floor writes the same bytes as the job, rejected.jsonl included. */
  private void assertFloorWritesTheSame(Path input, Path jobOutput) throws IOException {
    Path floor = tmp.resolve("floor-" + jobOutput.getFileName());
    PlainRun.main(new String[] {"--input=" + input, "--output=" + floor});
    for (String file : OutputFiles.OUTPUT_FILES) {
      assertArrayEquals(Files.readAllBytes(jobOutput.resolve(file)), Files.readAllBytes(floor.resolve(file)),
          file + " from the floor differs from the job's");
    }
  }

  @Test
  void everyBadInputIsRejectedWithWhereAndWhyAndTheRunGoesOn() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in"));
    String article = Files.readString(Path.of(SEED));
    Files.writeString(input.resolve("good.txt"), article);
    Files.write(input.resolve("wide.txt"), ("\uFEFF" + Files.readString(Path.of("input/004_9f96b873ad3fe89d.txt")))
        .getBytes(StandardCharsets.UTF_16LE));
    Files.writeString(input.resolve("feed.jsonl"), """
        {"id":"j1","date":"2021-05","text":"Alibaba Cloud grew 37% in the first quarter."}
        {"id":"j2","text":"Alibaba Cloud grew 38%."} {"id":"j3","text":"Alibaba Cloud grew 39%."}
        {"id":"j4","text":37}
        {"id":"j5","text":"Alibaba Cloud grew 40%.","text":"Alibaba Cloud grew 41%."}
        """);
    Files.writeString(input.resolve("header-only.txt"), "title: Alibaba results\nsource: Wire\n\n");
    Files.writeString(input.resolve(".txt"), article.replace("Alibaba", "Tencent"));
    try (RandomAccessFile huge = new RandomAccessFile(input.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(10_000_001);
    }
    Files.write(input.resolve(Sidecar.FILE_NAME), "file,source\ngood.txt,Caf\u00e9 News\n".getBytes(
        StandardCharsets.ISO_8859_1));

    Path out = run(input, "out");

    assertEquals(List.of(
        ".txt:0 read no name before the extension: the article id would be empty",
        "feed.jsonl:2 parse more than one JSON value on the line: one article a line",
        "feed.jsonl:3 parse 'text' must be a string, not number",
        "feed.jsonl:4 parse not valid JSON: Duplicate field 'text'",
        "header-only.txt:0 parse a header and no text after it",
        "huge.txt:0 read article is 10000001 bytes, over the limit of 10000000 (--maxArticleBytes)",
        "metadata.csv:0 sidecar not valid UTF-8: malformed byte sequence at byte offset 24 (Latin-1 or "
            + "Windows-1252? save it as UTF-8): not read"), rejected(out));
    String claims = Files.readString(out.resolve(OutputFiles.CLAIMS));
    assertTrue(claims.contains("\"articleId\":\"wide\""), "the UTF-16 article is read");
    assertTrue(claims.contains("\"articleId\":\"good\""));
    assertTrue(claims.contains("\"articleId\":\"j1\""));
    assertFloorWritesTheSame(input, out);
  }

  /**
   * A renamed id that is another file's id: today's rename gave two articles one id (duplicate claim ids), and
   * output that changed with the batches. Now every id is unique, and the output the same in any batches.
   */
  @Test
  void idsAreUniqueAfterEveryRenameWhateverTheBatches() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in"));
    String article = Files.readString(Path.of(SEED));
    String other = "Alibaba Cloud revenue grew 20% in 2020, the company said.";
    String renamed = "a~" + Sha256.hex(other).substring(0, 8);
    Files.writeString(input.resolve("a.txt"), article);
    Files.writeString(input.resolve("feed.jsonl"), "{\"id\":\"a\",\"date\":\"2021-05\",\"text\":\"" + other + "\"}\n"
        + "{\"id\":\"" + renamed + "\",\"date\":\"2021-05\",\"text\":\"Alibaba Cloud revenue grew 21% in 2020.\"}\n");
    Files.writeString(input.resolve(renamed + ".txt"), "Alibaba Cloud revenue grew 22% in 2020, the company said.");

    Path one = run(input, "one", "--fileBatches=1");
    Path five = run(input, "five", "--fileBatches=5", "--targetParallelism=3");
    for (String file : OutputFiles.OUTPUT_FILES) {
      assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(five.resolve(file)), file);
    }
    Set<String> articleIds = new HashSet<>();
    Set<String> claimIds = new HashSet<>();
    for (String line : Files.readAllLines(one.resolve(OutputFiles.CLAIMS))) {
      JsonNode claim = JSON.readTree(line);
      assertTrue(claimIds.add(claim.get("id").asText()), "claim ids are unique: " + claim.get("id"));
      articleIds.add(claim.get("articleId").asText() + " " + claim.get("sentence").asText().substring(0, 10));
    }
    assertEquals(4, articleIds.stream().map(s -> s.split(" ")[0]).distinct().count(), articleIds.toString());
    assertEquals(2, rejected(one).stream().filter(r -> r.contains(" deduplicate id ")).count(), rejected(one)
        .toString());
    assertFloorWritesTheSame(input, one);
  }

  private Path seedsCopy() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("seeds"));
    try (Stream<Path> seeds = Files.list(Path.of("input"))) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, input.resolve(seed.getFileName()));
      }
    }
    return input;
  }

  @Test
  void aSidecarSavedByExcelWithAByteOrderMarkGivesTheSameOutput() throws IOException {
    Path input = seedsCopy();
    Path sidecar = input.resolve(Sidecar.FILE_NAME);
    Files.writeString(sidecar, "\uFEFF" + Files.readString(sidecar).replace("\n", "\r\n"));
    Path out = run(input, "out");
    for (String file : OutputFiles.OUTPUT_FILES) {
      assertArrayEquals(Files.readAllBytes(Path.of("output", file)), Files.readAllBytes(out.resolve(file)), file);
    }
  }

  @Test
  @Timeout(120)
  void aSidecarThatIsAFolderOrAPipeIsRejectedAndTheRunGoesOn() throws Exception {
    Path input = seedsCopy();
    Path sidecar = input.resolve(Sidecar.FILE_NAME);
    Files.delete(sidecar);
    Files.createDirectories(sidecar);
    assertEquals(List.of("metadata.csv:0 sidecar a folder, not a file: not read"), rejected(run(input, "folder")));
    Files.delete(sidecar);
    assumeTrue(new ProcessBuilder("mkfifo", sidecar.toString()).start().waitFor() == 0, "mkfifo is not available");
    assertEquals(List.of("metadata.csv:0 sidecar not a regular file (a named pipe, a device or a link to nothing): "
        + "not read"), rejected(run(input, "pipe")));
  }
}
