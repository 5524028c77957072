package crosscheck.text;

import crosscheck.config.EntityDef;
import crosscheck.config.MetricDef;
import crosscheck.quantity.Amount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whose figure a number is. In order: an entity of the kind its metric requires named in the sentence (a contract);
 * the nearest name before it in its clause that is not a place (for a rank, the first: the clause's subject)
 * ("followed by Apple at 17% and Xiaomi at 15%" gives each figure its own company), else the nearest place; the
 * subject of the number before it in the sentence; the first name of the sentence's first clause that is not just a
 * date; the topic carried from the previous sentence, across paragraphs too (a wire story's paragraph is often one
 * sentence: "Argentine crude oil production was down ..." hands Argentina on to the next paragraph's gas output);
 * what the article is about. An article is about the company its ticker-marked headline names, else the unit and
 * company it names most; anaphors such as "the segment" stand for that unit, "the company" and
 * "the carmaker" for its company.
 */
final class Subjects {

  /** What comes right before the company a deal buys or sells: "offer for", "agreed to buy", "a stake in". */
  private static final Pattern TARGET_CUE = Pattern.compile("(?i)(?<![\\p{L}])(?:bid for|offer for|buy|buying|bought|"
      + "acquire|acquires|acquired|acquiring|acquisition of|takeover of|purchase of|purchase|purchased|sale of|"
      + "sell|sells|sold|selling|stake in|merger with|merge with|buyout of|control of|paid [^,;]{1,25} for)"
      + "(?:\\s+(?:the|a|an|its|state|(?:[a-z][\\w-]*\\s+){0,2}[\\w-]*(?:er|firm|group|company|giant|rival|"
      + "maker|unit|bank|chain|business|division|arm)))*\\s+$");
  /** "sold for $9.4bn to state oil firm Rosneft": in a sale, the buyer named after "to". */
  private static final Pattern BUYER_CUE = Pattern.compile("(?i)(?<![\\p{L}])to(?:\\s+(?:the|a|an|its|state|"
      + "[a-z][\\w-]*))?(?:\\s+[a-z][\\w-]*){0,2}\\s+$");
  private static final Pattern SALE = Pattern.compile("(?i)(?<![\\p{L}])(?:sold|sell|sells|selling|sale)(?![\\p{L}])");
  private static final int TARGET_WINDOW = 40;
  /** What comes right before the party a claimant sues: "sue the Russian government", "a lawsuit against Rosneft". */
  private static final Pattern SUED_CUE = Pattern.compile("(?i)(?<![\\p{L}])(?:sue[sd]?|suing|against)"
      + "(?:\\s+(?:the|a|an|its))?\\s+$");
  /** Lower-case words only, between a name and the one they describe ("US wine maker Robert Mondavi"). */
  private static final Pattern DESCRIBING = Pattern.compile("(?:\\s+[a-z][\\w-]*)+\\s+");
  /** "Australia's BHP": the possessive mark and a space. */
  private static final int POSSESSOR_GAP = 3;
  /** What may follow a name that is a whole clause: a ticker ("Alitalia Spa <AZPI.MI>"), a full stop. */
  private static final Pattern APPOSED_REST = Pattern.compile("\\s*(?:<[^>]*>)?\\s*[.]?\\s*");
  private static final Pattern SPEAKS = Pattern.compile(
      "(?i)\\s*(?:said|says|reported|estimated|estimates|forecast|told|added|announced|noted)(?![\\p{L}])");

  /** What is left of a clause that only dates ("In July", "On Tuesday") once its period phrases are taken out. */
  private static final Pattern DATE_ONLY = Pattern.compile("(?i)[\\s,.]*(?:(?:in|on|for|during|at|by|since|the|"
      + "last|this|early|late|mid-?)\\s+)*(?:(?:January|February|March|April|May|June|July|August|September|"
      + "October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|"
      + "yesterday|today)[\\s,.]*)?");

  /** What the article is mostly about, for numbers whose sentence names no subject. */
  record Focus(EntityDef unit, EntityDef company, EntityDef contract) {
    EntityDef main() {
      return unit != null ? unit : company;
    }
  }

  private final EntityFinder entityFinder;
  private final UnitPhrases unitPhrases;
  /** "airline", "carmaker", "company": the words that end a possessive description of a company. */
  private final CompanyNouns companyNouns;

  Subjects(EntityFinder entityFinder, UnitPhrases unitPhrases, CompanyNouns companyNouns) {
    this.entityFinder = entityFinder;
    this.unitPhrases = unitPhrases;
    this.companyNouns = companyNouns;
  }

  EntityDef subject(ParsedSentence p, Amount amount, int[] clause, MetricDef metric, EntityDef previousSubject,
      EntityDef topic, Focus focus) {
    if (metric.entityKind() != null) {
      for (EntityMention m : p.mentions()) {
        if (m.entity() != null && m.entity().kind() == metric.entityKind()) {
          return m.entity();
        }
      }
    }
    EntityMention nearest = null;
    EntityMention nearestPlace = null;
    // "suing Russia in Europe for $28.3bn": the party sued is not the figure's subject, nor where it is sued.
    List<EntityMention> suedParties = p.mentions().stream().filter(m -> cuedBefore(p, m, SUED_CUE)).toList();
    boolean sued = suedParties.stream().anyMatch(m -> m.start() >= clause[0]);
    for (EntityMention m : p.mentions()) {
      if (suedParties.contains(m) || sued && m.place()) {
        continue;
      }
      boolean scope = m.possessive() && ranksAfter(p, m);
      if (isSubject(m) && m.start() >= clause[0] && m.end() <= amount.hedgeStart() && !scope) {
        if (amount.unit() == Amount.Unit.RANK && nearest != null) {
          continue; // "Greater China overtook Japan as Google's fifth-largest market": the rank is the clause subject's
        }
        if (m.place()) {
          nearestPlace = m;
        } else {
          nearest = m;
        }
      }
    }
    // "ONIC said French deliveries were 9.91 mln tonnes": a speaker yields to a place named after it.
    if (nearest != null && nearestPlace != null && nearestPlace.start() > nearest.end()
        && SPEAKS.matcher(p.text()).region(nearest.end(), p.text().length()).lookingAt()) {
      return nearestPlace.entity();
    }
    if (nearest != null || nearestPlace != null) {
      return (nearest != null ? nearest : nearestPlace).entity();
    }
    if (metric.explicitEntity()) {
      return null;
    }
    if (previousSubject != null) {
      return previousSubject;
    }
    EntityMention first = firstClauseMention(p);
    if (first != null && first.end() <= amount.hedgeStart()) {
      return first.entity();
    }
    return topic != null ? topic : focus.main();
  }

  /**
   * "India's second-largest cement maker": a possessor right before a rank is the rank's scope, the subject of no
   * figure in its clause ("ACC is India's second-largest cement maker with a market share of 13%").
   */
  private static boolean ranksAfter(ParsedSentence p, EntityMention m) {
    return p.amounts().stream().anyMatch(a -> a.unit() == Amount.Unit.RANK && a.start() >= m.end()
        && a.start() - m.end() <= POSSESSOR_GAP + 1);
  }

  /**
   * The company a deal buys or sells, named right after a deal word in the sentence ("bid for the LSE"): of several,
   * the one in the figure's clause, else the nearest ("GAF, which made an unsuccessful attempt in 1985 to acquire
   * Union Carbide, recently offered three billion dlrs for Borg Warner" is Borg Warner's bid).
   */
  static Optional<EntityDef> target(ParsedSentence p, Amount amount) {
    List<EntityMention> mentions = p.mentions();
    List<EntityMention> targets = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (cuedBefore(p, mentions.get(i), TARGET_CUE)) {
        // "paid $1bn for US wine maker Robert Mondavi": the name the describing words lead to is the target.
        while (i + 1 < mentions.size() && cuedBefore(p, mentions.get(i + 1), TARGET_CUE)
            && DESCRIBING.matcher(p.text().substring(mentions.get(i).end(), mentions.get(i + 1).start())).matches()) {
          i++;
        }
        targets.add(mentions.get(i));
      }
    }
    int[] clause = p.clauseAround(amount.start());
    Optional<EntityMention> inClause = targets.stream()
        .filter(m -> m.start() >= clause[0] && m.end() <= clause[1]).findFirst();
    Optional<EntityMention> nearest = inClause.or(() -> targets.stream().min(Comparator.comparingInt(
        (EntityMention m) -> m.end() <= amount.start() ? amount.start() - m.end() : m.start() - amount.end())));
    if (nearest.isPresent()) {
      return nearest.map(EntityMention::entity);
    }
    if (SALE.matcher(p.text()).find()) {
      for (EntityMention m : p.mentions()) {
        if (cuedBefore(p, m, BUYER_CUE)) {
          return Optional.of(m.entity());
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code m} can be a subject and {@code cue} ends right before it ("bid for", "suing", "sold ... to"). */
  private static boolean cuedBefore(ParsedSentence p, EntityMention m, Pattern cue) {
    int from = Math.max(0, m.start() - TARGET_WINDOW);
    return isSubject(m) && cue.matcher(p.text().substring(from, m.start())).find();
  }

  static boolean isSubject(EntityMention m) {
    return m.entity() != null && m.entity().kind().canBeSubject();
  }

  /** The first name in the first clause that is more than a date ("On June 8, 2021, Alibaba Cloud announced"). */
  private EntityMention firstClauseMention(ParsedSentence p) {
    String text = p.text();
    for (int i = 0; i < p.clauses().size(); i++) {
      int[] clause = p.clauses().get(i);
      EntityMention first = null;
      for (EntityMention m : p.mentions()) {
        if (isSubject(m) && !m.place() && m.start() >= clause[0] && m.end() <= clause[1]) {
          // "Australia's BHP Billiton": a possessor right before another name only qualifies it.
          boolean qualified = first != null && first.possessive() && m.start() - first.end() <= POSSESSOR_GAP;
          if (first != null && !qualified) {
            break;
          }
          first = m;
        }
      }
      boolean described = first != null && first.possessive() && i + 1 < p.clauses().size()
          && describesCompany(p.text().substring(first.end(), clause[1]));
      EntityMention apposed = described ? apposition(p, p.clauses().get(i + 1)) : null;
      if (apposed != null) {
        return apposed; // "Italy's national airline, Alitalia Spa, reported ...": the airline is Alitalia
      }
      if (first != null || !isDateOnly(text, clause, p.periods())) {
        return first;
      }
    }
    return null;
  }

  /** Whether the words after a possessive end with a company noun: "'s national airline", "'s largest carmaker". */
  private boolean describesCompany(String description) {
    String[] words = description.strip().split("\\s+");
    return words.length > 1 && companyNouns.names(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
  }

  /** The name that a clause is, all of it ("Alitalia Spa <AZPI.MI>"), else null. */
  private static EntityMention apposition(ParsedSentence p, int[] clause) {
    for (EntityMention m : p.mentions()) {
      if (isSubject(m) && !m.place() && m.start() == clause[0]) {
        String rest = p.text().substring(m.end(), clause[1]);
        return APPOSED_REST.matcher(rest).matches() ? m : null;
      }
    }
    return null;
  }

  private static boolean isDateOnly(String text, int[] clause, List<PeriodMention> periods) {
    StringBuilder rest = new StringBuilder(text.substring(clause[0], clause[1]));
    for (int i = periods.size() - 1; i >= 0; i--) {
      PeriodMention m = periods.get(i);
      if (m.start() >= clause[0] && m.end() <= clause[1]) {
        rest.delete(m.start() - clause[0], m.end() - clause[0]);
      }
    }
    return DATE_ONLY.matcher(rest).matches();
  }

  /**
   * The entity a sentence without claims hands on to the next: its first name, or a unit of that company named in
   * the same sentence ("the company announced ... for its cloud division" is about the division).
   */
  EntityDef topicOf(ParsedSentence p) {
    EntityDef first = null;
    for (EntityMention m : p.mentions()) {
      if (isSubject(m) && !m.place()) {
        if (first == null) {
          first = m.entity();
        } else if (first.name().equals(m.entity().parent())) {
          return m.entity();
        }
      }
    }
    return first;
  }

  /** The most-named unit, company and contract of the article (ties go to the first named); places count last. */
  Focus focus(List<ParsedSentence> parsed, ArticleNames names) {
    Map<EntityDef.Kind, Map<EntityDef, Integer>> counts = new HashMap<>();
    Map<EntityDef, Integer> places = new LinkedHashMap<>();
    for (ParsedSentence p : parsed) {
      for (EntityMention m : p.mentions()) {
        if (m.entity() != null && m.place()) {
          places.merge(m.entity(), 1, Integer::sum);
        } else if (m.entity() != null) {
          counts.computeIfAbsent(m.entity().kind(), k -> new LinkedHashMap<>()).merge(m.entity(), 1, Integer::sum);
        }
      }
    }
    // The lead's first company counts twice more: a story names its subject first.
    parsed.stream().flatMap(p -> p.mentions().stream())
        .filter(m -> m.entity() != null && !m.place() && m.entity().kind() == EntityDef.Kind.COMPANY)
        .findFirst()
        .ifPresent(m -> counts.get(EntityDef.Kind.COMPANY).merge(m.entity(), 2, Integer::sum));
    EntityDef unit = mostNamed(counts.get(EntityDef.Kind.UNIT));
    EntityDef headline = names.headlineCompany().orElse(null);
    EntityDef company = headline != null ? headline
        : unit != null && entityFinder.parentOf(unit) != null ? entityFinder.parentOf(unit)
        : mostNamed(counts.get(EntityDef.Kind.COMPANY));
    if (company == null) {
      company = mostNamed(places);
    }
    return new Focus(headline != null ? null : unit, company, mostNamed(counts.get(EntityDef.Kind.CONTRACT)));
  }

  private static EntityDef mostNamed(Map<EntityDef, Integer> counts) {
    EntityDef best = null;
    int bestCount = 0;
    if (counts != null) {
      for (Map.Entry<EntityDef, Integer> e : counts.entrySet()) {
        if (e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
    }
    return best;
  }

  /**
   * The article's anaphors replaced by what it is about, sentence by sentence ("the segment" may mean the unit the
   * sentence before named); anaphors with nothing to stand for dropped. A possessor before a unit phrase
   * ("Alibaba's cloud computing business") becomes the unit it names.
   */
  List<ParsedSentence> resolveAnaphors(List<ParsedSentence> parsed, Focus focus) {
    Map<EntityDef, Integer> named = new LinkedHashMap<>();
    parsed.forEach(p -> p.mentions().stream()
        .filter(m -> !m.place() && m.entity() != null && m.entity().kind() == EntityDef.Kind.COMPANY)
        .forEach(m -> named.merge(m.entity(), 1, Integer::sum)));
    UnitPhrases.InArticle units = unitPhrases.new InArticle(named);
    List<ParsedSentence> resolved = new ArrayList<>(parsed.size());
    for (ParsedSentence p : parsed) {
      List<EntityMention> mentions = new ArrayList<>();
      for (EntityMention m : p.mentions()) {
        EntityDef target = !m.isAnaphor() ? m.entity() : switch (m.anaphorKind()) {
          case UNIT -> focus.unit() != null ? focus.unit() : firstOf(units.ofAnaphor(m.text()), focus.company());
          case COMPANY -> focus.company();
          case CONTRACT -> focus.contract();
          default -> null;
        };
        if (!m.isAnaphor() && m.possessive() && isSubject(m)) {
          target = firstOf(units.afterPossessor(m.entity(), p.text(), m.end()), target);
        }
        if (target != null) {
          mentions.add(target != m.entity() ? m.resolvedTo(target) : m);
        }
      }
      resolved.add(p.withMentions(mentions));
    }
    return resolved;
  }

  private static EntityDef firstOf(EntityDef found, EntityDef otherwise) {
    return found != null ? found : otherwise;
  }
}
