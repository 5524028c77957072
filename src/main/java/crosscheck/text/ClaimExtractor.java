package crosscheck.text;

import crosscheck.config.Config;
import crosscheck.config.EntityDef;
import crosscheck.config.MetricDef;
import crosscheck.model.Article;
import crosscheck.model.Attribution;
import crosscheck.model.Citation;
import crosscheck.model.CitedSource;
import crosscheck.model.Claim;
import crosscheck.model.PartialDate;
import crosscheck.model.Period;
import crosscheck.model.Qualifier;
import crosscheck.verdict.Intervals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article into claims: for every number that is money, a percentage or a rank, the metric its cue words
 * name, the subject it is said about and the period it covers.
 *
 * <p>The subject of a number is, in order: an entity of the kind its metric requires named in its clause (a
 * contract); the nearest name before it in its clause; the subject of the number before it in the sentence; the
 * first name of the sentence's first clause that is not just a date; the topic carried from the previous sentence
 * of the paragraph; the unit (else the company) the article is mostly about. Anaphors such as "the segment" stand
 * for that unit, "the company" for its parent.
 *
 * <p>The period of a number is the nearest period phrase after it in its clause, else before it in its clause,
 * else the nearest in its sentence, else the period of the previous sentence's claims in the same paragraph ("That
 * was up 56%"). A year named beside a quarter without a year in the same clause picks that quarter of the year.
 */
public final class ClaimExtractor {

  private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s|;\\s|\\s[—–]\\s|—|:\\s");
  private static final Pattern CLOSE_PAREN = Pattern.compile("\\G\\s*\\)");
  private static final Pattern OPEN_PAREN = Pattern.compile("\\s*\\(\\s*");
  private static final Pattern DATE_ONLY = Pattern.compile("(?i)[\\s,.]*(?:(?:in|on|for|during|at|by|since|the)\\s+)*");

  private final SentenceSplitter splitter;
  private final AmountParser amountParser;
  private final PeriodParser periodParser = new PeriodParser();
  private final PeriodResolver periodResolver = new PeriodResolver();
  private final EntityFinder entityFinder;
  private final MetricClassifier metricClassifier;
  private final Intervals intervals;
  private final AttributionFinder attributionFinder;

  /** The claims of one article, every source it cites, and how many sentences it had. */
  public record Extraction(int sentences, List<Claim> claims, List<Citation> citations) {}

  /** A sentence with what was found in it; offsets are relative to the sentence. */
  private record Parsed(Sentence sentence, List<EntityMention> mentions, List<Amount> amounts,
      Map<Amount, Amount> conversions, Set<Amount> converted, List<PeriodMention> periods, List<int[]> clauses,
      List<MetricClassifier.Cue> cues, Set<Integer> notClaimClauses) {}

  /** What the article is mostly about, for numbers whose sentence names no subject. */
  private record Focus(EntityDef unit, EntityDef company, EntityDef contract) {
    EntityDef main() {
      return unit != null ? unit : company;
    }
  }

  public ClaimExtractor(Config config) {
    this.splitter = new SentenceSplitter(config.abbreviations());
    this.amountParser = new AmountParser(config.currencies(), config.qualifiers());
    this.entityFinder = new EntityFinder(config);
    this.metricClassifier = new MetricClassifier(config);
    this.intervals = new Intervals(config.rates());
    this.attributionFinder = new AttributionFinder(entityFinder);
  }

