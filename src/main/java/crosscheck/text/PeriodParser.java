package crosscheck.text;

import crosscheck.quantity.Alternation;
import crosscheck.quantity.QuickScan;
import crosscheck.text.PeriodMention.Relative;
import crosscheck.text.PeriodMention.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases of a sentence that name a period: quarters, calendar and fiscal years, months, days and per-year
 * rates. "The previous year" and "a year earlier" are the base of a comparison, not a period, and are not matched.
 */
public final class PeriodParser {

  private static final String MONTHS =
      "January|February|March|April|May|June|July|August|September|October|November|December";
  private static final String YEAR = "(?:19|20)\\d{2}";
  /** The months a calendar quarter ends in, as newswires write them: "Sept 30, 1986", "Dec. 31". */
  private static final String QUARTER_END_MONTHS = "March|Mar\\.?|June|Jun\\.?|September|Sept?\\.?|December|Dec\\.?";
  private static final Map<String, Integer> QUARTER_WORDS = Map.of(
      "first", 1, "1st", 1, "second", 2, "2nd", 2, "third", 3, "3rd", 3, "fourth", 4, "4th", 4);

  private static final Map<String, Integer> MONTHS_WORDS = Map.of(
      "three", 3, "3", 3, "six", 6, "6", 6, "nine", 9, "9", 9);

  /** Every period phrase holds a digit or one of these. */
  private static final List<String> PERIOD_WORDS = List.of("quarter", "qtr", "year", "annum", "annually", "month",
      "mths", "half");

  /** Every period phrase starts a word. */
  private static final Alternation PERIOD = Alternation.of("(?<![\\p{L}\\p{N}])", true, List.of(
      // "fiscal year ended in June", "the year ended March 31, 1986" (not "half year ended June 30")
      "(?<feFisc>(?:fiscal (?:year )?|(?<!half[- ])\\byear )end(?:ing|ed) (?:in )?(?<feM>" + MONTHS + ")(?: \\d{1,2}\\b)?"
          + "(?:,? (?<feY>" + YEAR + "))?)",
      "(?<fy>(?:fiscal (?:year )?|FY ?)(?<fyY>" + YEAR + "|\\d{2}\\b)(?:\\s?[–—-]\\s?(?<fyY2>\\d{2}|" + YEAR + "))?)",
      "(?<range>(?<![\\d/-])(?<rangeY>" + YEAR + ")\\s?[–—-]\\s?(?<rangeY2>\\d{2})\\b)",
      "(?<qNum>\\bQ(?<qNumQ>[1-4]) ?(?:of )?(?<qNumY>" + YEAR + ")?\\b)",
      // "the fourth quarter of last year", "last year's fourth quarter"; "the third quarter ended Sept 30, 1986" is
      // the calendar quarter that ends then (a fiscal third quarter ended March 31, 1987 is the first of 1987)
      "(?<qOrd>\\b(?:(?<qOrdRelBefore>this|last) year['’]s )?(?<qOrdQ>first|second|third|fourth|1st|2nd|3rd|4th)"
          + "[-\\s](?:quarter|qtr)\\b"
          + "(?:(?: of)? (?<qOrdRel>this|last|the) year| (?:of )?(?<qOrdY>" + YEAR + ")|"
          + quarterEnd("qOrdEndM", "qOrdEndY") + ")?)",
      "(?<qMon>\\b(?<qMonM>March|June|September|December)[-\\s]quarter(?: (?:of )?(?<qMonY>" + YEAR + "))?)",
      "(?<qEnd>\\bquarter" + quarterEnd("qEndM", "qEndY") + ")",
      "(?<thisQ>\\bthis quarter\\b)",
      "(?<nextQ>\\bnext quarter\\b)",
      // "1st half" heads a results table's six months ("Six mths" in others); not "second half-year", nor the
      // maturity of "six-month bills"
      "(?<ytd>\\b(?:(?<ytdN>three|six|nine|3|6|9)[-\\s](?:months?|mths?)|(?:first|1st)[-\\s]half(?:[-\\s]year)?"
          + "|(?<!(?:second|2nd)[-\\s])half[-\\s]year)\\b(?!\\s+(?:ago|earlier|later|before|after)\\b)"
          + "(?!\\s+(?:treasury\\s+)?(?:bills?|notes?|paper|deposits?|certificates?|loans?|rates?|libor|interbank"
          + "|money|maturit(?:y|ies))\\b))",
      // a headline's "1986 YEAR", "YEAR NET"; not "AT YEAR LOW", "FROM YEAR AGO", "FIVE-YEAR PLAN"
      "(?<latestYear>(?-i:(?<!-)\\bYEAR\\b(?![ -](?:LOW|HIGH|AGO|EARLIER|OLD|LONG|BEFORE)\\b))"
          + "|^\\s*(?:Year|Fiscal year)\\s*$)",
      // a results table's "12 mths": the twelve months to the quarter the table reports
      "(?<twelve>^\\s*(?:12|twelve) (?:mths|months)\\s*$)",
      "(?<day>\\b(?<dayM>" + MONTHS + ") (?<dayD>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (?<dayY>" + YEAR + "))?)",
      "(?<mon>\\b(?<monM>" + MONTHS + ") (?:of )?(?<monY>" + YEAR + ")\\b)",
      "(?<rel>\\b(?<relW>last|this|next) year\\b)",
      "(?<relMonth>\\b(?<relMonthW>last|this) month\\b)",
      // "from 649 mln in the same period last year": the same period a year before, not last year as a whole
      "(?<ago>\\ba year (?:earlier|ago|before)\\b|\\byear[- ](?:earlier|ago)\\b|\\bthe (?:previous|prior|preceding) year\\b"
          + "|\\bthe year before\\b|\\b(?:same|comparable|corresponding|like) (?:period|quarter|months?|half|week|time)"
          + " (?:of )?(?:last year|a year (?:earlier|ago|before)|the (?:previous|prior|preceding) year)\\b)",
      "(?<perYear>\\b(?:per|a|each) year\\b(?!-| (?:earlier|ago|later|before|after|on|over))|\\bper annum\\b"
          + "|\\bannually\\b|\\byearly\\b)",
      // an index's base year is no period: "the index (base 1980) fell 1.3 pct", "1985=100"
      "(?<year>(?<![\\d/.,$-])(?<!\\bbase )(?<!\\bbase year )\\b" + YEAR + "\\b(?![/-]\\d|\\.\\d|\\s?=\\s?100))"), "",
      Pattern.CASE_INSENSITIVE);

