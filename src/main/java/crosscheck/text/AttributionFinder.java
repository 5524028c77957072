package crosscheck.text;

import crosscheck.config.EntityDef;
import crosscheck.model.CitedSource;
import crosscheck.quantity.QuickScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence attributes its statements to: "Nikkei reported, citing Chinese media company Caixin",
 * "according to market research firm IDC", "…, said the sources of the Chinese financial media", "Maggie Wu, the
 * chief financial officer of Alibaba said", "Two sources told …". Names are resolved through the alias files;
 * unnamed people ("sources familiar with the matter") are anonymous.
 */
public final class AttributionFinder {

  /** An attribution in a sentence: its span (sentence offsets), cue word and chain, nearest source first. */
  public record Found(int start, int end, String cue, List<CitedSource> chain) {}

  private static final String CUES =
      "said|says|disclosed|announced|told|reported|reports(?!\\s+(?:said|say|noted|suggest))|added|noted|stated|hinted";
  private static final Pattern CITING = Pattern.compile(
      "(?i)\\b(?<cue>reported|said|says|reports|wrote)\\s*,\\s*citing\\s+(?<cited>[^,;]+?)(?=[,;.]\\s|[,;.]?$)");
  private static final Pattern ACCORDING = Pattern.compile(
      "(?i)\\b(?<cue>according to)\\s+(?<who>[^,;]+?)(?=[,;]\\s|\\.\\s|[.,;]?$)");
  private static final Pattern SAID_AFTER = Pattern.compile(
      "(?i),[”\"’]?\\s*(?<cue>said|says)\\s+(?<who>(?!that\\b)[^,;]+?)(?=[,;.]\\s|[,;.]?$)");
  /**
   * A reporting verb, not in the passive ("Alibaba is reported to be shifting" cites no one); the look at the first
   * letter spares the passive check at every position of the sentence.
   */
  private static final Pattern CUE = Pattern.compile(
      "(?i)(?=[sdatrnh])(?<!\\bis |\\bwas |\\bare |\\bwere |\\bbeen )\\b(?<cue>" + CUES + ")\\b");
  private static final Pattern ANONYMOUS = Pattern.compile(
      "(?i)\\b(?:(?:two|three|several|multiple|some|\\d+)\\s+)?(?:sources|people|persons|insiders|officials|"
          + "experts|analysts|staff|employees?|a person|an employee)\\b(?:\\s+(?:familiar with|close to|with "
          + "knowledge of|at)\\s+[^,;.]+)?");
  /** Media that the text does not name: "media reports said", "the report said". */
  private static final Pattern UNNAMED_MEDIA = Pattern.compile(
      "(?i)\\b(?:(?:media|news|press) reports|the reports?|the (?:[\\w-]+ )?(?:media|press))\\b");
  private static final Pattern VIA = Pattern.compile("(?i)^\\s+of\\s+(?<via>the [^,;.]+?)\\s*$");
  private static final Pattern DOCUMENT = Pattern.compile(
      "(?i)\\b(?<doc>earnings (?:release|report|call)|annual report|results|statement|filing)\\b");
  private static final int WINDOW = 160;
  /** Every attribution holds one of these: a sentence with none needs no regex. */
  private static final List<String> CUE_STEMS = List.of("said", "says", "disclos", "announc", "told", "report",
      "added", "noted", "stated", "hinted", "according", "citing", "wrote");

  private final EntityFinder entityFinder;

  public AttributionFinder(EntityFinder entityFinder) {
    this.entityFinder = entityFinder;
  }