  public Extraction extract(Article article) {
    List<Sentence> sentences = splitter.split(article.text());
    Map<Integer, String> paragraphs = paragraphTexts(article.text(), sentences);
    List<Parsed> parsed = new ArrayList<>();
    for (Sentence s : sentences) {
      parsed.add(parse(s, paragraphs.get(s.paragraph())));
    }
    Focus focus = focus(parsed);
    parsed.replaceAll(p -> resolveAnaphors(p, focus));
    Map<String, BigDecimal> articleRates = articleRates(parsed);
    Optional<PartialDate> published = article.publicationDate();
    Attributions attributions = new Attributions(article, parsed);

    List<Claim> claims = new ArrayList<>();
    EntityDef topic = null;
    List<Claim> previousSentenceClaims = List.of();
    Optional<Period> lastQuarter = Optional.empty();
    int paragraph = -1;
    for (Parsed p : parsed) {
      if (p.sentence().paragraph() != paragraph) {
        paragraph = p.sentence().paragraph();
        topic = null;
        previousSentenceClaims = List.of();
      }
      List<Claim> sentenceClaims = new ArrayList<>();
      EntityDef previousSubject = null;
      for (Amount amount : p.amounts()) {
        if (p.converted().contains(amount)) {
          continue;
        }
        Optional<Claim> claim = claim(article, p, amount, published, focus, topic, previousSubject,
            previousSentenceClaims, lastQuarter, articleRates, attributions);
        claim.ifPresent(sentenceClaims::add);
        if (claim.isPresent()) {
          previousSubject = entityFinder.named(claim.get().entity());
        }
      }
      Optional<Period> quarter = latestQuarter(p, published);
      if (quarter.isPresent()) {
        lastQuarter = quarter;
      }
      if (!sentenceClaims.isEmpty()) {
        topic = entityFinder.named(sentenceClaims.get(0).entity());
        previousSentenceClaims = sentenceClaims;
      } else {
        previousSentenceClaims = List.of();
        EntityDef next = topicOf(p);
        topic = next != null ? next : topic;
      }
      claims.addAll(sentenceClaims);
    }
    return new Extraction(sentences.size(), List.copyOf(claims), attributions.citations(article.id(), claims));
  }

  private Optional<Claim> claim(Article article, Parsed p, Amount amount, Optional<PartialDate> published,
      Focus focus, EntityDef topic, EntityDef previousSubject, List<Claim> previousSentenceClaims,
      Optional<Period> lastQuarter, Map<String, BigDecimal> articleRates, Attributions attributions) {
    if (amount.unit() == Amount.Unit.COUNT || amount.unit() == Amount.Unit.PERCENTAGE_POINTS) {
      return Optional.empty();
    }
    String text = p.sentence().text();
    int clauseIndex = clauseOf(p.clauses(), amount.start());
    if (p.notClaimClauses().contains(clauseIndex)) {
      return Optional.empty();
    }
    int[] clause = p.clauses().get(clauseIndex);
    Amount conversion = p.conversions().get(amount);
    int valueEnd = conversion == null ? amount.end() : closingParen(text, conversion.end());
    Set<EntityDef.Kind> clauseKinds = EnumSet.noneOf(EntityDef.Kind.class);
    for (EntityMention m : p.mentions()) {
      if (m.entity() != null && m.start() >= clause[0] && m.end() <= clause[1]) {
        clauseKinds.add(m.entity().kind());
      }
    }
    Optional<MetricDef> metric = metricClassifier.classify(amount.unit(), p.cues(), amount.hedgeStart(), valueEnd,
        clause[0], clause[1], text.length(), clauseKinds);
    if (metric.isEmpty()) {
      return Optional.empty();
    }
    EntityDef subject = subject(p, amount, clause, metric.get(), previousSubject, topic, focus);
    if (subject == null) {
      return Optional.empty();
    }
    Period period = period(p, amount, clause, published, fiscalYearEnd(subject), metric.get().kind(),
        previousSentenceClaims, lastQuarter);
    // Money is converted at the rate of the month the article was written.
    Intervals.Interval interval = intervals.of(amount, conversion, articleRates,
        published.map(PartialDate::toMonthString).orElse(""));
    int offset = p.sentence().start();
    return Optional.of(new Claim(
        String.format("%s#%07d", article.id(), offset + amount.start()),
        article.id(),
        article.source(),
        article.date(),
        p.sentence().index(),
        offset,
        text,
        offset + amount.hedgeStart(),
        offset + valueEnd,
        subject.name(),
        metric.get().name(),
        period,
        text.substring(amount.hedgeStart(), valueEnd),
        amount.qualifier().kind() == Qualifier.Kind.EXACT ? "exact" : amount.qualifier().kind().name().toLowerCase(),
        amount.value().stripTrailingZeros().toPlainString(),
        unitOf(amount),
        conversion == null ? "" : conversion.value().stripTrailingZeros().toPlainString(),
        conversion == null ? "" : unitOf(conversion),
        interval.unit(),
        interval.low(),
        interval.high(),
        interval.note(),
        attributions.of(p, subject, metric.get()),
        article.title(),
        article.url()));
  }