  public List<PeriodMention> parse(String sentence) {
    if (!QuickScan.hasDigit(sentence) && !QuickScan.containsAny(sentence, PERIOD_WORDS)) {
      return List.of();
    }
    List<PeriodMention> found = new ArrayList<>();
    for (Alternation.Match m : PERIOD.findAll(sentence)) {
      found.add(toMention(PERIOD.groups(sentence, m)));
    }
    return List.copyOf(found);
  }

  private static PeriodMention toMention(Matcher m) {
    int s = m.start();
    int e = m.end();
    String t = m.group();
    if (m.group("feFisc") != null) {
      return new PeriodMention(s, e, t, Type.FISCAL_YEAR_ENDING, year(m.group("feY")), 0, month(m.group("feM")), 0,
          Relative.NONE);
    }
    if (m.group("fy") != null) {
      String last = m.group("fyY2") != null ? m.group("fyY2") : m.group("fyY");
      return new PeriodMention(s, e, t, Type.FISCAL_YEAR, fullYear(last, m.group("fyY")), 0, 0, 0, Relative.NONE);
    }
    if (m.group("range") != null) {
      return new PeriodMention(s, e, t, Type.FISCAL_YEAR, fullYear(m.group("rangeY2"), m.group("rangeY")), 0, 0, 0,
          Relative.NONE);
    }
    if (m.group("qNum") != null) {
      return new PeriodMention(s, e, t, Type.QUARTER, year(m.group("qNumY")),
          Integer.parseInt(m.group("qNumQ")), 0, 0, Relative.NONE);
    }
    if (m.group("qOrdEndM") != null) {
      return new PeriodMention(s, e, t, Type.QUARTER, year(m.group("qOrdEndY")), quarterEnding(m.group("qOrdEndM")), 0,
          0, Relative.NONE);
    }
    if (m.group("qOrd") != null) {
      String written = m.group("qOrdRel") != null ? m.group("qOrdRel") : m.group("qOrdRelBefore");
      String rel = written == null ? "" : written.toLowerCase(Locale.ROOT);
      Relative relative = rel.equals("last") ? Relative.LAST_YEAR : rel.isEmpty() ? Relative.NONE : Relative.THIS_YEAR;
      return new PeriodMention(s, e, t, Type.QUARTER, year(m.group("qOrdY")),
          QUARTER_WORDS.get(m.group("qOrdQ").toLowerCase(Locale.ROOT)), 0, 0, relative);
    }
    if (m.group("qMon") != null) {
      return new PeriodMention(s, e, t, Type.QUARTER, year(m.group("qMonY")), quarterEnding(m.group("qMonM")), 0, 0,
          Relative.NONE);
    }
    if (m.group("qEnd") != null) {
      return new PeriodMention(s, e, t, Type.QUARTER, year(m.group("qEndY")), quarterEnding(m.group("qEndM")), 0, 0,
          Relative.NONE);
    }
    if (m.group("ytd") != null) {
      int months = m.group("ytdN") == null ? 6 : MONTHS_WORDS.get(m.group("ytdN").toLowerCase(Locale.ROOT));
      return new PeriodMention(s, e, t, Type.MONTHS_TO_DATE, 0, 0, months, 0, Relative.LATEST);
    }
    if (m.group("latestYear") != null) {
      return new PeriodMention(s, e, t, Type.YEAR, 0, 0, 0, 0, Relative.LATEST);
    }
    if (m.group("twelve") != null) {
      return new PeriodMention(s, e, t, Type.TWELVE_MONTHS, 0, 0, 0, 0, Relative.LATEST);
    }
    if (m.group("thisQ") != null) {
      return new PeriodMention(s, e, t, Type.THIS_QUARTER, 0, 0, 0, 0, Relative.NONE);
    }
    if (m.group("nextQ") != null) {
      return new PeriodMention(s, e, t, Type.NEXT_QUARTER, 0, 0, 0, 0, Relative.NONE);
    }
    if (m.group("day") != null) {
      return new PeriodMention(s, e, t, Type.DAY, year(m.group("dayY")), 0, month(m.group("dayM")),
          Integer.parseInt(m.group("dayD")), Relative.NONE);
    }
    if (m.group("mon") != null) {
      return new PeriodMention(s, e, t, Type.MONTH, year(m.group("monY")), 0, month(m.group("monM")), 0,
          Relative.NONE);
    }
    if (m.group("relMonth") != null) {
      Relative relative = m.group("relMonthW").equalsIgnoreCase("last") ? Relative.LAST_MONTH : Relative.THIS_MONTH;
      return new PeriodMention(s, e, t, Type.MONTH, 0, 0, 0, 0, relative);
    }
    if (m.group("rel") != null) {
      String word = m.group("relW").toLowerCase(Locale.ROOT);
      Relative relative = word.equals("last") ? Relative.LAST_YEAR
          : word.equals("next") ? Relative.NEXT_YEAR : Relative.THIS_YEAR;
      return new PeriodMention(s, e, t, Type.YEAR, 0, 0, 0, 0, relative);
    }
    if (m.group("ago") != null) {
      return new PeriodMention(s, e, t, Type.YEAR_BEFORE, 0, 0, 0, 0, Relative.NONE);
    }
    if (m.group("perYear") != null) {
      return new PeriodMention(s, e, t, Type.PER_YEAR, 0, 0, 0, 0, Relative.NONE);
    }
    return new PeriodMention(s, e, t, Type.YEAR, year(m.group("year")), 0, 0, 0, Relative.NONE);
  }

