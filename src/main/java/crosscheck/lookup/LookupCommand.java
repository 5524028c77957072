package crosscheck.lookup;

import crosscheck.config.ConfigException;
import crosscheck.config.ConfigLoader;
import crosscheck.io.Folder;
import crosscheck.output.OutputFiles;
import crosscheck.run.DatedOutput;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lookup}'s command line: which claims to find, where, and how to print them. */
@Command(name = "lookup", sortOptions = false, usageHelpWidth = 110,
    description = "Looks claims up in a finished crosscheck run: prints each claim with its article (outlet, title, "
        + "date, URL), the sentence with the number marked, the attribution chain, and its group's verdict, other "
        + "claims and explanation. Prints at most " + Lookup.MAX_SHOWN + " claims.",
    exitCodeOnInvalidInput = Lookup.EXIT_USAGE,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:found",
        "2:the --config folder is missing or broken",
        "3:no finished run in the --output folder",
        "4:nothing found",
        "64:bad command line: an unknown option, no search or an empty one"})
final class LookupCommand implements Callable<Integer> {

  /** Exactly one search. */
  static final class Search {
    @Option(names = "--id", paramLabel = "CLAIM_ID",
        description = "a claim id from conflicts.csv, e.g. 001_495b32daaaad6726#0001091")
    String id;

    @Option(names = "--text", paramLabel = "WORDS",
        description = "a word or number in the claim's sentence, e.g. \"800 million\" (case does not matter)")
    String text;

    @Option(names = "--entity", paramLabel = "NAME",
        description = "every claim about an entity, by its name or any alias in the config (Aliyun: Alibaba Cloud)")
    String entity;

    @Option(names = "--source", paramLabel = "NAME",
        description = "every claim an outlet reported or a cited source backs, anywhere in its attribution chain, "
            + "by name or alias (Caixin Global: Caixin)")
    String source;
  }

  @ArgGroup(exclusive = true, multiplicity = "1", heading = "Search (one of):%n")
  Search search;

  @Option(names = "--metric", paramLabel = "NAME", description = "with --entity: only claims of this metric, under "
      + "any condition and of any thing it measures (output takes wheat output)")
  String metric;

  @Option(names = "--output", paramLabel = "FOLDER", defaultValue = "output",
      description = "the run's output folder, or a folder of dated runs, whose newest committed one is read "
          + "(default: ${DEFAULT-VALUE})")
  Path output;

  @Option(names = "--config", paramLabel = "FOLDER",
      description = "the config folder the run used, for entity aliases (default: the built-in config)")
  Path config;

  @Option(names = "--json", description = "print each claim found as its line of claims.jsonl (JSON lines)")
  boolean json;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help and exit")
  boolean help;

  @Spec CommandSpec spec;

  private final PrintStream out;
  private final PrintStream err;

  LookupCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("--id", search.id);
    given.put("--text", search.text);
    given.put("--entity", search.entity);
    given.put("--source", search.source);
    given.put("--metric", metric);
    for (Map.Entry<String, String> option : given.entrySet()) {
      if (option.getValue() != null && option.getValue().isBlank()) {
        throw new ParameterException(spec.commandLine(), option.getKey() + " is empty: it would match nothing "
            + "or everything");
      }
    }
    if (metric != null && search.entity == null) {
      throw new ParameterException(spec.commandLine(), "--metric narrows --entity: give --entity too");
    }
    try {
      Path run = finishedRun(output);
      if (!Files.exists(run.resolve(OutputFiles.CLAIMS)) || !Files.exists(run.resolve(OutputFiles.GROUPS))) {
        err.println("lookup: no finished run in " + output.toAbsolutePath() + " (run crosscheck first)");
        return Lookup.EXIT_NO_OUTPUT;
      }
      long started = System.nanoTime();
      Lookup lookup = new Lookup(run);
      Lookup.Matches matches = find(lookup);
      for (Lookup.Found found : matches.shown()) {
        if (json) {
          Lookup.printJson(found, out);
        } else {
          lookup.print(found, out);
        }
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      err.printf("lookup: %d claim%s found in %d ms%s%n", matches.total(), matches.total() == 1 ? "" : "s", millis,
          matches.total() > matches.shown().size() ? " (first " + matches.shown().size() + " shown)" : "");
      return matches.total() == 0 ? Lookup.EXIT_NOT_FOUND : Lookup.EXIT_FOUND;
    } catch (ConfigException e) {
      err.println("lookup: bad config: " + e.getMessage().replaceAll("\\s*\\R\\s*", " "));
      return Lookup.EXIT_BAD_CONFIG;
    } catch (IOException e) {
      err.println("lookup: cannot read " + output + ": " + e.getMessage());
      return Lookup.EXIT_NO_OUTPUT;
    }
  }

  /**
   * The folder of the run to read: {@code output} itself, or when it holds dated runs (an object store's layout,
   * copied or mounted here) the newest committed one.
   */
  private static Path finishedRun(Path output) throws IOException {
    return Files.exists(output.resolve(OutputFiles.CLAIMS)) ? output
        : DatedOutput.newestCommitted(Folder.of(output)).flatMap(Folder::local).orElse(output);
  }

  private Lookup.Matches find(Lookup lookup) throws IOException {
    if (search.id != null) {
      return lookup.byId(search.id).map(f -> new Lookup.Matches(List.of(f), 1))
          .orElse(new Lookup.Matches(List.of(), 0));
    }
    if (search.text != null) {
      return lookup.byText(search.text);
    }
    EntityNames names = new EntityNames(ConfigLoader.load(config).entities());
    if (search.entity != null) {
      return lookup.byEntity(names.canonical(search.entity), metric == null ? "" : metric);
    }
    return lookup.bySource(names.canonical(search.source));
  }
}