  private static String unitOf(Amount amount) {
    return switch (amount.unit()) {
      case MONEY -> amount.currency();
      case PERCENT -> "%";
      case RANK -> "rank";
      default -> "";
    };
  }

  private int fiscalYearEnd(EntityDef subject) {
    if (subject.fiscalYearEndMonth() != 0) {
      return subject.fiscalYearEndMonth();
    }
    EntityDef parent = entityFinder.parentOf(subject);
    return parent == null ? 0 : parent.fiscalYearEndMonth();
  }

  // ---- attribution ----

  /**
   * Who each sentence of an article cites, and what the article cites anywhere: an outlet's own source ("Nikkei
   * reported, citing Caixin" makes a later "Nikkei said" Nikkei ← Caixin), and the first disclosure of each company
   * (its release, its executives), which backs that company's figures where their sentences cite no one.
   */
  private final class Attributions {
    private final String outlet;
    private final List<Parsed> parsed;
    private final Map<Integer, AttributionFinder.Found> bySentence = new HashMap<>();
    private final Map<String, List<CitedSource>> outletCites = new HashMap<>();
    private final Map<String, Integer> disclosureByCompany = new HashMap<>();

    Attributions(Article article, List<Parsed> parsed) {
      this.outlet = article.source().isEmpty() ? "unknown outlet of " + article.id()
          : entityFinder.byAlias(article.source()).map(EntityDef::name).orElse(article.source());
      this.parsed = parsed;
      for (Parsed p : parsed) {
        int index = p.sentence().index();
        attributionFinder.find(p.sentence().text(), p.mentions()).ifPresent(found -> {
          bySentence.put(index, found);
          CitedSource first = found.chain().get(0);
          if (found.chain().size() > 1 && first.kind() == CitedSource.Kind.OUTLET) {
            outletCites.putIfAbsent(first.name(), found.chain().subList(1, found.chain().size()));
          }
          CitedSource last = found.chain().get(found.chain().size() - 1);
          if (last.resolved() && (last.kind() == CitedSource.Kind.COMPANY || last.kind() == CitedSource.Kind.PERSON)) {
            disclosureByCompany.putIfAbsent(last.speaksFor(), index);
          }
        });
      }
    }

    Attribution of(Parsed p, EntityDef subject, MetricDef metric) {
      int index = p.sentence().index();
      if (bySentence.containsKey(index)) {
        return build(index, Attribution.Basis.SENTENCE);
      }
      Parsed previous = index > 0 ? parsed.get(index - 1) : null;
      if (previous != null && previous.sentence().paragraph() == p.sentence().paragraph()
          && bySentence.containsKey(index - 1)) {
        return build(index - 1, Attribution.Basis.PREVIOUS_SENTENCE);
      }
      EntityDef parent = entityFinder.parentOf(subject);
      Integer disclosure = disclosureByCompany.get(parent != null ? parent.name() : subject.name());
      if (disclosure != null && metric.reportedBySubject()) {
        return build(disclosure, Attribution.Basis.ARTICLE);
      }
      return new Attribution(outlet, List.of(), "", 0, 0, Attribution.Basis.OUTLET_ONLY, outlet,
          !outlet.startsWith("unknown outlet"));
    }

