package crosscheck.text;

import crosscheck.config.EntityDef;
import crosscheck.config.MetricDef;
import crosscheck.model.Claim;
import crosscheck.model.PartialDate;
import crosscheck.model.Period;
import crosscheck.quantity.Amount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a number: the nearest period phrase after it in its clause, else before it in its clause, else the
 * nearest in its sentence; else the period of the previous sentence's first claim in the same paragraph ("That was up
 * 56%"); else the period a results table's section header set ("Year"), else the headline's ("... 4TH QTR NET"). A
 * year named beside a quarter without a year in the same clause picks that quarter of the year; "the first nine
 * months of 1986" is 1986-9M. The second figure of "Net 1.2 mln vs 900,000" is the same period a year earlier; in
 * "rose to 85.1 mln from 72.3 mln in 1985" the year is the second figure's own, and the first figure's period (and any
 * other figure's with none of its own) is the year after it. A change measured against a period ("up 2.2 pct from
 * 1985") is the period after it; "a year earlier" makes the figure beside it the year before.
 */
final class PeriodChooser {

  /** What the article said about time before this sentence. */
  record Context(List<Claim> previousSentenceClaims, Optional<Period> lastQuarter, PeriodMention section,
      PeriodMention headline) {}

  private static final Pattern QUARTER_LABEL =
      Pattern.compile("(" + Pattern.quote(PeriodResolver.TWELVE_MONTHS_TO) + ")?(\\d{4})(-Q[1-4]|-\\d+M)");
  private static final Pattern YEAR_LABEL = Pattern.compile("(FY ?|FY ending )?(\\d{4})(-\\d{2})?");
  /**
   * What introduces a change's base right before its period phrase: "up 2.2 pct from 1985", "a rise of 5.1 pct
   * against 1985", "16.7 pct over the first quarter of 1986", "6.09 pct above the same 1986 month", "1.3 pct up on
   * the same 1986 period", "down 12.5 pct on last year". "The" is allowed before a quarter or month only ("from
   * the 1986 low" is no base), and "over the last year" is a span.
   */
  private static final Pattern BASE = Pattern.compile("(?i)(?<![\\p{L}])"
      + "(?<word>over|above|below|from|on|compared (?:with|to)|against|versus|vs\\.?|than)\\s+(?<the>the\\s+)?"
      + "(?<like>(?:same|corresponding|comparable|year-(?:earlier|ago))\\s+(?:period\\s+(?:of|in)\\s+)?)?$");
  private static final int BASE_REACH = 48;
  /** What joins "nine months" to its year: "nine months of 1986", "nine months to December 1986". */
  private static final Pattern MONTHS_OF = Pattern.compile(
      "(?i)\\s*(?:of|in|ended|ending|to)?\\s*(?:[A-Z][a-z]+\\.?\\s+(?:\\d{1,2},?\\s+)?)?");
  /** What stands before the period a sentence reports in: "For the nine months,", "In the first quarter,". */
  private static final Pattern OPENS_WITH_PERIOD = Pattern.compile("(?i)\\s*(?:for|in|during)\\s+(?:the\\s+)?");
  /** What may stand before a period phrase that opens its sentence: "In the year-ago quarter", "But a year earlier". */
  private static final Pattern SENTENCE_OPENER = Pattern.compile("(?i)\\s*(?:(?:in|for|but|and)\\s+)?");
  /** What stands between a year and the prior figure it owns: "from 1985's 58 mln", "with 1985's profit of 177 mln". */
  private static final Pattern OWNED_BY_YEAR = Pattern.compile("['’]s\\s+(?:[a-z]+\\s+of\\s+)?");
  /** The most characters between a prior figure and a year that is its own: "from 72.3 mln in 1985". */
  private static final int OWN_PERIOD_GAP = 12;

  private final PeriodResolver periodResolver = new PeriodResolver();
  private final EntityFinder entityFinder;

  PeriodChooser(EntityFinder entityFinder) {
    this.entityFinder = entityFinder;
  }

  /**
   * A figure whose period is asked: its clause; for the prior figure of "X vs Y" (Y), its current one (X); for X,
   * its prior one; its metric's kind; whether it is a change.
   */
  record Figure(Amount amount, int[] clause, Amount current, Amount prior, MetricDef.Kind kind, boolean change) {}

  /**
   * The period of a figure of the sentence, whose prior figures ("vs Y", "from Y") are {@code priors}: a prior
   * figure's is its own year written after it, else a year before its current one's.
   */
  Period period(ParsedSentence p, Figure f, Collection<Amount> priors, Optional<PartialDate> published,
      EntityDef subject, Context context) {
    List<PeriodMention> priorYears = priors.stream().map(prior -> priorsOwn(p, prior)).filter(Objects::nonNull)
        .toList();
    if (f.current() == null) {
      return period(p, f.amount(), f.clause(), published, subject, f.kind(), f.change(), context, priorYears,
          f.prior() == null ? null : priorsOwn(p, f.prior()));
    }
    PeriodMention own = priorsOwn(p, f.amount());
    Period current = period(p, f.current(), p.clauseAround(f.current().start()), published, subject, f.kind(),
        f.change(), context, priorYears, own);
    return priorPeriod(p, own, published, subject, f.kind(), current);
  }

  /**
   * The period of {@code amount}. {@code priorYears} are the sentence's period phrases that are prior figures' own
   * ({@link #priorsOwn}: "compared with 7.95 billion in 1985"), never another figure's; {@code priorsOwn}, when not
   * null, is the one of the prior figure paired with this one ("rose to 85.1 mln from 72.3 mln in 1985"): where no
   * other phrase is, this figure's period is the year after it.
   */
  private Period period(ParsedSentence p, Amount amount, int[] clause, Optional<PartialDate> published,
      EntityDef subject, MetricDef.Kind kind, boolean change, Context context, List<PeriodMention> priorYears,
      PeriodMention priorsOwn) {
    PeriodResolver.Context resolving =
        new PeriodResolver.Context(published, fiscalYearEnd(subject), kind, context.lastQuarter());
    // A year a prior figure or a change is measured against is no other figure's period: in "net profits of 1.79
    // billion francs for 1986, up 2.2 pct from 1985, while turnover fell 9.9 pct to 38.05 billion" the turnover is
    // not 1985's.
    List<PeriodMention> candidates = p.periods().stream()
        .filter(m -> !priorYears.contains(m) && (change || !isChangesBase(p, m))
            && (m.type() != PeriodMention.Type.YEAR_BEFORE || nextTo(p, m, amount)))
        .toList();
    PeriodMention chosen = choosePeriod(candidates, amount, clause);
    if (chosen != null && chosen.type() == PeriodMention.Type.YEAR_BEFORE) {
      // "A year earlier it earned 7,300,000 dlrs": a year before the period the figure has without it; "fell 17.8
      // pct from a year earlier" is a change over that year, in the period itself
      List<PeriodMention> without = new ArrayList<>(priorYears);
      without.add(chosen);
      Period current = period(p, amount, clause, published, subject, kind, change, context, without, priorsOwn);
      return change ? current : current.resolved() ? shifted(current, -1, "'" + chosen.text() + "': a year before "
          + current.label()) : new Period(Period.UNRESOLVED + " (prior)", chosen.text(), false,
          "'" + chosen.text() + "': a year before an unresolved period");
    }
    Period resolved = chosen == null ? null : resolve(p, chosen, clause, resolving);
    // Where the figure's own period is not written, it is the year after the one the sentence compares with:
    // "fourth quarter operating profits fell to 785m euros from 2.4bn euros in 2003" (an undated article), "net
    // profit of 757 mln stg, up from 667 mln in 1985, on sales of 6.57 billion stg", "output was expected to rise 10
    // pct over 1986 to 390 mln tonnes".
    PeriodMention comparedWith = priorsOwn != null ? priorsOwn : chosen != null ? null
        : choosePeriod(p.periods().stream().filter(m -> !candidates.contains(m)).toList(), amount, clause);
    if (comparedWith != null && comparedWith.type() != PeriodMention.Type.YEAR_BEFORE
        && (resolved == null || !resolved.resolved())) {
      Period before = resolve(p, comparedWith, p.clauseAround(comparedWith.start()), resolving);
      if (before.resolved()) {
        return shifted(before, 1, "a year after the period it is compared with ('" + comparedWith.text() + "')");
      }
      if (resolved == null) {
        return periodResolver.withoutMention(resolving);
      }
    }
    if (chosen == null) {
      if (candidates.isEmpty() && !context.previousSentenceClaims().isEmpty()) {
        Period inherited = context.previousSentenceClaims().get(0).period();
        if (inherited.resolved() && !inherited.text().isEmpty()) {
          return Period.of(inherited.label(), inherited.text(), "period of the previous sentence ('"
              + inherited.text() + "')");
        }
      }
      PeriodMention header = context.section() != null ? context.section() : context.headline();
      if (header != null) {
        Period fromHeader = periodResolver.resolve(header, resolving);
        String from = context.section() != null ? "the table's section header" : "the headline";
        return new Period(fromHeader.label(), fromHeader.text(), fromHeader.resolved(),
            ("period of " + from + " ('" + header.text() + "') " + fromHeader.note()).strip());
      }
      return periodResolver.withoutMention(resolving);
    }
    if (change && resolved.resolved() && isBase(p, chosen)) {
      return shifted(resolved, 1, "a change over '" + chosen.text() + "': the year after it");
    }
    return resolved;
  }

  /**
   * Whether "a year earlier" is the figure's: after "from", "against", "compared with", the base of the percent
   * change just before it ("rose nine pct from a year earlier to 493.90 billion yen") or the figure after it ("an
   * operating loss of 4.4 mln dlrs against year-earlier profit of 7.5 mln dlrs"); else the nearer figure beside it
   * in its clause ("2,140 tonnes a year ago"; not the loss of "a loss of 30.8 mln dlrs on sales of 257 mln dlrs for
   * the prior year"). One that opens its sentence is every figure's.
   */
  private static boolean nextTo(ParsedSentence p, PeriodMention m, Amount amount) {
    if (SENTENCE_OPENER.matcher(p.text().substring(0, m.start())).matches()) {
      return true; // "A year earlier it earned 7,300,000 dlrs ... on sales of 85.4 mln dlrs": the whole sentence's
    }
    int[] clause = p.clauseAround(m.start());
    Amount before = null;
    Amount after = null;
    for (Amount a : p.amounts()) {
      if (a.end() <= m.start() && a.start() >= clause[0]) {
        before = a;
      } else if (a.hedgeStart() >= m.end() && a.end() <= clause[1] && after == null) {
        after = a;
      }
    }
    // after "from", "against", "compared with": the base of the change before it, else of the figure after it
    boolean base = baseBefore(p, m).find();
    Amount owner;
    if (base && before != null && before.unit() == Amount.Unit.PERCENT) {
      owner = before;
    } else if (base && after != null || before == null) {
      owner = after;
    } else {
      owner = after == null || m.start() - before.end() < after.hedgeStart() - m.end() ? before : after;
    }
    return owner == amount;
  }

  /**
   * Whether the period phrase is the base ({@link #isBase}) of a percent change written before it, and owns no
   * figure of its own ("compared with 1985's profit of 177 mln": the 177 mln is 1985's).
   */
  private static boolean isChangesBase(ParsedSentence p, PeriodMention m) {
    boolean owns = p.text().startsWith("'s", m.end()) || p.text().startsWith("’s", m.end());
    return !owns && p.amounts().stream().anyMatch(a -> a.unit() == Amount.Unit.PERCENT && a.end() <= m.start())
        && isBase(p, m);
  }

  /** Whether the period phrase is what a change is measured against ({@link #BASE}), a year or part of one. */
  private static boolean isBase(ParsedSentence p, PeriodMention m) {
    boolean dated = isWrittenYear(m) || m.relative() == PeriodMention.Relative.LAST_YEAR;
    boolean kindOfBase = switch (m.type()) {
      case YEAR, QUARTER, MONTH, FISCAL_YEAR -> true;
      default -> false;
    };
    if (!dated || !kindOfBase) {
      return false;
    }
    Matcher base = baseBefore(p, m);
    if (!base.find()) {
      return false;
    }
    boolean partOfYear = m.type() == PeriodMention.Type.QUARTER || m.type() == PeriodMention.Type.MONTH;
    boolean like = base.group("like") != null;
    // "up 20 pct on 1985" is British for "from"; "528.14 mln francs on 1986 results" is "for"
    boolean onYear = base.group("word").equalsIgnoreCase("on") && m.relative() == PeriodMention.Relative.NONE
        && !partOfYear && !like;
    return !onYear && (base.group("the") == null || like || partOfYear);
  }

  /** {@link #BASE} over the words right before the period phrase. */
  private static Matcher baseBefore(ParsedSentence p, PeriodMention m) {
    return BASE.matcher(p.text().substring(Math.max(0, m.start() - BASE_REACH), m.start()));
  }

  /** A period phrase resolved, a year with a quarter named without one in the clause as that quarter of the year. */
  private Period resolve(ParsedSentence p, PeriodMention chosen, int[] clause, PeriodResolver.Context resolving) {
    if (chosen.type() == PeriodMention.Type.YEAR && chosen.year() != 0) {
      for (PeriodMention m : p.periods()) {
        boolean yearlessQuarter = m.type() == PeriodMention.Type.QUARTER && m.year() == 0
            && m.relative() == PeriodMention.Relative.NONE;
        if (yearlessQuarter && m.start() >= clause[0] && m.end() <= clause[1]) {
          PeriodMention combined = new PeriodMention(chosen.start(), chosen.end(),
              m.text() + " … " + chosen.text(), PeriodMention.Type.QUARTER, chosen.year(), m.quarter(), 0, 0,
              PeriodMention.Relative.NONE);
          return periodResolver.resolve(combined, resolving);
        }
        // "For the first nine months of 1986, the company lost 9,476,000 dlrs": the months of that year
        boolean monthsOfYear = m.type() == PeriodMention.Type.MONTHS_TO_DATE && m.end() <= chosen.start()
            && MONTHS_OF.matcher(p.text().substring(m.end(), chosen.start())).matches();
        if (monthsOfYear) {
          return Period.of(chosen.year() + "-" + m.month() + "M", m.text() + " … " + chosen.text(),
              "the first " + m.month() + " months of " + chosen.year());
        }
      }
    }
    return periodResolver.resolve(chosen, resolving);
  }

  /**
   * The period of the prior figure of "X vs Y" (Y), given the current figure's: the year written right after Y
   * ({@link #priorsOwn}) where there is one, else the period a year before the current one.
   */
  private Period priorPeriod(ParsedSentence p, PeriodMention own, Optional<PartialDate> published,
      EntityDef subject, MetricDef.Kind kind, Period current) {
    if (own != null) {
      Period written = resolve(p, own, p.clauseAround(own.start()),
          new PeriodResolver.Context(published, fiscalYearEnd(subject), kind, Optional.empty()));
      if (written.resolved()) {
        return written;
      }
    }
    return prior(current);
  }

  /**
   * The period phrase that is the prior figure's own: a year written right after it in its clause ("rose to 85.1 mln
   * stg from 72.3 mln in 1985", "vs a 226 mln loss in 1986"), with no other figure between; else null.
   */
  private static PeriodMention priorsOwn(ParsedSentence p, Amount prior) {
    int[] clause = p.clauseAround(prior.start());
    for (PeriodMention m : p.periods()) {
      if (m.end() <= prior.hedgeStart() && isWrittenYear(m)
          && OWNED_BY_YEAR.matcher(p.text().substring(m.end(), prior.hedgeStart())).matches()) {
        return m; // "an increase from 1985's 58 mln dlrs"
      }
      if (m.start() >= prior.end()) {
        boolean near = m.start() - prior.end() <= OWN_PERIOD_GAP && m.end() <= clause[1];
        boolean nothingBetween = p.amounts().stream().noneMatch(a -> a.start() >= prior.end() && a.end() <= m.start());
        boolean yearWritten = isWrittenYear(m) || m.type() == PeriodMention.Type.YEAR_BEFORE;
        return near && nothingBetween && yearWritten ? m : null;
      }
    }
    return null;
  }

  private static boolean isWrittenYear(PeriodMention m) {
    return m.year() != 0 && m.relative() == PeriodMention.Relative.NONE;
  }

  /**
   * The period a year before {@code current}: the prior figure of "X vs Y". An unresolved period stays unresolved,
   * with its own label so that the two figures are never taken for one period.
   */
  static Period prior(Period current) {
    String note = "the figure after 'vs': the period a year before " + current.label();
    if (!current.resolved()) {
      return new Period(Period.UNRESOLVED + " (prior)", current.text(), false, note);
    }
    return shifted(current, -1, note);
  }

  /** {@code period} moved by {@code years} (a quarter to the same quarter, a year to the year). */
  private static Period shifted(Period period, int years, String note) {
    Matcher quarter = QUARTER_LABEL.matcher(period.label());
    if (quarter.matches()) {
      String twelveMonthsTo = quarter.group(1) == null ? "" : quarter.group(1);
      return Period.of(twelveMonthsTo + (Integer.parseInt(quarter.group(2)) + years) + quarter.group(3),
          period.text(), note);
    }
    Matcher year = YEAR_LABEL.matcher(period.label());
    if (year.matches()) {
      String prefix = year.group(1) == null ? "" : year.group(1);
      String month = year.group(3) == null ? "" : year.group(3);
      return Period.of(prefix + (Integer.parseInt(year.group(2)) + years) + month, period.text(), note);
    }
    return new Period(period.label() + (years < 0 ? " (prior)" : " (next)"), period.text(), true, note);
  }

  /**
   * A sentence that is nothing but a period ("Year", "Nine mths", "12 mths"): the header of a results table's
   * section. (The "12" of "12 mths" is read as a figure too, but a figure inside the period is the period's.)
   */
  static PeriodMention sectionHeader(ParsedSentence p) {
    if (p.periods().size() != 1) {
      return null;
    }
    PeriodMention m = p.periods().get(0);
    if (p.amounts().stream().anyMatch(a -> a.start() < m.start() || a.end() > m.end())) {
      return null;
    }
    String rest = p.text().substring(0, m.start()) + p.text().substring(m.end());
    return rest.replaceAll("[\\s:.,-]", "").isEmpty() ? m : null;
  }

  /**
   * The period a sentence opens with, when it reports in it ("For the nine months, Manufacturers reported a net loss
   * of ..."): the period of the next sentence's figures with none of their own, even a paragraph later ("On a
   * per-share basis, the loss was 28.33 dlrs": not the headline's quarter).
   */
  static PeriodMention openingPeriod(ParsedSentence p) {
    if (p.periods().isEmpty()) {
      return null;
    }
    PeriodMention m = p.periods().get(0);
    boolean reported = switch (m.type()) {
      case QUARTER, YEAR, FISCAL_YEAR, MONTHS_TO_DATE -> true;
      default -> false;
    };
    return reported && p.text().startsWith(",", m.end())
        && OPENS_WITH_PERIOD.matcher(p.text().substring(0, m.start())).matches() ? m : null;
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

  /** The latest quarter the sentence names, for a later "this quarter". */
  Optional<Period> latestQuarter(List<PeriodMention> periods, Optional<PartialDate> published) {
    Optional<Period> latest = Optional.empty();
    PeriodResolver.Context context = new PeriodResolver.Context(published, 0, MetricDef.Kind.FLOW, Optional.empty());
    for (PeriodMention m : periods) {
      if (m.type() == PeriodMention.Type.QUARTER) {
        Period q = periodResolver.resolve(m, context);
        if (q.resolved()) {
          latest = Optional.of(q);
        }
      }
    }
    return latest;
  }

  private int fiscalYearEnd(EntityDef subject) {
    if (subject.fiscalYearEndMonth() != 0) {
      return subject.fiscalYearEndMonth();
    }
    EntityDef parent = entityFinder.parentOf(subject);
    return parent == null ? 0 : parent.fiscalYearEndMonth();
  }
}
