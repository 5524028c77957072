package crosscheck.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seeds with two articles that try to run code in the report: markup ({@code <script>}, {@code <img onerror>})
 * in the title, the outlet and the sentence of a claim, and a {@code javascript:} url. Their claims make Alibaba
 * Cloud's 2021-Q1 revenue a conflict, so they are on the page in full.
 */
final class HostileInput {

  static final String MARKUP = "markup-in-title-source-and-text";
  static final String JAVASCRIPT_URL = "javascript-url";

  private HostileInput() {}

  /** Writes the input into {@code dir} and returns it. */
  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> seeds = Files.list(Path.of("input"))) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, dir.resolve(seed.getFileName()));
      }
    }
    for (String article : List.of(MARKUP, JAVASCRIPT_URL)) {
      try (InputStream in = HostileInput.class.getResourceAsStream("/report/" + article + ".txt")) {
        Files.copy(in, dir.resolve(article + ".txt"));
      }
    }
    return dir;
  }
}
