package crosscheck.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crosscheck.CrossCheck;
import crosscheck.io.Flags;
import crosscheck.io.Records;
import crosscheck.model.Attribution;
import crosscheck.model.Claim;
import crosscheck.model.Period;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Looks claims up in a finished run's {@code claims.jsonl}, for fact-checkers: by claim id (binary search: the file
 * is sorted by id), by a word or number in the sentence, or by entity (and metric) (one pass over the memory-mapped
 * file). Prints each claim with its article, date, outlet, the sentence with the number marked, the attribution
 * chain, and its group: the claim line names the group by key, found by a binary search of {@code groups.jsonl}
 * (sorted by key), whose claim ids are found in turn by binary searches of {@code claims.jsonl}.
 */
public final class Lookup {

  public static final int EXIT_FOUND = 0;
  public static final int EXIT_NOT_FOUND = 4;
  public static final int EXIT_NO_OUTPUT = 3;
  public static final int EXIT_USAGE = 64;
  static final int MAX_SHOWN = 50;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A claim with its group's key and verdict, as {@code claims.jsonl} gives them. */
  public record Found(Claim claim, String groupKey, String verdict) {}

  /** The claims a query matched, the first {@code shown} of them read in full. */
  public record Matches(List<Found> shown, int total) {}

  private final LineFile claims;
  private final LineFile groups;

