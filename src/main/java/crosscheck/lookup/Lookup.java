package crosscheck.lookup;

import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.CrossCheck;
import crosscheck.model.Attribution;
import crosscheck.model.Claim;
import crosscheck.model.Period;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Looks claims up in a finished run's output, for fact-checkers: by claim id, by a word or number in the sentence,
 * or by entity (and metric). Prints each claim with its article, date, outlet, the sentence with the number marked,
 * the attribution chain, and the other claims of its group with the group's verdict.
 */
public final class Lookup {

  public static final int EXIT_FOUND = 0;
  public static final int EXIT_NOT_FOUND = 4;
  public static final int EXIT_NO_OUTPUT = 3;
  public static final int EXIT_USAGE = 64;
  private static final int MAX_SHOWN = 50;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LineFile claims;
  private final LineFile conflicts;

  public Lookup(Path output) throws IOException {
    this.claims = new LineFile(output.resolve(CrossCheck.CLAIMS));
    this.conflicts = new LineFile(output.resolve(CrossCheck.CONFLICTS));
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h") || !arg.startsWith("--") || !arg.contains("=")) {
        err.println("""
            Usage: lookup [--output=output] (--id=CLAIM_ID | --text=WORDS | --entity=NAME [--metric=NAME])
              --id      a claim id from conflicts.csv, e.g. 001_495b32daaaad6726#0001091
              --text    a word or number in the claim's sentence, e.g. "800 million" (case does not matter)
              --entity  every claim about an entity (with --metric, only that metric)
            Exit codes: 0 found; 4 nothing found; 3 no finished run in the output folder; 64 bad command line.""");
        return arg.equals("--help") || arg.equals("-h") ? EXIT_FOUND : EXIT_USAGE;
      }
      options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    Path output = Path.of(options.getOrDefault("output", "output"));
    if (!Files.exists(output.resolve(CrossCheck.CLAIMS)) || !Files.exists(output.resolve(CrossCheck.CONFLICTS))) {
      err.println("lookup: no finished run in " + output.toAbsolutePath() + " (run crosscheck first)");
      return EXIT_NO_OUTPUT;
    }
    try {
      long started = System.nanoTime();
      Lookup lookup = new Lookup(output);
      List<Claim> found;
      if (options.containsKey("id")) {
        found = lookup.byId(options.get("id")).map(List::of).orElse(List.of());
      } else if (options.containsKey("text")) {
        found = lookup.byText(options.get("text"));
      } else if (options.containsKey("entity")) {
        found = lookup.byEntity(options.get("entity"), options.getOrDefault("metric", ""));
      } else {
        err.println("lookup: give --id, --text or --entity (see --help)");
        return EXIT_USAGE;
      }
      for (Claim claim : found.subList(0, Math.min(MAX_SHOWN, found.size()))) {
        lookup.print(claim, out);
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      err.printf("lookup: %d claim%s found in %d ms%s%n", found.size(), found.size() == 1 ? "" : "s", millis,
          found.size() > MAX_SHOWN ? " (first " + MAX_SHOWN + " shown)" : "");
      return found.isEmpty() ? EXIT_NOT_FOUND : EXIT_FOUND;
    } catch (IOException e) {
      err.println("lookup: cannot read " + output + ": " + e.getMessage());
      return EXIT_NO_OUTPUT;
    }
  }

  public Optional<Claim> byId(String id) throws IOException {
    String line = claims.findSorted(id, Lookup::idOf);
    return line == null ? Optional.empty() : Optional.of(JSON.readValue(line, Claim.class));
  }

  public List<Claim> byText(String text) throws IOException {
    List<Claim> found = new ArrayList<>();
    for (String line : claims.linesContaining(text)) {
      Claim claim = JSON.readValue(line, Claim.class);
      if (claim.sentence().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
        found.add(claim);
      }
    }
    return found;
  }

  public List<Claim> byEntity(String entity, String metric) throws IOException {
    List<Claim> found = new ArrayList<>();
    for (String line : claims.linesContaining(JSON.writeValueAsString(entity))) {
      Claim claim = JSON.readValue(line, Claim.class);
      if (claim.entity().equalsIgnoreCase(entity) && (metric.isEmpty() || claim.metric().equalsIgnoreCase(metric))) {
        found.add(claim);
      }
    }
    return found;
  }

  private static String idOf(String line) {
    int start = line.indexOf("\"id\":\"") + 6;
    return start < 6 ? "" : line.substring(start, line.indexOf('"', start));
  }

  void print(Claim claim, PrintStream out) throws IOException {
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
    out.println("source    " + attribution.describeChain() + "  [" + basis(attribution) + "]");
    CSVRecord group = groupOf(claim.id());
    if (group != null) {
      out.println("group     " + group.get("verdict") + ": " + group.get("articles") + " article(s), "
          + group.get("origins") + " independent origin(s): " + group.get("cited"));
      for (String other : group.get("claim_ids").split(" ")) {
        Optional<Claim> o = other.equals(claim.id()) ? Optional.empty() : byId(other);
        if (o.isPresent()) {
          out.println("          " + other + "  " + o.get().valueText() + "  (" + o.get().attribution().describeChain()
              + ")");
        }
      }
      out.println("why       " + group.get("explanation"));
    }
    out.println();
  }

  private static String basis(Attribution attribution) {
    return switch (attribution.basis()) {
      case SENTENCE -> "'" + attribution.cue() + "' in this sentence";
      case PREVIOUS_SENTENCE -> "'" + attribution.cue() + "' in the sentence before";
      case ARTICLE -> "'" + attribution.cue() + "' elsewhere in the article: the company's own disclosure";
      case OUTLET_ONLY -> "no attribution in the text: the outlet alone";
    };
  }

  private CSVRecord groupOf(String claimId) throws IOException {
    for (String line : conflicts.linesContaining(claimId)) {
      try (CSVParser parser = CSVParser.parse(new StringReader(line.replace("\uFEFF", "")),
          CSVFormat.RFC4180.builder().setHeader(crosscheck.io.Records.CONFLICT_COLUMNS.toArray(String[]::new))
              .build())) {
        for (CSVRecord row : parser) {
          if (List.of(row.get("claim_ids").split(" ")).contains(claimId)) {
            return row;
          }
        }
      }
    }
    return null;
  }

}
