package crosscheck.bench;

import crosscheck.lookup.Lookup;
import crosscheck.output.OutputFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How fast {@code lookup} answers on a large run. Builds the output of a run of N articles by repeating the seeds'
 * committed output under new article ids and group keys (claims.jsonl stays sorted by id, groups.jsonl by key,
 * conflicts.csv keeps its groups), then times each kind of query. Not a test: run it with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=crosscheck.bench.LookupBenchmark
 * -Dexec.args="100000"}.
 */
public final class LookupBenchmark {

  private LookupBenchmark() {}

  public static void main(String[] args) throws IOException {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path seedOutput = Path.of("output");
    int seedArticles = 5;
    int copies = Math.max(1, articles / seedArticles);
    Path out = Files.createTempDirectory("lookup-bench");
    long started = System.nanoTime();
    replicate(seedOutput, out, copies);
    System.out.printf("built a %d-article output (%d copies of the seeds): claims.jsonl %.0f MB, conflicts.csv %.0f MB"
            + " in %.1f s%n", copies * seedArticles, copies, Files.size(out.resolve(OutputFiles.CLAIMS)) / 1e6,
        Files.size(out.resolve(OutputFiles.CONFLICTS)) / 1e6, (System.nanoTime() - started) / 1e9);
    String middle = String.format("c%06d-", copies / 2);
    List<String[]> queries = List.of(
        new String[] {"--id=" + middle + "003_a3bef53a4f747b45#0000355"},
        new String[] {"--text=800 million"},
        new String[] {"--text=fourth place"},
        new String[] {"--entity=Chinese cloud industry", "--metric=growth rate"});
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
    for (String[] query : queries) {
      List<Long> millis = new ArrayList<>();
      for (int run = 0; run < 5; run++) {
        String[] full = new String[query.length + 1];
        full[0] = "--output=" + out;
        System.arraycopy(query, 0, full, 1, query.length);
        long t = System.nanoTime();
        Lookup.run(full, discard, discard);
        millis.add((System.nanoTime() - t) / 1_000_000);
      }
      System.out.printf("lookup %-55s first %5d ms, then %s ms%n", String.join(" ", query), millis.get(0),
          millis.subList(1, millis.size()));
    }
    try (Stream<Path> files = Files.list(out)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(out);
  }

  private static void replicate(Path from, Path to, int copies) throws IOException {
    List<String> claims = Files.readAllLines(from.resolve(OutputFiles.CLAIMS), StandardCharsets.UTF_8);
    List<String> conflicts = Files.readAllLines(from.resolve(OutputFiles.CONFLICTS), StandardCharsets.UTF_8);
    List<String> groups = Files.readAllLines(from.resolve(OutputFiles.GROUPS), StandardCharsets.UTF_8);
    List<String> seedIds = new ArrayList<>();
    for (String line : claims) {
      String id = line.substring(line.indexOf("\"articleId\":\"") + 13);
      id = id.substring(0, id.indexOf('"'));
      if (!seedIds.contains(id)) {
        seedIds.add(id);
      }
    }
    try (BufferedWriter c = Files.newBufferedWriter(to.resolve(OutputFiles.CLAIMS));
        BufferedWriter g = Files.newBufferedWriter(to.resolve(OutputFiles.GROUPS));
        BufferedWriter v = Files.newBufferedWriter(to.resolve(OutputFiles.CONFLICTS))) {
      v.write(conflicts.get(0));
      v.write("\r\n");
      for (int k = 0; k < copies; k++) {
        String prefix = String.format("c%06d-", k);
        for (String line : claims) {
          c.write(renamed(line, seedIds, prefix).replace("\"group\":{\"key\":\"", "\"group\":{\"key\":\"" + prefix));
          c.write('\n');
        }
        for (String line : groups) {
          g.write(renamed(line, seedIds, prefix).replace("{\"key\":\"", "{\"key\":\"" + prefix));
          g.write('\n');
        }
        for (String row : conflicts.subList(1, conflicts.size())) {
          v.write(renamed(row, seedIds, prefix));
          v.write("\r\n");
        }
      }
    }
    Files.writeString(to.resolve(OutputFiles.REJECTED), "");
  }

  private static String renamed(String line, List<String> ids, String prefix) {
    String out = line;
    for (String id : ids) {
      out = out.replace(id, prefix + id);
    }
    return out;
  }
}