    /** Every source the article cites, with the claims of the article that rest on it. */
    List<Citation> citations(String articleId, List<Claim> claims) {
      List<Citation> citations = new ArrayList<>();
      bySentence.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
        for (CitedSource source : e.getValue().chain()) {
          String key = Citation.keyOf(source, articleId);
          List<String> backed = claims.stream()
              .filter(c -> c.attribution().chain().stream().anyMatch(s -> Citation.keyOf(s, articleId).equals(key)))
              .map(Claim::id)
              .toList();
          citations.add(new Citation(key, source, articleId, e.getKey(), e.getValue().cue(), backed));
        }
      });
      return citations;
    }

    private Attribution build(int sentenceIndex, Attribution.Basis basis) {
      AttributionFinder.Found found = bySentence.get(sentenceIndex);
      List<CitedSource> chain = new ArrayList<>(found.chain());
      CitedSource last = chain.get(chain.size() - 1);
      List<CitedSource> further = last.kind() == CitedSource.Kind.OUTLET ? outletCites.get(last.name()) : null;
      if (further != null && chain.stream().noneMatch(further::contains)) {
        chain.addAll(further);
      }
      CitedSource origin = chain.get(chain.size() - 1);
      String unresolved = origin.describe() + (chain.size() > 1 ? ", via " + chain.get(chain.size() - 2).text() : "");
      int offset = parsed.get(sentenceIndex).sentence().start();
      return new Attribution(outlet, chain, found.cue(), offset + found.start(), offset + found.end(), basis,
          origin.resolved() ? origin.speaksFor() : unresolved, origin.resolved());
    }
  }

  // ---- subjects ----

  private EntityDef subject(Parsed p, Amount amount, int[] clause, MetricDef metric, EntityDef previousSubject,
      EntityDef topic, Focus focus) {
    if (metric.entityKind() != null) {
      for (EntityMention m : p.mentions()) {
        if (m.entity() != null && m.entity().kind() == metric.entityKind()) {
          return m.entity();
        }
      }
    }
    EntityMention nearest = null;
    for (EntityMention m : p.mentions()) {
      boolean scope = amount.unit() == Amount.Unit.RANK && m.possessive() && amount.start() - m.end() <= 4;
      if (isSubject(m) && m.start() >= clause[0] && m.end() <= amount.hedgeStart() && !scope) {
        nearest = m;
      }
    }
    if (nearest != null) {
      return nearest.entity();
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

  private static boolean isSubject(EntityMention m) {
    return m.entity() != null && m.entity().kind().canBeSubject();
  }

  /** The first name in the first clause that is more than a date ("On June 8, 2021, Alibaba Cloud announced"). */
  private EntityMention firstClauseMention(Parsed p) {
    String text = p.sentence().text();
    for (int[] clause : p.clauses()) {
      EntityMention first = null;
      for (EntityMention m : p.mentions()) {
        if (isSubject(m) && m.start() >= clause[0] && m.end() <= clause[1]) {
          first = m;
          break;
        }
      }
      if (first != null || !isDateOnly(text, clause, p.periods())) {
        return first;
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
  private EntityDef topicOf(Parsed p) {
    EntityDef first = null;
    for (EntityMention m : p.mentions()) {
      if (isSubject(m)) {
        if (first == null) {
          first = m.entity();
        } else if (first.name().equals(m.entity().parent())) {
          return m.entity();
        }
      }
    }
    return first;
  }

  // ---- periods ----

  private Period period(Parsed p, Amount amount, int[] clause, Optional<PartialDate> published, int fiscalEnd,
      MetricDef.Kind kind, List<Claim> previousSentenceClaims, Optional<Period> lastQuarter) {
    PeriodResolver.Context context = new PeriodResolver.Context(published, fiscalEnd, kind, lastQuarter);
    PeriodMention chosen = choosePeriod(p.periods(), amount, clause);
    if (chosen == null) {
      if (p.periods().isEmpty() && !previousSentenceClaims.isEmpty()) {
        Period inherited = previousSentenceClaims.get(previousSentenceClaims.size() - 1).period();
        if (inherited.resolved() && !inherited.text().isEmpty()) {
          return Period.of(inherited.label(), inherited.text(), "period of the previous sentence ('"
              + inherited.text() + "')");
        }
      }
      return periodResolver.withoutMention(context);
    }
    if (chosen.type() == PeriodMention.Type.YEAR && chosen.year() != 0) {
      for (PeriodMention m : p.periods()) {
        boolean yearlessQuarter = m.type() == PeriodMention.Type.QUARTER && m.year() == 0
            && m.relative() == PeriodMention.Relative.NONE;
        if (yearlessQuarter && m.start() >= clause[0] && m.end() <= clause[1]) {
          PeriodMention combined = new PeriodMention(chosen.start(), chosen.end(),
              m.text() + " … " + chosen.text(), PeriodMention.Type.QUARTER, chosen.year(), m.quarter(), 0, 0,
              PeriodMention.Relative.NONE);
          return periodResolver.resolve(combined, context);
        }
      }
    }
    return periodResolver.resolve(chosen, context);
  }

  private static PeriodMention choosePeriod(List<PeriodMention> periods, Amount amount, int[] clause) {
    PeriodMention afterInClause = null;
    PeriodMention beforeInClause = null;
    PeriodMention before = null;
    PeriodMention after = null;
    for (PeriodMention m : periods) {
      boolean inClause = m.start() >= clause[0] && m.end() <= clause[1];
      if (m.start() >= amount.end()) {
        if (inClause && afterInClause == null) {
          afterInClause = m;
        }
        if (after == null) {
          after = m;
        }
      } else if (m.end() <= amount.hedgeStart()) {
        if (inClause) {
          beforeInClause = m;
        }
        before = m;
      }
    }
    if (afterInClause != null) {
      return afterInClause;
    }
    if (beforeInClause != null) {
      return beforeInClause;
    }
    return before != null ? before : after;
  }

  private Optional<Period> latestQuarter(Parsed p, Optional<PartialDate> published) {
    Optional<Period> latest = Optional.empty();
    PeriodResolver.Context context = new PeriodResolver.Context(published, 0, MetricDef.Kind.FLOW, Optional.empty());
    for (PeriodMention m : p.periods()) {
      if (m.type() == PeriodMention.Type.QUARTER) {
        Period q = periodResolver.resolve(m, context);
        if (q.resolved()) {
          latest = Optional.of(q);
        }
      }
    }
    return latest;
  }

  // ---- parsing a sentence ----

  private Parsed parse(Sentence s, String paragraph) {
    String text = s.text();
    List<EntityMention> mentions = new ArrayList<>();
    for (EntityMention m : entityFinder.find(text)) {
      boolean company = m.entity() != null && m.entity().kind() == EntityDef.Kind.COMPANY;
      mentions.add(company ? m.resolvedTo(entityFinder.inDomain(m.entity(), paragraph)) : m);
    }
    List<Amount> amounts = amountParser.parse(text);
    List<PeriodMention> periods = periodParser.parse(text);
    Map<Amount, Amount> conversions = conversions(text, amounts);
    List<MetricClassifier.Cue> cues = amounts.isEmpty() ? List.of() : metricClassifier.cues(text);
    List<int[]> clauses = amounts.isEmpty() ? List.of() : clauses(text, periods);
    Set<Integer> notClaimClauses = new java.util.HashSet<>();
    for (int i = 0; i < clauses.size() && !amounts.isEmpty(); i++) {
      if (metricClassifier.isNotClaim(text.substring(clauses.get(i)[0], clauses.get(i)[1]))) {
        notClaimClauses.add(i);
      }
    }
    return new Parsed(s, mentions, amounts, conversions, Set.copyOf(conversions.values()), periods, clauses, cues,
        Set.copyOf(notClaimClauses));
  }

  /** "RMB 16.7 billion (around $2.6 billion)": the bracketed amount in another currency is a conversion. */
  private static Map<Amount, Amount> conversions(String text, List<Amount> amounts) {
    Map<Amount, Amount> pairs = new LinkedHashMap<>();
    for (int i = 0; i + 1 < amounts.size(); i++) {
      Amount a = amounts.get(i);
      Amount b = amounts.get(i + 1);
      if (a.unit() == Amount.Unit.MONEY && b.unit() == Amount.Unit.MONEY && !a.currency().equals(b.currency())
          && a.end() <= b.hedgeStart()
          && OPEN_PAREN.matcher(text.substring(a.end(), b.hedgeStart())).matches()
          && CLOSE_PAREN.matcher(text).region(b.end(), text.length()).lookingAt()) {
        pairs.put(a, b);
        i++;
      }
    }
    return pairs;
  }

  private static int closingParen(String text, int from) {
    Matcher m = CLOSE_PAREN.matcher(text).region(from, text.length());
    return m.lookingAt() ? m.end() : from;
  }

  private static List<int[]> clauses(String text, List<PeriodMention> periods) {
    List<int[]> clauses = new ArrayList<>();
    int start = 0;
    Matcher m = CLAUSE_BREAK.matcher(text);
    while (m.find()) {
      int at = m.start();
      boolean insidePeriod = periods.stream().anyMatch(p -> p.start() < at && at < p.end());
      if (!insidePeriod) {
        clauses.add(new int[] {start, at});
        start = m.end();
      }
    }
    clauses.add(new int[] {start, text.length()});
    return clauses;
  }

  private static int clauseOf(List<int[]> clauses, int position) {
    for (int i = 0; i < clauses.size(); i++) {
      if (position < clauses.get(i)[1]) {
        return i;
      }
    }
    return clauses.size() - 1;
  }

  // ---- article-level context ----

  private static Map<Integer, String> paragraphTexts(String text, List<Sentence> sentences) {
    Map<Integer, int[]> spans = new HashMap<>();
    for (Sentence s : sentences) {
      spans.merge(s.paragraph(), new int[] {s.start(), s.end()},
          (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
    Map<Integer, String> texts = new HashMap<>();
    spans.forEach((paragraph, span) -> texts.put(paragraph, text.substring(span[0], span[1])));
    return texts;
  }

  /** The most-named unit, company and contract of the article (ties go to the first named). */
  private Focus focus(List<Parsed> parsed) {
    Map<EntityDef.Kind, Map<EntityDef, Integer>> counts = new HashMap<>();
    for (Parsed p : parsed) {
      for (EntityMention m : p.mentions()) {
        if (m.entity() != null) {
          counts.computeIfAbsent(m.entity().kind(), k -> new LinkedHashMap<>()).merge(m.entity(), 1, Integer::sum);
        }
      }
    }
    EntityDef unit = mostNamed(counts.get(EntityDef.Kind.UNIT));
    EntityDef company = unit != null && entityFinder.parentOf(unit) != null
        ? entityFinder.parentOf(unit) : mostNamed(counts.get(EntityDef.Kind.COMPANY));
    return new Focus(unit, company, mostNamed(counts.get(EntityDef.Kind.CONTRACT)));
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

  private static Parsed resolveAnaphors(Parsed p, Focus focus) {
    List<EntityMention> resolved = new ArrayList<>();
    for (EntityMention m : p.mentions()) {
      EntityDef target = !m.isAnaphor() ? m.entity() : switch (m.anaphorKind()) {
        case UNIT -> focus.main();
        case COMPANY -> focus.company();
        case CONTRACT -> focus.contract();
        default -> null;
      };
      if (target != null) {
        resolved.add(m.isAnaphor() ? m.resolvedTo(target) : m);
      }
    }
    return new Parsed(p.sentence(), List.copyOf(resolved), p.amounts(), p.conversions(), p.converted(), p.periods(),
        p.clauses(), p.cues(), p.notClaimClauses());
  }

  /** Units per US dollar that the article's own conversions imply, first conversion of each currency. */
  private static Map<String, BigDecimal> articleRates(List<Parsed> parsed) {
    Map<String, BigDecimal> rates = new HashMap<>();
    for (Parsed p : parsed) {
      p.conversions().forEach((amount, conversion) -> {
        if (conversion.currency().equals(Intervals.BASE_CURRENCY) && conversion.value().signum() > 0) {
          rates.putIfAbsent(amount.currency(), amount.value().divide(conversion.value(), MathContext.DECIMAL64));
        }
      });
    }
    return rates;
  }
}