  private static int year(String text) {
    return text == null ? 0 : Integer.parseInt(text);
  }

  /** "13" after "2012–" is 2013; "21" in "FY21" is 2021. */
  private static int fullYear(String last, String first) {
    if (last.length() == 4) {
      return Integer.parseInt(last);
    }
    int century = first.length() == 4 ? Integer.parseInt(first) / 100 * 100 : 2000;
    int year = century + Integer.parseInt(last);
    return first.length() == 4 && year < Integer.parseInt(first) ? year + 100 : year;
  }

  /**
   * "ended Sept 30, 1986": the end of a quarter, its day and year. (Not a headline's "1ST QTR SEPT 30": a story's
   * other reports of the same fiscal quarter name it by its number alone, and are read so, as that headline is.)
   */
  private static String quarterEnd(String month, String year) {
    return " end(?:ing|ed) (?:in )?(?<" + month + ">" + QUARTER_END_MONTHS + ")(?: \\d{1,2}\\b)?(?:,? (?<" + year
        + ">" + YEAR + "))?";
  }

  /** The calendar quarter that ends in the month written ("Sept", "Dec.", "June"). */
  private static int quarterEnding(String month) {
    return switch (month.substring(0, 3).toLowerCase(Locale.ROOT)) {
      case "mar" -> 1;
      case "jun" -> 2;
      case "sep" -> 3;
      default -> 4;
    };
  }

  private static int month(String name) {
    return java.time.Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
  }
}