  /** The sentence's attribution, if it has one that names or describes a source. */
  public Optional<Found> find(String sentence, List<EntityMention> mentions) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (!QuickScan.lowerContainsAny(lower, CUE_STEMS)) {
      return Optional.empty();
    }
    // Each pattern is tried only in a sentence that holds its words (they ignore the case of ASCII letters only).
    Matcher citing = CITING.matcher(sentence);
    if (lower.contains("citing") && citing.find()) {
      Optional<CitedSource> reporter = sourceIn(sentence, windowStart(sentence, citing.start()), citing.start(),
          mentions);
      Optional<CitedSource> cited = sourceIn(sentence, citing.start("cited"), citing.end("cited"), mentions);
      if (reporter.isPresent() && cited.isPresent()) {
        return Optional.of(new Found(windowStart(sentence, citing.start()), citing.end(),
            citing.group("cue") + ", citing", List.of(reporter.get(), cited.get())));
      }
    }
    for (Pattern named : List.of(ACCORDING, SAID_AFTER)) {
      Matcher m = named.matcher(sentence);
      boolean possible = named == ACCORDING ? lower.contains("according to")
          : lower.contains("said") || lower.contains("says");
      if (possible && m.find()) {
        List<CitedSource> chain = chainIn(sentence, m.start("who"), m.end("who"), mentions);
        if (!chain.isEmpty()) {
          return Optional.of(new Found(m.start("cue"), m.end(), m.group("cue").toLowerCase(), chain));
        }
      }
    }
    Matcher cue = CUE.matcher(sentence);
    while (cue.find()) {
      int from = windowStart(sentence, cue.start());
      List<CitedSource> chain = chainIn(sentence, from, cue.start(), mentions);
      if (!chain.isEmpty()) {
        return Optional.of(new Found(from, cue.end(), cue.group("cue").toLowerCase(), withDocument(chain, sentence)));
      }
    }
    return Optional.empty();
  }

  /** Where the speaker of a cue can start: after the last closing quote or semicolon, at most a window back. */
  private static int windowStart(String sentence, int cue) {
    int from = Math.max(0, cue - WINDOW);
    for (int i = cue - 1; i >= from; i--) {
      char c = sentence.charAt(i);
      if (c == '”' || c == '"' || c == ';') {
        return i + 1;
      }
    }
    return from;
  }

  /** The source named in {@code [from, to)}, with the outlet it came through for "sources of the … media". */
  private List<CitedSource> chainIn(String sentence, int from, int to, List<EntityMention> mentions) {
    Matcher anonymous = ANONYMOUS.matcher(sentence).region(from, to);
    Optional<CitedSource> person = best(mentions, from, to, EntityDef.Kind.PERSON);
    if (person.isEmpty() && anonymous.find()) {
      CitedSource source = new CitedSource("anonymous", CitedSource.Kind.ANONYMOUS, "", "", anonymous.group(), false);
      Matcher via = VIA.matcher(sentence.substring(anonymous.end(), to));
      if (via.matches()) {
        CitedSource outlet = new CitedSource(via.group("via"), CitedSource.Kind.UNNAMED, "", "", via.group("via"),
            false);
        return List.of(outlet, source);
      }
      return List.of(source);
    }
    return sourceIn(sentence, from, to, mentions).map(List::of).orElse(List.of());
  }

  private Optional<CitedSource> sourceIn(String sentence, int from, int to, List<EntityMention> mentions) {
    for (EntityDef.Kind kind : List.of(EntityDef.Kind.PERSON, EntityDef.Kind.OUTLET, EntityDef.Kind.ORGANISATION)) {
      Optional<CitedSource> found = best(mentions, from, to, kind);
      if (found.isPresent()) {
        return found;
      }
    }
    Matcher anonymous = ANONYMOUS.matcher(sentence).region(from, to);
    if (anonymous.find()) {
      return Optional.of(new CitedSource("anonymous", CitedSource.Kind.ANONYMOUS, "", "", anonymous.group(), false));
    }
    Matcher media = UNNAMED_MEDIA.matcher(sentence).region(from, to);
    if (media.find()) {
      return Optional.of(new CitedSource(media.group(), CitedSource.Kind.UNNAMED, "", "", media.group(), false));
    }
    return best(mentions, from, to, EntityDef.Kind.COMPANY).or(() -> best(mentions, from, to, EntityDef.Kind.UNIT));
  }

  /** The mention of {@code kind} in the window nearest its end: the speaker is usually right before the cue. */
  private Optional<CitedSource> best(List<EntityMention> mentions, int from, int to, EntityDef.Kind kind) {
    EntityMention best = null;
    for (EntityMention m : mentions) {
      if (m.entity() != null && m.entity().kind() == kind && m.start() >= from && m.end() <= to) {
        best = m;
      }
    }
    return Optional.ofNullable(best).map(m -> cite(m.entity(), m.text()));
  }

  /**
   * A cited source for a configured entity: people and units speak for their parent organisation. A company name
   * read as its unit by the paragraph's topic ("Alibaba hinted", in a paragraph about cloud) is the company speaking.
   */
  public CitedSource cite(EntityDef entity, String text) {
    EntityDef parent = entityFinder.parentOf(entity);
    if (parent != null && entity.kind() == EntityDef.Kind.UNIT
        && entity.aliases().stream().noneMatch(a -> a.equalsIgnoreCase(text.replace('’', '\'')))) {
      return cite(parent, text);
    }
    String speaksFor = parent == null ? entity.name() : parent.name();
    CitedSource.Kind kind = switch (entity.kind()) {
      case OUTLET -> CitedSource.Kind.OUTLET;
      case ORGANISATION -> CitedSource.Kind.ORGANISATION;
      case PERSON -> CitedSource.Kind.PERSON;
      default -> CitedSource.Kind.COMPANY;
    };
    return new CitedSource(entity.name(), kind, entity.role(), speaksFor, text, true);
  }

  /** "the company said in its earnings release": the company, with the document it spoke through. */
  private static List<CitedSource> withDocument(List<CitedSource> chain, String sentence) {
    CitedSource last = chain.get(chain.size() - 1);
    Matcher doc = DOCUMENT.matcher(sentence);
    if (last.kind() != CitedSource.Kind.COMPANY || !doc.find()) {
      return chain;
    }
    List<CitedSource> out = new ArrayList<>(chain.subList(0, chain.size() - 1));
    out.add(new CitedSource(last.name(), last.kind(), doc.group("doc").toLowerCase(), last.speaksFor(), last.text(),
        true));
    return out;
  }
}