  public Lookup(Path output) throws IOException {
    this.claims = new LineFile(output.resolve(CrossCheck.CLAIMS));
    this.groups = new LineFile(output.resolve(CrossCheck.GROUPS));
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options;
    try {
      options = Flags.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("lookup: " + e.getMessage());
      printUsage(err);
      return EXIT_USAGE;
    }
    if (options.containsKey("help")) {
      printUsage(err);
      return EXIT_FOUND;
    }
    Path output = Path.of(options.getOrDefault("output", "output"));
    if (!Files.exists(output.resolve(CrossCheck.CLAIMS)) || !Files.exists(output.resolve(CrossCheck.GROUPS))) {
      err.println("lookup: no finished run in " + output.toAbsolutePath() + " (run crosscheck first)");
      return EXIT_NO_OUTPUT;
    }
    try {
      long started = System.nanoTime();
      Lookup lookup = new Lookup(output);
      Matches matches;
      if (options.containsKey("id")) {
        matches = lookup.byId(options.get("id")).map(f -> new Matches(List.of(f), 1))
            .orElse(new Matches(List.of(), 0));
      } else if (options.containsKey("text")) {
        matches = lookup.byText(options.get("text"));
      } else if (options.containsKey("entity")) {
        matches = lookup.byEntity(options.get("entity"), options.getOrDefault("metric", ""));
      } else {
        err.println("lookup: give --id, --text or --entity (see --help)");
        return EXIT_USAGE;
      }
      for (Found found : matches.shown()) {
        lookup.print(found, out);
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      err.printf("lookup: %d claim%s found in %d ms%s%n", matches.total(), matches.total() == 1 ? "" : "s", millis,
          matches.total() > matches.shown().size() ? " (first " + matches.shown().size() + " shown)" : "");
      return matches.total() == 0 ? EXIT_NOT_FOUND : EXIT_FOUND;
    } catch (IOException e) {
      err.println("lookup: cannot read " + output + ": " + e.getMessage());
      return EXIT_NO_OUTPUT;
    }
  }

  private static void printUsage(PrintStream err) {
    err.println("""
        Usage: lookup [--output=output] (--id=CLAIM_ID | --text=WORDS | --entity=NAME [--metric=NAME])
          --id      a claim id from conflicts.csv, e.g. 001_495b32daaaad6726#0001091
          --text    a word or number in the claim's sentence, e.g. "800 million" (case does not matter)
          --entity  every claim about an entity (with --metric, only that metric)
        Prints at most %d claims. Exit codes: 0 found; 4 nothing found; 3 no finished run in the output
        folder; 64 bad command line.""".formatted(MAX_SHOWN));
  }

  public Optional<Found> byId(String id) throws IOException {
    String line = claims.findSorted(id, Records::sortKeyOfLine);
    return line == null ? Optional.empty() : Optional.of(parse(line));
  }

  /** The record of the group of this key in {@code groups.jsonl}, if the run wrote one. */
  public Optional<JsonNode> group(String key) throws IOException {
    String line = groups.findSorted(key, Records::sortKeyOfLine);
    return line == null ? Optional.empty() : Optional.of(JSON.readTree(line));
  }

  public Matches byText(String text) throws IOException {
    String lower = text.toLowerCase(Locale.ROOT);
    return matching(text, c -> c.sentence().toLowerCase(Locale.ROOT).contains(lower));
  }

  public Matches byEntity(String entity, String metric) throws IOException {
    return matching(JSON.writeValueAsString(entity), c -> c.entity().equalsIgnoreCase(entity)
        && (metric.isEmpty() || c.metric().equalsIgnoreCase(metric)));
  }

  /**
   * The lines containing {@code text} that {@code test} accepts. Only the first {@link #MAX_SHOWN} are read in full;
   * the total counts every line that contains the text, so it can include a few that mention it elsewhere.
   */
  private Matches matching(String text, Predicate<Claim> test) throws IOException {
    List<Integer> starts = claims.lineStartsContaining(text);
    List<Found> shown = new ArrayList<>();
    int rejected = 0;
    for (int i = 0; i < starts.size() && shown.size() < MAX_SHOWN; i++) {
      Found found = parse(claims.lineAt(starts.get(i)));
      if (test.test(found.claim())) {
        shown.add(found);
      } else {
        rejected++;
      }
    }
    return new Matches(shown, starts.size() - rejected);
  }

  private static Found parse(String line) throws IOException {
    ObjectNode node = (ObjectNode) JSON.readTree(line);
    JsonNode group = node.remove("group");
    return new Found(JSON.treeToValue(node, Claim.class), group.get("key").asText(), group.get("verdict").asText());
  }

  void print(Found found, PrintStream out) throws IOException {
    Claim claim = found.claim();
    Attribution attribution = claim.attribution();
    Period period = claim.period();
    String sentence = claim.sentence();
    int from = claim.start() - claim.sentenceStart();
    int to = claim.end() - claim.sentenceStart();
    out.println("claim     " + claim.id());
    out.println("article   " + claim.articleId() + "  date " + (claim.articleDate().isEmpty() ? "unknown"
        : claim.articleDate()) + "  outlet " + attribution.outlet()
        + (claim.articleTitle().isEmpty() ? "" : "  \"" + claim.articleTitle() + "\""));
    out.println("subject   " + claim.entity() + " / " + claim.metric() + " / " + period.label()
        + (period.note().isEmpty() ? "" : "  (" + period.note() + ")"));
    out.println("sentence  " + sentence.substring(0, from) + "[[" + sentence.substring(from, to) + "]]"
        + sentence.substring(to));
    out.println("source    " + attribution.describeChain() + "  [" + attribution.describeBasis() + "]");
    Optional<JsonNode> group = group(found.groupKey());
    if (group.isPresent()) {
      printGroup(claim.id(), group.get(), out);
    } else {
      out.println("group     " + found.verdict() + ": " + found.groupKey() + " (not in " + CrossCheck.GROUPS + ")");
    }
    out.println();
  }

  /** The group's verdict, its other claims (at most {@link #MAX_SHOWN}) and its explanation. */
  private void printGroup(String claimId, JsonNode group, PrintStream out) throws IOException {
    out.println("group     " + group.get("verdict").asText() + ": " + group.get("articles").asInt()
        + " article(s), " + group.get("origins").asInt() + " independent origin(s): " + group.get("cited").asText());
    List<String> others = new ArrayList<>();
    group.get("claimIds").forEach(id -> {
      if (!id.asText().equals(claimId)) {
        others.add(id.asText());
      }
    });
    for (String otherId : others.subList(0, Math.min(others.size(), MAX_SHOWN))) {
      Optional<Found> other = byId(otherId);
      if (other.isPresent()) {
        out.println("          " + otherId + "  " + other.get().claim().valueText() + "  ("
            + other.get().claim().attribution().describeChain() + ")");
      }
    }
    if (others.size() > MAX_SHOWN) {
      out.println("          ... and " + (others.size() - MAX_SHOWN) + " more (" + CrossCheck.GROUPS + ", key "
          + group.get("key").asText() + ")");
    }
    out.println("why       " + group.get("explanation").asText());
  }
}
