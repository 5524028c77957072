package crosscheck.text;

import crosscheck.config.EntityDef;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subjects and people one article names, configured or found in its text, each under the one name it goes by
 * ({@link SubjectNames}): "Toyota Motor Corp" and a later "Toyota" are one subject, "General Motors (GM)" makes a
 * later "GM" that subject, "Maggie Wu" named once as CFO makes a later "Wu" that person. A newswire headline that
 * marks a company with its ticker ("COMPUTER TERMINAL SYSTEMS &lt;CPML&gt; COMPLETES SALE") names the company the
 * article is about.
 */
final class ArticleNames {

  /** "COMPUTER TERMINAL SYSTEMS &lt;CPML&gt; ...", or a company the headline brackets: "&lt;ST. CLAIR PAINT CORP&gt; YEAR NET". */
  private static final Pattern TICKER_HEADLINE =
      Pattern.compile("^\\s*(?:<(?<bracketed>[^<>]{2,80})>|(?<named>.{2,80}?)\\s*<(?<ticker>[A-Z0-9]{1,8})"
          + "(?:\\.[A-Z]{1,3})?>)");

  private final EntityFinder configured;
  private final SubjectNames subjectNames;
  private final Map<String, EntityDef> subjects = new HashMap<>();
  private final Map<String, EntityDef> people = new HashMap<>();
  /** The company the headline names; its longer name once the lead opens with it ({@link #leadOpensWith}). */
  private EntityDef headlineCompany;
  /** The ticker the headline marks that company with ("MCRP" of "MARINE CORP &lt;MCRP.O&gt;"), or "". */
  private String headlineTicker = "";

  /**
   * The names of an article before its sentences are read: the people it names with a title anywhere ("Mr Bondi"),
   * then the company its headline names, so that the body's later "Irving" finds the headline's "IRVING BANK".
   */
  ArticleNames(EntityFinder configured, SubjectNames subjectNames, String title, String text, Pattern titled,
      List<String> titles) {
    this.configured = configured;
    this.subjectNames = subjectNames;
    registerTitled(text, titled, titles);
    this.headlineCompany = readHeadline(title).orElse(null);
  }

  /** The subject a name written this way stands for, or empty when it is no subject (a person, a bare "Inc"). */
  Optional<EntityDef> subject(String written) {
    if (subjectNames.isSuffixOnly(written)) {
      return Optional.empty();
    }
    String canonical = subjectNames.canonical(written);
    Optional<EntityDef> known = configured.byAlias(written).or(() -> configured.byAlias(canonical));
    if (known.isPresent()) {
      return known;
    }
    String key = key(canonical);
    String[] words = canonical.split("\\s+");
    // "Irving said", after "Irving Bank Corp": one word that begins a longer name the article gave is that subject
    // (two words are a name of their own: "Air India" is not "Air India Express").
    EntityDef longer = words.length > 1 || subjects.containsKey(key) ? null : subjects.entrySet().stream()
        .filter(e -> e.getKey().startsWith(key + " ")).map(Map.Entry::getValue).sorted(
            java.util.Comparator.comparing(EntityDef::name)).findFirst().orElse(null);
    if (longer != null) {
      return Optional.of(longer);
    }
    EntityDef person = people.getOrDefault(key, words.length == 2 ? people.get(key(words[1])) : null);
    if (person != null) {
      return Optional.of(person);
    }
    return Optional.of(subjects.computeIfAbsent(key,
        k -> new EntityDef(canonical, EntityDef.Kind.COMPANY, null, null, null, null, List.of(canonical))));
  }

  /**
   * The name the lead opens with, when it lengthens the headline's one-word company ("BALLY <BLY> COMPLETES
   * PURCHASE" over "Bally Manufacturing Corp said"): the headline's word, its ticker and the story's later "Bally"
   * are that company from here on.
   */
  void leadOpensWith(EntityDef lead) {
    if (headlineCompany == null || headlineCompany.name().contains(" ") || lead.kind() != EntityDef.Kind.COMPANY
        || !lead.name().toLowerCase(Locale.ROOT).startsWith(headlineCompany.name().toLowerCase(Locale.ROOT) + " ")
        || !subjectNames.isOneName(lead.name())) {
      return;
    }
    EntityDef shorter = headlineCompany;
    subjects.replaceAll((name, entity) -> entity == shorter ? lead : entity);
    headlineCompany = lead;
  }

  /** People the article names with a title ("Mr Bondi"), so that "Enrico Bondi" earlier in it is that person too. */
  private void registerTitled(String text, Pattern titled, List<String> titles) {
    if (titles.stream().noneMatch(text::contains)) {
      return; // most articles name no one by title: no need to run the pattern
    }
    Matcher m = titled.matcher(text);
    while (m.find()) {
      person(m.group(1), "");
    }
  }

  /** A person named with a title or role; later mentions of the full name or the surname are that person. */
  EntityDef person(String written, String role) {
    String name = written.strip();
    EntityDef person = people.computeIfAbsent(key(name),
        k -> new EntityDef(name, EntityDef.Kind.PERSON, null, null, null, role, List.of(name)));
    String[] words = name.split("\\s+");
    if (words.length > 1) {
      people.putIfAbsent(key(words[words.length - 1]), person);
    }
    return person;
  }

  /** An agency or body named in the text ("the Commerce Department"): cited, never a subject. */
  EntityDef organisation(String written) {
    String canonical = subjectNames.canonical(written);
    return configured.byAlias(written).orElseGet(() -> new EntityDef(canonical, EntityDef.Kind.ORGANISATION, null,
        null, null, null, List.of(canonical)));
  }

  /** "General Motors (GM)": from here on "GM" is General Motors in this article. */
  void acronym(String acronym, EntityDef of) {
    subjects.putIfAbsent(key(acronym), of);
  }

  /** The entity a claim's subject name stands for in this article. */
  EntityDef named(String name) {
    EntityDef config = configured.named(name);
    return config != null ? config : subjects.get(key(name));
  }

  /** The company a ticker-marked headline names, if any. */
  Optional<EntityDef> headlineCompany() {
    return Optional.ofNullable(headlineCompany);
  }

  /** The ticker of {@code subject} when it is the company the headline marks with one, else "". */
  String tickerOf(EntityDef subject) {
    return subject != null && subject.equals(headlineCompany) ? headlineTicker : "";
  }

  private Optional<EntityDef> readHeadline(String title) {
    Matcher m = TICKER_HEADLINE.matcher(title);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group("bracketed") != null ? m.group("bracketed") : m.group("named");
    Optional<EntityDef> company = subject(name.replace(" . ", ". "));
    if (company.isPresent() && m.group("ticker") != null) {
      acronym(m.group("ticker"), company.get()); // "GENERAL ELECTRIC <GE>": the body's "GE" is General Electric
      headlineTicker = m.group("ticker");
    }
    return company;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
