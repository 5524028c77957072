package crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.output.OutputFiles;
import crosscheck.run.NightlyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated corpus: deterministic from its seed, and the pipeline finds its planted verdicts. */
class SyntheticCorpusTest {

  @TempDir Path tmp;

  private static String digestOf(Path dir) throws Exception {
    MessageDigest digest = crosscheck.io.Sha256.digest();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        digest.update(dir.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(file));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  @Test
  void theSameSeedWritesTheSameCorpus() throws Exception {
    CorpusGenerator.generate(200, 11, tmp.resolve("a"));
    CorpusGenerator.generate(200, 11, tmp.resolve("b"));
    CorpusGenerator.generate(200, 12, tmp.resolve("c"));
    assertEquals(digestOf(tmp.resolve("a")), digestOf(tmp.resolve("b")));
    assertNotEquals(digestOf(tmp.resolve("a")), digestOf(tmp.resolve("c")));
    List<String> truth = Files.readAllLines(tmp.resolve("a/truth.csv"));
    assertTrue(truth.stream().anyMatch(l -> l.contains(",CONFLICT,")), "conflicts are planted");
  }

  /** A thousand articles through the real pipeline: verdict precision and recall must stay at 0.95 or above. */
  @Test
  void thePipelineFindsThePlantedVerdicts() throws IOException {
    Path corpus = tmp.resolve("corpus");
    CorpusGenerator.generate(1000, 7, corpus);
    Path out = tmp.resolve("out");
    assertEquals(NightlyRun.EXIT_OK, NightlyRun.run(new String[] {"--input=" + corpus.resolve("input"),
        "--output=" + out, "--config=" + corpus.resolve("config")}));

    TruthChecker.Score score = TruthChecker.score(out.resolve(OutputFiles.CONFLICTS), corpus.resolve("truth.csv"));
    System.out.println("synthetic corpus, 1,000 articles: " + score);
    assertTrue(score.precision() >= 0.95, score.toString());
    assertTrue(score.recall() >= 0.95, score.toString());
    assertTrue(score.conflictPrecision() >= 0.95 && score.conflictRecall() >= 0.95, score.toString());
  }
}
