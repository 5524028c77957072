package crosscheck.text;

import crosscheck.config.Config;
import crosscheck.config.EntityDef;
import crosscheck.config.MetricDef;
import crosscheck.model.Article;
import crosscheck.model.Citation;
import crosscheck.model.Claim;
import crosscheck.model.PartialDate;
import crosscheck.model.Period;
import crosscheck.model.Rejection;
import crosscheck.quantity.Amount;
import crosscheck.quantity.AmountParser;
import crosscheck.quantity.Intervals;
import crosscheck.quantity.MagnitudeLimit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns an article into claims: for every number that is money, a percentage, a volume or a rank, the metric its cue
 * words name ({@link MetricClassifier}), the subject it is said about ({@link Subjects}), the period it covers
 * ({@link PeriodChooser}), whether it is a fall ({@link Direction}), whether it holds only under a condition
 * ({@link Conditions}) and who it comes from ({@link
 * ArticleAttributions}); {@link ClaimBuilder} puts them together. This class only walks the article: sentences in
 * order, what each hands on to the next (its subject, its period, a results table's section), and the pairs of a
 * results line ("Net 1.2 mln vs 900,000": the second figure is the prior period's, in the first one's currency).
 */
public final class ClaimExtractor {

  /**
   * "Net 1.2 mln vs 900,000", "Shr profit 12 cts vs loss 3 cts", "fell to 28.60 mln dlrs from 30.43 mln", "43.7 mln
   * dlrs or 96 cts a share from 36.4 mln", "against a 6.99 billion loss", "1.9 mln bpd last month from 2.2 mln": what
   * may stand between the figure before and the prior period's.
   */
  private static final Pattern VERSUS = Pattern.compile("(?i)^\\s*,?\\s*(?:(?:a|per)\\s+(?:share|shr)\\s*)?"
      + "(?:[\\p{L}-]+,?\\s+){0,3}?(?:vs\\.?|versus|from|against|compared(?: with| to)?)(?:\\s+(?:a|an))?"
      + "(?:\\s+(?:19|20)\\d\\d['’]s)?"
      + "(?:\\s+(?:oper(?:ating)?\\s+)?(?:profit|loss|gain|projected|restated|revised)(?:\\s+of)?)?\\s*$");
  /** The "vs" of a results table's line: its bare figures are money. */
  private static final Pattern TABLE_PAIR = Pattern.compile("(?i)(?<![\\p{L}])(?:vs\\.?|versus)(?![\\p{L}])");
  private static final double PAIR_RATIO = 1000;
  private static final Pattern OR = Pattern.compile("(?i)\\s*,?\\s*or\\s*");

  private final SentenceSplitter splitter;
  private final SentenceParser sentenceParser;
  private final PeriodParser periodParser = new PeriodParser();
  private final EntityFinder entityFinder;
  private final MetricClassifier metricClassifier;
  private final AttributionFinder attributionFinder;
  private final SubjectNames subjectNames;
  private final Subjects subjects;
  private final ContractPhrases contractPhrases;
  private final PeriodChooser periodChooser;
  private final Direction direction;
  private final MeasuredThing measuredThing;
  /** A correction's or a repeat's mark opening a headline: "CORRECTED - ", "(CORRECTED)-", "<CORRECTED> - ". */
  private final Pattern headlineMarker;
  private final Conditions conditions;
  private final ClaimBuilder claimBuilder;
  private final MagnitudeLimit limit;
  private final Set<String> changeMetrics = new HashSet<>();
  private final String tableCurrency;
  private final VolumeUnits volumeUnits;
  private final ArticleCurrencies articleCurrencies;
  private final MetricDef perShare;
  /** Countries and nationalities (names.json nationalities). */
  private final Countries countries;
  private final CompanyParts companyParts;
  /** "Mr Bondi", "Dr. Wu": a title and the surname it makes a person. */
  private final Pattern titled;
  private final List<String> titles;

  /**
   * The claims of one article, every source it cites, how many sentences it had, and the figures that could not be
   * claims because they are beyond {@link MagnitudeLimit}.
   */
  public record Extraction(int sentences, List<Claim> claims, List<Citation> citations, List<Rejection> dropped) {}

  public ClaimExtractor(Config config) {
    this.splitter = new SentenceSplitter(config.abbreviations());
    this.entityFinder = new EntityFinder(config);
    this.countries = new Countries(config.names());
    this.companyParts = new CompanyParts(config.names().unitNouns(), config.names().functionWords(), countries);
    this.metricClassifier = new MetricClassifier(config);
    this.sentenceParser = new SentenceParser(new AmountParser(config.currencies(), config.qualifiers()),
        entityFinder,
        new NameFinder(config.names(), countries, config.currencies().stream().map(c -> c.token()).toList()),
        metricClassifier);
    this.attributionFinder = new AttributionFinder(entityFinder);
    this.subjectNames = new SubjectNames(config.names());
    this.subjects = new Subjects(entityFinder, new UnitPhrases(config.names().unitNouns()),
        new CompanyNouns(config.names().companyNouns()));
    this.contractPhrases = new ContractPhrases(config.names().contractNouns(), config.names().ownerCues());
    this.periodChooser = new PeriodChooser(entityFinder);
    this.direction = new Direction(config.decreaseCues());
    List<String> markers = config.names().headlineMarkers().stream().map(Pattern::quote).toList();
    this.headlineMarker = markers.isEmpty() ? Pattern.compile("(?!)") : Pattern.compile(
        "^\\s*[(<]?(?:" + String.join("|", markers) + ")[)>]?\\s*-\\s*", Pattern.CASE_INSENSITIVE);
    this.conditions = new Conditions(config.conditions(), countries);
    this.claimBuilder = new ClaimBuilder(new Intervals(config.rates()));
    this.limit = new MagnitudeLimit(config.maxValue());
    this.tableCurrency = config.tableCurrency();
    this.articleCurrencies = new ArticleCurrencies(config.currencies());
    this.volumeUnits = new VolumeUnits(config.volumeUnits(), config.names().functionWords(), config.durationNouns());
    this.perShare = config.metrics().stream().filter(MetricDef::perShare).findFirst().orElse(null);
    this.titles = config.names().personTitles().stream()
        .filter(t -> Character.isUpperCase(t.charAt(0)) && !t.contains(" ")).toList();
    this.titled = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", titles.stream().map(Pattern::quote).toList())
        + ")\\s+(\\p{Lu}[\\p{L}'’-]+)");
    for (MetricDef m : config.metrics()) {
      if (m.change()) {
        changeMetrics.add(m.name());
      }
      if (!m.growth().isEmpty()) {
        changeMetrics.add(m.growth());
      }
    }
    this.measuredThing = new MeasuredThing(metricClassifier, volumeUnits, changeMetrics, config.commodityUnits(),
        Set.copyOf(config.names().functionWords()));
  }

  public Extraction extract(Article article) {
    List<Sentence> sentences = splitter.split(article.text());
    Map<Integer, String> paragraphs = paragraphTexts(article.text(), sentences);
    List<List<PartsOfSpeech.Token>> words = new ArrayList<>();
    sentences.forEach(sentence -> words.add(PartsOfSpeech.tokens(sentence.text())));
    List<List<PartsOfSpeech.Token>> withTitle = new ArrayList<>(words);
    // "CORRECTED - MANHATTAN NATIONAL CORP <MLC> 4TH QTR": about Manhattan National, as the story it corrects is
    String headline = headlineMarker.matcher(article.title()).replaceFirst("");
    List<PartsOfSpeech.Token> title = PartsOfSpeech.tokens(headline);
    withTitle.add(title);
    Predicate<String> inMidSentence = capitalisedInMidSentence(withTitle);
    // A word that opens both the headline and the lead is what the story is about: "Parmalat boasts doubled
    // profits" over "Parmalat, the Italian food group ...", "BALLY <BLY> COMPLETES PURCHASE" over "Bally
    // Manufacturing Corp said" (a headline in capitals). Not a country: a story about "JAPAN" or "ZAMBIA" is as often
    // about a company whose name the country opens ("Zambia Consolidated Copper Mines Ltd said"); nor a word the
    // story also writes in lower case ("PRICES ..." over "Prices of ...").
    String lead = words.isEmpty() || words.get(0).isEmpty() ? null : words.get(0).get(0).text();
    String opening = !title.isEmpty() && lead != null && title.get(0).text().equalsIgnoreCase(lead)
        && !countries.names(lead) && !writtenInLowerCase(withTitle, lead) ? lead : null;
    Predicate<String> capitalised = word -> word.equals(opening) || inMidSentence.test(word);
    ArticleNames names =
        new ArticleNames(entityFinder, subjectNames, headline, article.text(), titled, titles);
    List<ParsedSentence> parsed = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      parsed.add(sentenceParser.parse(s, words.get(i), paragraphs.get(s.paragraph()), names, capitalised));
      if (i == 0) {
        parsed.get(0).mentions().stream().filter(m -> m.start() == 0 && m.entity() != null).findFirst()
            .ifPresent(m -> names.leadOpensWith(m.entity()));
      }
    }
    parsed = contractPhrases.resolve(parsed);
    Subjects.Focus focus = subjects.focus(parsed, names);
    parsed = subjects.resolveAnaphors(parsed, focus);
    Map<String, BigDecimal> articleRates = ClaimBuilder.articleRates(parsed, limit);
    Map<String, String> currencyReadings = articleCurrencies.readings(parsed);
    ArticleAttributions attributions = new ArticleAttributions(article, parsed, entityFinder, attributionFinder);
    // "SALES UP FROM YEAR AGO" names no period of the story's figures
    List<PeriodMention> headlinePeriods = periodParser.parse(headline);
    PeriodMention headlinePeriod = headlinePeriods.stream()
        .filter(m -> m.type() != PeriodMention.Type.YEAR_BEFORE).findFirst().orElse(null);

    boolean perShareQuoted = parsed.stream().flatMap(p -> p.cues().stream()).anyMatch(c -> c.metric().perShare());
    // read once: a sentence's periods, every figure's and every claim's exchange rate are resolved against it
    Optional<PartialDate> published = article.publicationDate();
    InArticle inArticle = new InArticle(article, published, focus, attributions, perShareQuoted);
    List<Claim> claims = new ArrayList<>();
    List<Rejection> dropped = new ArrayList<>();
    EntityDef topic = null;
    List<Claim> previousSentenceClaims = List.of();
    // "DOMINION RESOURCES INC <D> 1ST QTR NET": the quarter the story reports, until its text names another
    Optional<Period> lastQuarter = periodChooser.latestQuarter(headlinePeriods, published);
    PeriodMention section = null;
    MetricDef reported = null;
    String bareCurrency = tableCurrency;
    int paragraph = -1;
    boolean openedWithPeriod = false;
    for (ParsedSentence p : parsed) {
      if (p.sentence().paragraph() != paragraph) {
        paragraph = p.sentence().paragraph();
        // "For the nine months, Manufacturers reported a net loss of ...": the next paragraph's "the loss was 28.33
        // dlrs" is of those nine months too, not of the headline's quarter
        previousSentenceClaims = openedWithPeriod ? previousSentenceClaims : List.of();
      }
      openedWithPeriod = PeriodChooser.openingPeriod(p) != null;
      PeriodMention header = PeriodChooser.sectionHeader(p);
      section = header != null ? header : section;
      PeriodChooser.Context time = new PeriodChooser.Context(previousSentenceClaims, lastQuarter, section,
          headlinePeriod);
      List<Claim> sentenceClaims = new ArrayList<>();
      EntityDef previousSubject = null;
      ClaimBuilder.Decided before = null;
      Map<Amount, Amount> versus = versusPairs(p);
      for (Amount amount : p.amounts()) {
        if (p.converted().contains(amount)) {
          continue;
        }
        Optional<ClaimBuilder.Decided> decided = decide(inArticle, p, amount, versus,
            new ReadBefore(topic, previousSubject, before, time, reported, bareCurrency))
            .map(d -> d.withAmount(articleCurrencies.read(d.amount(), currencyReadings)));
        Optional<Amount> absurd = decided.flatMap(this::beyondLimit);
        if (absurd.isPresent()) {
          dropped.add(Rejection.ofFile(article.file(), Rejection.Stage.EXTRACT, String.format("sentence %d, offset %d: %s", p.sentence().index(),
              p.sentence().start() + absurd.get().start(), limit.refusal(absurd.get()))));
        } else if (decided.isPresent()) {
          sentenceClaims.add(claimBuilder.build(article, published, p, decided.get(), articleRates,
              names.tickerOf(decided.get().subject())));
          previousSubject = decided.get().subject();
          before = decided.get();
          reported = metricClassifier.reportedAfter(reported, decided.get().metric());
        }
      }
      Optional<Period> quarter = periodChooser.latestQuarter(p.periods(), published);
      if (quarter.isPresent()) {
        lastQuarter = quarter;
      }
      if (!sentenceClaims.isEmpty()) {
        topic = names.named(sentenceClaims.get(0).entity());
        previousSentenceClaims = sentenceClaims;
      } else {
        previousSentenceClaims = List.of();
        EntityDef next = subjects.topicOf(p);
        topic = next != null ? next : topic;
      }
      claims.addAll(sentenceClaims);
      bareCurrency = ArticleCurrencies.lastWritten(p, bareCurrency);
    }
    return new Extraction(sentences.size(), List.copyOf(claims), attributions.citations(article.id(), claims),
        List.copyOf(dropped));
  }

  /**
   * What the article as a whole gives each figure: its publication date, what it is about, whom it cites, whether it
   * quotes per share.
   */
  private record InArticle(Article article, Optional<PartialDate> published, Subjects.Focus focus,
      ArticleAttributions attributions, boolean perShareQuoted) {}

  /**
   * What the text before a figure tells it: the article's topic so far, the subject and the claim before it in its
   * sentence, the time the article has spoken of, the measure it reported last and the currency it wrote last.
   */
  private record ReadBefore(EntityDef topic, EntityDef previousSubject, ClaimBuilder.Decided claim,
      PeriodChooser.Context time, MetricDef reported, String bareCurrency) {}

  private Optional<ClaimBuilder.Decided> decide(InArticle in, ParsedSentence p, Amount written,
      Map<Amount, Amount> versus, ReadBefore read) {
    if (written.unit() == Amount.Unit.PERCENTAGE_POINTS) {
      return Optional.empty();
    }
    String text = p.text();
    if (p.clauses().isEmpty() || p.notClaims().contains(written)) {
      return Optional.empty(); // no clauses: the sentence's only numbers are years
    }
    int[] clause = p.clauseAround(written.start());
    Amount first = versus.get(written);
    if (first != null && p.notClaims().contains(first)) {
      return Optional.empty(); // "loan losses were 87.2 mln, compared with 83.8 mln": the prior figure is no claim either
    }
    Optional<VolumeUnits.Counted> own = countedBy(p, written, first);
    Optional<VolumeUnits.Counted> carried = first == null && own.isEmpty()
        ? carriedVolume(p, written, clause, read.time().previousSentenceClaims()) : Optional.empty();
    Amount amount = carried.isPresent() ? written : asTableMoney(p, written, own, first, versus, clause,
        read.bareCurrency());
    Amount conversion = p.conversions().get(written);
    int valueEnd = conversion == null ? amount.end() : SentenceParser.closingParen(text, conversion.end());
    VolumeUnits.Counted counted = null;
    if (amount.unit() == Amount.Unit.COUNT) {
      counted = own.or(() -> carried).orElse(null);
      if (counted == null || !counted.known()) {
        return Optional.empty();
      }
    }
    Amount second = amount;
    Optional<MetricDef> perShareFigure = perShareAfter(p, amount);
    Optional<MetricDef> metric = perShareFigure.or(() -> first == null
        ? metricOf(p, second, clause, valueEnd, read.reported())
        : metricOf(p, asTableMoney(p, first, countedBy(p, first, null), null, versus, clause, read.bareCurrency()),
            p.clauseAround(first.start()),
            first.end(), read.reported())
            .map(m -> secondOfPair(p, m, first, second)));
    if (metric.isEmpty() || !metric.get().unit().name().equals(amount.unit().name())) {
      return Optional.empty();
    }
    if (amount.scale().compareTo(BigDecimal.ONE) <= 0
        && amount.value().abs().doubleValue() < metric.get().minValue()) {
      // "net earnings were up 30 pct from 3.22 dlrs": too small to be the company's, it is its figure per share,
      // where the article quotes figures per share (else it is no such figure: "the dollar fell to 2.46 guilders").
      metric = metric.get().smallPerShare() && in.perShareQuoted() ? Optional.of(perShare) : Optional.empty();
      if (metric.isEmpty()) {
        return Optional.empty();
      }
    }
    // "offered 22 dlrs a share": a per-share figure in a deal's clause is a price, not earnings.
    if (metric.get().perShare() && p.cues().stream().anyMatch(c -> c.metric().targetIsSubject()
        && c.start() >= clause[0] && c.end() <= clause[1])) {
      return Optional.empty();
    }
    // "fell 3%" is -3%; "fell -3%" stays -3%, its sign written.
    boolean change = changeMetrics.contains(metric.get().name());
    if (change && amount.number().signum() > 0
        && direction.isFall(text, amount, clause)) {
      amount = amount.negated();
    }
    EntityDef subject = metric.get().targetIsSubject() ? Subjects.target(p, amount).orElse(null) : null;
    if (subject == null) {
      subject = subjects.subject(p, amount, clause, metric.get(), read.previousSubject(), read.topic(), in.focus());
    }
    if (subject == null) {
      return Optional.empty();
    }
    // The prior period's: the second of "X vs Y", or the per-share figure of it ("from 36.4 mln dlrs or 79 cts").
    Amount current = first != null ? first : perShareFigure.isPresent() ? priorOf(p, amount, versus) : null;
    PeriodChooser.Figure figure = new PeriodChooser.Figure(amount, clause, current,
        current == null ? priorPairedWith(versus, written) : null, metric.get().kind(), change);
    Period period = periodChooser.period(p, figure, versus.keySet(), in.published(), subject, read.time());
    String condition = conditions.of(text, amount, clause).orElse("");
    MeasuredThing.Measure measure = measuredThing.measure(p, new MeasuredThing.Figure(amount, first, counted,
        valueEnd, clause, perShareFigure.isPresent()), metric.get(), read.claim());
    // "Pennsylvania ... aggregate revenues of 474,000 dlrs": a company's measure given a country is of something
    // the text does not name; so is a company's own measure given one of its parts that the text does not name
    // ("The unit had 1986 sales of 65 mln dlrs")
    boolean unnamed = measure.unnamed() || metric.get().companiesOnly() && (countries.names(subject.name())
        || metric.get().reportedBySubject()
        && companyParts.ofUnnamedPart(p, clause[0], amount.hedgeStart(), subject, in.focus().company()));
    return Optional.of(new ClaimBuilder.Decided(amount, conversion, counted, measure.metric(), measure.thing(),
        unnamed, condition, subject, period, in.attributions().of(p, subject, metric.get())));
  }

  /** The figure of a decided claim, or its conversion, that is too large to be compared. */
  private Optional<Amount> beyondLimit(ClaimBuilder.Decided decided) {
    return Stream.of(decided.amount(), decided.conversion()).filter(a -> a != null && !limit.allows(a)).findFirst();
  }

  /** The prior figure of "X vs Y" whose current figure is {@code current}, else null. */
  private static Amount priorPairedWith(Map<Amount, Amount> versus, Amount current) {
    return versus.entrySet().stream().filter(pair -> pair.getValue() == current).map(Map.Entry::getKey)
        .min(Comparator.comparingInt(Amount::start)).orElse(null);
  }

  /** For a per-share figure written after the prior period's figure, that figure's current-period pair, else null. */
  private static Amount priorOf(ParsedSentence p, Amount amount, Map<Amount, Amount> versus) {
    int index = p.amounts().indexOf(amount);
    return index > 0 ? versus.get(p.amounts().get(index - 1)) : null;
  }

  /** "36.4 mln dlrs or 79 cts": a figure a thousand times smaller, after "or", is the same result per share. */
  private Optional<MetricDef> perShareAfter(ParsedSentence p, Amount amount) {
    int index = p.amounts().indexOf(amount);
    if (index < 1 || amount.unit() != Amount.Unit.MONEY || perShare == null) {
      return Optional.empty();
    }
    Amount before = p.amounts().get(index - 1);
    boolean or = OR.matcher(p.text().substring(before.end(), amount.hedgeStart())).matches();
    boolean smaller = before.unit() == Amount.Unit.MONEY
        && before.value().abs().doubleValue() > PAIR_RATIO * amount.value().abs().doubleValue();
    return or && smaller ? Optional.of(perShare) : Optional.empty();
  }

  private Optional<MetricDef> metricOf(ParsedSentence p, Amount amount, int[] clause, int valueEnd,
      MetricDef reported) {
    Set<EntityDef.Kind> clauseKinds = EnumSet.noneOf(EntityDef.Kind.class);
    for (EntityMention m : p.mentions()) {
      if (m.entity() != null && m.start() >= clause[0] && m.end() <= clause[1]) {
        clauseKinds.add(m.entity().kind());
      }
    }
    return metricClassifier.classify(p.text(), amount.unit(), p.cues(), amount.hedgeStart(), valueEnd, clause[0],
        clause[1], clauseKinds, reported);
  }

  /**
   * The metric of the second figure of "X vs Y": the first one's, or its opposite when a cue of a profit or a loss of
   * the other side stands between them ("Net profit 1.2 mln vs loss 900,000", "Oper net loss 768,000 vs profit
   * 1,962,000"; but "Shr 45 cts vs loss 12 cts" is two earnings per share).
   */
  private MetricDef secondOfPair(ParsedSentence p, MetricDef first, Amount firstAmount, Amount second) {
    if (first.opposite().isEmpty()) {
      return first;
    }
    boolean turns = p.cues().stream()
        .anyMatch(c -> c.start() >= firstAmount.end() && c.end() <= second.hedgeStart()
            && !c.metric().opposite().isEmpty() && c.metric().loss() != first.loss());
    return turns ? metricClassifier.named(first.opposite()) : first;
  }

  /** What a count counts, read once per figure ({@link VolumeUnits#of}); empty for money and percentages. */
  private Optional<VolumeUnits.Counted> countedBy(ParsedSentence p, Amount amount, Amount pairedWith) {
    return amount.unit() == Amount.Unit.COUNT ? volumeUnits.of(p, amount, pairedWith) : Optional.empty();
  }

  /**
   * "Sales totalled 3.9 million units ... with sales down 3.1% at 1.06 million": a scaled figure with no currency
   * and no unit of its own (the caller has found none) counts what the previous sentence's figure of its metric
   * counted.
   */
  private Optional<VolumeUnits.Counted> carriedVolume(ParsedSentence p, Amount amount, int[] clause,
      List<Claim> previous) {
    if (amount.unit() != Amount.Unit.COUNT || amount.scale().compareTo(BigDecimal.ONE) <= 0) {
      return Optional.empty();
    }
    Optional<String> metric = metricOf(p, amount, clause, amount.end(), null).map(MetricDef::name);
    if (metric.isEmpty()) {
      return Optional.empty();
    }
    return previous.stream()
        .filter(c -> Claim.isOfMetric(c.metric(), metric.get()))
        .reduce((a, b) -> b)
        .map(c -> new VolumeUnits.Counted(c.unit(), true, -1));
  }

  /**
   * A bare number of a results line is money: in the currency of the figure it is compared with ("25.5 mln Swiss
   * francs vs 22.2 mln"), else in the table currency when a money metric names the line ("Net 8,349,000 vs
   * 6,187,000"). {@code counted} is what the figure counts ({@link #countedBy}).
   */
  private Amount asTableMoney(ParsedSentence p, Amount amount, Optional<VolumeUnits.Counted> counted, Amount first,
      Map<Amount, Amount> versus, int[] clause, String bareCurrency) {
    if (amount.unit() != Amount.Unit.COUNT || counted.filter(VolumeUnits.Counted::configured).isPresent()) {
      return amount; // "79,448 tonnes against 79,014": a count of a configured unit is never money
    }
    boolean paired = first != null || versus.containsValue(amount);
    if (!paired) {
      boolean bare = amount.scale().compareTo(BigDecimal.ONE) > 0 && counted.isEmpty(); // unpaired: first is null
      if (!bare) {
        return amount;
      }
      // "1,770 billion yen in 1987/88, including 109 billion for research": a scaled figure with no noun of its
      // own is in the currency of the money figure before it.
      Optional<Amount> money = moneyBefore(p, amount);
      if (money.isPresent()) {
        return amount.asMoney(money.get().currency());
      }
      // "net income would have rose 8.4 pct to 32.9 mln": a bare scaled figure that a money metric names.
      return inCurrency(p, amount, clause, bareCurrency);
    }
    if (first != null && first.unit() == Amount.Unit.MONEY) {
      // "Final div 30 cents vs 10": a whole number after a figure in cents is in cents too ("Shr 30 cts vs 1.10" is
      // in dollars, and "Net 1.2 mln vs 900,000" is not in millions)
      boolean inCents = first.scale().compareTo(BigDecimal.ONE) < 0 && amount.scale().compareTo(BigDecimal.ONE) == 0
          && amount.decimals() == 0;
      return inCents ? amount.asMoney(first.currency(), first.scale()) : amount.asMoney(first.currency());
    }
    // "sales for all of March advanced to 28,476 from 15,175": an unscaled pair in prose, in a sentence that names no
    // money, counts things (cars, contracts); only a results table's line ("Net 8,349,000 vs 6,187,000") is money.
    boolean countedInProse = amount.scale().compareTo(BigDecimal.ONE) == 0
        && (first == null || first.scale().compareTo(BigDecimal.ONE) == 0) && !TABLE_PAIR.matcher(p.text()).find()
        && p.amounts().stream().noneMatch(a -> a.unit() == Amount.Unit.MONEY);
    return countedInProse ? amount : inCurrency(p, amount, clause, bareCurrency);
  }

  /**
   * The figure as money when a money metric names it, else as it is: in the currency of the money figure before it
   * in the sentence ("pre-tax profit rising to 54.9 mln stg ... on turnover that lifted to 1.70 billion"), else in
   * {@code bareCurrency}.
   */
  private Amount inCurrency(ParsedSentence p, Amount amount, int[] clause, String bareCurrency) {
    if (metricClassifier.classify(p.text(), Amount.Unit.MONEY, p.cues(), amount.hedgeStart(), amount.end(),
        clause[0], clause[1], Set.of(), null).isEmpty()) {
      return amount;
    }
    return amount.asMoney(moneyBefore(p, amount).map(Amount::currency).orElse(bareCurrency));
  }

  /** The last money figure written before {@code amount} in its sentence. */
  private static Optional<Amount> moneyBefore(ParsedSentence p, Amount amount) {
    return p.amounts().stream().filter(a -> a.unit() == Amount.Unit.MONEY && a.end() <= amount.hedgeStart())
        .reduce((a, b) -> b);
  }

  /**
   * The second figure of each "X vs Y" of the sentence, with its first: the nearest figure before the "vs" of the
   * same kind and within a factor of {@value #PAIR_RATIO} ("rose to 43.7 mln dlrs or 96 cts a share from 36.4 mln
   * dlrs" pairs 36.4 mln with 43.7 mln, not with 96 cts).
   */
  private static Map<Amount, Amount> versusPairs(ParsedSentence p) {
    Map<Amount, Amount> pairs = new HashMap<>();
    List<Amount> amounts = p.amounts();
    for (int j = 1; j < amounts.size(); j++) {
      Amount second = amounts.get(j);
      if (SentenceParser.isBareYear(second)
          || !VERSUS.matcher(gapBefore(p, amounts.get(j - 1), second)).matches()
          // "741 mln dlrs an increase from 1985's 58 mln dlrs": the year is the prior figure's, not a figure
          && !(j > 1 && SentenceParser.isBareYear(amounts.get(j - 1))
              && VERSUS.matcher(gapBefore(p, amounts.get(j - 2), second)).matches())) {
        continue;
      }
      for (int i = j - 1; i >= 0; i--) {
        if (!p.converted().contains(amounts.get(i)) && alike(amounts.get(i), second)) {
          pairs.put(second, amounts.get(i));
          break;
        }
      }
    }
    return pairs;
  }

  /** The text between two figures; "fall to 785m euros ($1bn) from 2.4bn euros": after the conversion's bracket. */
  private static String gapBefore(ParsedSentence p, Amount before, Amount second) {
    int beforeEnd = p.converted().contains(before) ? SentenceParser.closingParen(p.text(), before.end())
        : before.end();
    return p.text().substring(Math.min(beforeEnd, second.hedgeStart()), second.hedgeStart());
  }

  private static boolean alike(Amount first, Amount second) {
    if (SentenceParser.isBareYear(first)) {
      return false;
    }
    boolean sameKind = first.unit() == second.unit() || second.unit() == Amount.Unit.COUNT
        || first.unit() == Amount.Unit.COUNT && second.unit() == Amount.Unit.MONEY;
    double a = Math.abs(first.value().doubleValue());
    double b = Math.abs(second.value().doubleValue());
    return sameKind && Math.max(a, b) <= PAIR_RATIO * Math.max(Math.min(a, b), Double.MIN_NORMAL);
  }

  /**
   * Words the article capitalises in mid-sentence or in its headline (after its first word): a capitalised first
   * word among them is a name ("Parmalat, the Italian food group ..." under "Parmalat boasts doubled profits").
   */
  private static Predicate<String> capitalisedInMidSentence(List<List<PartsOfSpeech.Token>> sentences) {
    Set<String> words = new HashSet<>();
    for (List<PartsOfSpeech.Token> tokens : sentences) {
      for (int i = 1; i < tokens.size(); i++) {
        String word = tokens.get(i).text();
        if (Character.isUpperCase(word.codePointAt(0)) && Character.isLetterOrDigit(tokens.get(i - 1).text().charAt(0))) {
          words.add(word);
        }
      }
    }
    return words::contains;
  }

  /** Whether the article writes {@code word} in lower case anywhere. */
  private static boolean writtenInLowerCase(List<List<PartsOfSpeech.Token>> sentences, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return sentences.stream().flatMap(List::stream).anyMatch(token -> token.text().equals(lower));
  }

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
}
