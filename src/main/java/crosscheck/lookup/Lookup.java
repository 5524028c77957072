package crosscheck.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crosscheck.model.Attribution;
import crosscheck.model.Claim;
import crosscheck.model.Period;
import crosscheck.model.Verdict;
import crosscheck.output.OutputFiles;
import crosscheck.output.Records;
import crosscheck.verdict.SameNameCompanies;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import picocli.CommandLine;

/**
 * Looks claims up in a finished run's {@code claims.jsonl}, for fact-checkers: by claim id (binary search: the file
 * is sorted by id), by a word or number in the sentence, by entity (and metric), or by outlet or cited source (one
 * pass over the memory-mapped file). Prints each claim with its article, date, outlet, the sentence with the number marked, the attribution
 * chain, and its group: the claim line names the group by key, found by a binary search of {@code groups.jsonl}
 * (sorted by key), whose claim ids are found in turn by binary searches of {@code claims.jsonl}.
 */
public final class Lookup {

  public static final int EXIT_FOUND = 0;
  public static final int EXIT_NOT_FOUND = 4;
  public static final int EXIT_NO_OUTPUT = 3;
  public static final int EXIT_BAD_CONFIG = 2;
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
    this.claims = new LineFile(output.resolve(OutputFiles.CLAIMS));
    this.groups = new LineFile(output.resolve(OutputFiles.GROUPS));
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line {@code args}, printing claims to {@code out} and messages to {@code err}. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return new CommandLine(new LookupCommand(out, err))
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setParameterExceptionHandler(Lookup::usageError)
        .execute(args);
  }

  /** A bad command line in a few lines: what is wrong, the options meant when one is misspelt, where help is. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("lookup: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("(see --help)");
    return EXIT_USAGE;
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
    // "Marine" is also "Marine <MCRP>" and "Marine <MCOR>", companies of one name told apart by their tickers
    String quoted = JSON.writeValueAsString(entity);
    return matching(quoted.substring(0, quoted.length() - 1), c -> (c.entity().equalsIgnoreCase(entity)
            || SameNameCompanies.nameOf(c.entity()).equalsIgnoreCase(entity))
        && (metric.isEmpty() || Claim.isOfMetric(c.metric(), metric)));
  }

  /** Claims whose outlet, or any source in whose attribution chain, is {@code source} (any case). */
  public Matches bySource(String source) throws IOException {
    return matching(JSON.writeValueAsString(source), c -> c.attribution().outlet().equalsIgnoreCase(source)
        || c.attribution().chain().stream().anyMatch(cited -> cited.name().equalsIgnoreCase(source)));
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
    if (!claim.articleUrl().isEmpty()) {
      out.println("url       " + claim.articleUrl());
    }
    out.println("subject   " + claim.entity() + " / " + claim.metric() + " / " + period.label()
        + (period.note().isEmpty() ? "" : "  (" + period.note() + ")"));
    out.println("sentence  " + sentence.substring(0, from) + "[[" + sentence.substring(from, to) + "]]"
        + sentence.substring(to));
    out.println("source    " + attribution.describeChain() + "  [" + attribution.describeBasis() + "]");
    Optional<JsonNode> group = group(found.groupKey());
    if (group.isPresent()) {
      printGroup(claim.id(), group.get(), out);
    } else {
      out.println("group     " + found.verdict() + ": " + found.groupKey() + " (not in " + OutputFiles.GROUPS + ")");
    }
    out.println();
  }

  /** The claim as its line of {@code claims.jsonl}: one JSON object a line, for scripts. */
  static void printJson(Found found, PrintStream out) {
    out.print(Records.claimLine(found.claim(), Verdict.Kind.valueOf(found.verdict())));
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
      out.println("          ... and " + (others.size() - MAX_SHOWN) + " more (" + OutputFiles.GROUPS + ", key "
          + group.get("key").asText() + ")");
    }
    out.println("why       " + group.get("explanation").asText());
  }
}
