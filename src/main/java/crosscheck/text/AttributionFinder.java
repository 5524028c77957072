package crosscheck.text;

import crosscheck.config.EntityDef;
import crosscheck.model.CitedSource;
import crosscheck.quantity.Alternation;
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

  private static final List<String> CUES = List.of("said", "says", "disclosed", "announced", "told", "reported",
      "reports(?!\\s+(?:said|say|noted|suggest))", "added", "noted", "stated", "hinted");
  private static final Pattern CITING = Pattern.compile(
      "(?i)\\b(?<cue>reported|said|says|reports|wrote)\\s*,\\s*citing\\s+(?<cited>[^,;]+?)(?=[,;.]\\s|[,;.]?$)");
  private static final Pattern ACCORDING = Pattern.compile(
      "(?i)\\b(?<cue>according to)\\s+(?<who>[^,;]+?)(?=[,;]\\s|\\.\\s|[.,;]?$)");
  private static final Pattern SAID_AFTER = Pattern.compile(
      "(?i),[”\"’]?\\s*(?<cue>said|says)\\s+(?<who>(?!that\\b)[^,;]+?)(?=[,;.]\\s|[,;.]?$)");
  /** A cue that names its source after it, and the words one of which a sentence holds for it to match. */
  private record NamedCue(Pattern pattern, List<String> words) {}

  private static final List<NamedCue> NAMED_CUES = List.of(new NamedCue(ACCORDING, List.of("according to")),
      new NamedCue(SAID_AFTER, List.of("said", "says")));
  /** A reporting verb, not in the passive ("Alibaba is reported to be shifting" cites no one). */
  private static final Alternation CUE = Alternation.of("(?<!\\bis |\\bwas |\\bare |\\bwere |\\bbeen )\\b", true,
      CUES, "\\b", Pattern.CASE_INSENSITIVE);
  private static final Alternation ANONYMOUS = Alternation.of("\\b", true, List.of(
      "(?:(?:two|three|several|multiple|some|\\d+)\\s+)?(?:sources|people|persons|insiders|officials|"
          + "experts|analysts|staff|employees?|a person|an employee)\\b(?:\\s+(?:familiar with|close to|with "
          + "knowledge of|at)\\s+[^,;.]+)?"), "", Pattern.CASE_INSENSITIVE);
  /** Media that the text does not name: "media reports said", "the report said". */
  private static final Alternation UNNAMED_MEDIA = Alternation.of("\\b", true,
      List.of("(?:media|news|press) reports", "the reports?", "the (?:[\\w-]+ )?(?:media|press)"), "\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern VIA = Pattern.compile("(?i)^\\s+of\\s+(?<via>the [^,;.]+?)\\s*$");
  private static final Alternation DOCUMENT = Alternation.of("\\b", true,
      List.of("earnings (?:release|report|call)", "annual report", "results", "statement", "filing"), "\\b",
      Pattern.CASE_INSENSITIVE);
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
    for (NamedCue named : NAMED_CUES) {
      Matcher m = named.pattern().matcher(sentence);
      if (named.words().stream().anyMatch(lower::contains) && m.find()) {
        List<CitedSource> chain = chainIn(sentence, m.start("who"), m.end("who"), mentions);
        if (!chain.isEmpty()) {
          return Optional.of(new Found(m.start("cue"), m.end(), m.group("cue").toLowerCase(), chain));
        }
      }
    }
    for (Alternation.Match cue : CUE.findAll(sentence)) {
      int from = windowStart(sentence, cue.start());
      List<CitedSource> chain = chainIn(sentence, from, cue.start(), mentions);
      if (!chain.isEmpty()) {
        return Optional.of(new Found(from, cue.end(), cue.in(sentence).toLowerCase(), withDocument(chain, sentence)));
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
    Optional<CitedSource> person = best(mentions, from, to, EntityDef.Kind.PERSON);
    Optional<Alternation.Match> anonymous = person.isEmpty() ? ANONYMOUS.find(sentence, from, to) : Optional.empty();
    if (anonymous.isPresent()) {
      CitedSource source = new CitedSource("anonymous", CitedSource.Kind.ANONYMOUS, "", "",
          anonymous.get().in(sentence), false);
      Matcher via = VIA.matcher(sentence.substring(anonymous.get().end(), to));
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
    Optional<Alternation.Match> anonymous = ANONYMOUS.find(sentence, from, to);
    if (anonymous.isPresent()) {
      return Optional.of(new CitedSource("anonymous", CitedSource.Kind.ANONYMOUS, "", "", anonymous.get().in(sentence),
          false));
    }
    Optional<String> media = UNNAMED_MEDIA.find(sentence, from, to).map(m -> m.in(sentence));
    if (media.isPresent()) {
      return Optional.of(new CitedSource(media.get(), CitedSource.Kind.UNNAMED, "", "", media.get(), false));
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
    Optional<Alternation.Match> doc =
        last.kind() == CitedSource.Kind.COMPANY ? DOCUMENT.first(sentence) : Optional.empty();
    if (doc.isEmpty()) {
      return chain;
    }
    List<CitedSource> out = new ArrayList<>(chain.subList(0, chain.size() - 1));
    out.add(new CitedSource(last.name(), last.kind(), doc.get().in(sentence).toLowerCase(), last.speaksFor(),
        last.text(), true));
    return out;
  }
}
