package crosscheck.text;

import crosscheck.config.NameRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names of a sentence that no config lists: runs of capitalised words ("Toyota Motor Corp", "the London
 * Stock Exchange", "Bank of America"), names a newswire marks with angle brackets ("&lt;Sedio N.V.&gt;"), with the
 * acronym an article gives them ("General Motors (GM)"). A capitalised first word is a name where the article also
 * writes it capitalised in mid-sentence; otherwise, in a sentence that may hold a claim, its part of speech decides
 * ("Greater China overtook" against "Less welcome was"). A person title before a
 * name ("CFO Maggie Wu", "Mr Greenspan") or a role after it makes it a person; a place word before it ("sales in
 * Europe") a place.
 */
public final class NameFinder {

  /** What a name stands for, as far as its neighbours tell. */
  public enum Kind { NAME, PERSON, PLACE, ORGANISATION }

  /** A name at {@code [start, end)} of the sentence; {@code acronym} is what the text defines it as, or "". */
  public record Name(int start, int end, String text, Kind kind, String role, boolean possessive, String acronym) {}

  private static final Pattern BRACKETED = Pattern.compile("<([\\p{Lu}][^<>]{0,80}?)>");
  /** Tags of words that never start a name, whatever their case. */
  private static final Set<String> NOT_NAME_TAGS =
      Set.of("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "INTJ", "NUM", "SYM", "PUNCT");
  /** Tags a capitalised first word may have and still open a name of several words. */
  private static final Set<String> NAME_START_TAGS = Set.of("ADJ", "NOUN", "X");
  private static final int TITLE_WINDOW = 4;
  private static final int HEADLINE_WORDS = 5;
  /**
   * How many words from a sentence's start are tagged to decide its first word: the tagger's features look two words
   * ahead; 5 rather than 8 changed 5 of 44,000 Reuters claims' subjects and cut tagging by a third.
   */
  private static final int TAGGED_WORDS = 5;
  private static final Pattern TICKER = Pattern.compile("[A-Z0-9]{1,6}(?:\\.[A-Z]{1,3})?");
  private static final Pattern DESCRIPTIVE = Pattern.compile("(?i)-(?:based|owned|listed|led|backed|run|born)$");
  private static final Pattern LETTER_THEN_DIGIT = Pattern.compile("\\p{L}\\p{N}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Set<String> connectors;
  private final Set<String> notNames;
  private final java.util.Map<String, String> nationalities;
  private final Set<String> functionWords;
  private final Set<String> nameOpeners;
  private final Set<String> notAlone;
  private final Set<String> placeWords;
  /** A country right after "its" or "their" is a market of the owner ({@link #isOwnersMarket}). */
  private final Countries countries;
  private final Set<String> organisationWords;
  private final CompanyNouns companyNouns;
  private final List<List<String>> personTitles = new ArrayList<>();

  /**
   * {@code countries}: the countries and owners' determiners the extractor shares; {@code currencyWords}: how
   * currencies are written ("RMB", "Swiss francs"), never names.
   */
  NameFinder(NameRules rules, Countries countries, List<String> currencyWords) {
    this.connectors = lower(rules.connectors());
    this.notNames = new HashSet<>(rules.notNames());
    this.nationalities = rules.nationalities();
    for (String currency : currencyWords) {
      if (!currency.contains(" ")) {
        notNames.add(currency); // "RMB"; not the "U.S." of "U.S. dlrs" or the "Hong Kong" of "Hong Kong dlrs"
      }
    }
    this.functionWords = lower(rules.functionWords());
    this.nameOpeners = Set.copyOf(rules.nameOpeners());
    this.notAlone = Set.copyOf(rules.notAlone());
    this.placeWords = lower(rules.placeWords());
    this.countries = countries;
    this.organisationWords = new HashSet<>(rules.organisationWords());
    this.companyNouns = new CompanyNouns(rules.companyNouns());
    for (String title : rules.personTitles()) {
      personTitles.add(List.of(title.toLowerCase(Locale.ROOT).split("\\s+")));
    }
  }

  private static Set<String> lower(List<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    return out;
  }

  /**
   * The names of {@code sentence}, given its words ({@link PartsOfSpeech#tokens}); {@code capitalisedInArticle}
   * tells whether the article writes a word capitalised in mid-sentence. With {@code mayTag}, a capitalised first word
   * that the article does not settle is decided by its part of speech (the sentence is tagged then, and only then).
   */
  public List<Name> find(String sentence, List<PartsOfSpeech.Token> words, Predicate<String> capitalisedInArticle,
      boolean mayTag) {
    List<PartsOfSpeech.Token> tokens = words;
    if (isShouting(sentence) || isHeadline(words)) {
      return List.of();
    }
    List<Name> names = new ArrayList<>();
    boolean[] taken = new boolean[sentence.length() + 1];
    Matcher bracketed = BRACKETED.matcher(sentence);
    while (bracketed.find()) {
      if (!TICKER.matcher(bracketed.group(1)).matches()) { // "Jaguar Plc <JAGR.L>": a ticker names no one new
        names.add(name(sentence, tokens, bracketed.start(1), bracketed.end(1)));
      }
      java.util.Arrays.fill(taken, bracketed.start(), bracketed.end(), true);
    }
    int firstWord = firstWordIndex(tokens);
    int i = headingEnd(tokens);
    while (i < tokens.size()) {
      if (taken[tokens.get(i).start()] || !isCapitalised(tokens.get(i))) {
        i++;
        continue;
      }
      int end = runEnd(tokens, i, taken);
      int start = i;
      boolean owns = end + 1 < tokens.size() && isPossessiveMark(tokens.get(end + 1).text());
      while (start <= end
          && !canStart(tokens.get(start), start == firstWord, start < end, start == end && owns,
              capitalisedInArticle)) {
        if (start == firstWord && mayTag && tokens.get(start).tag().isEmpty() && undecided(tokens.get(start))
            && !(start == end && owns)) {
          tokens = PartsOfSpeech.tagFirst(tokens, start + TAGGED_WORDS);
          continue;
        }
        start++;
      }
      String title = "";
      while (start < end && isTitle(tokens.get(start).text())) {
        title = tokens.get(start++).text(); // "Mr Glazer": the title makes a person of the rest
      }
      String country = start == end ? nationalities.get(tokens.get(start).text()) : null;
      if (start == end && isOwnersMarket(tokens, start)) {
        // "Chrysler Corp said its U.S. car production ...": the production is Chrysler's, made in the U.S.
        i = end + 1;
        continue;
      }
      if (country != null) {
        // "French wheat deliveries": a nationality alone names its country, as a place; "its German rival" does not.
        // "Chinese cloud firms": a group of companies, named as written.
        int noun = companyNoun(tokens, end + 1);
        if (noun > end && companyNouns.isPlural(tokens.get(noun).text())) {
          names.add(new Name(tokens.get(start).start(), tokens.get(noun).end(),
              sentence.substring(tokens.get(start).start(), tokens.get(noun).end()), Kind.NAME, "", false, ""));
        } else if (!country.isEmpty() && noun < 0) {
          Name found = name(sentence, tokens, tokens.get(start).start(), tokens.get(end).end());
          names.add(new Name(found.start(), found.end(), country, Kind.PLACE, "", false, ""));
        }
      } else if (start < end || start == end && !notAlone.contains(tokens.get(start).text())) {
        Name found = name(sentence, tokens, tokens.get(start).start(), tokens.get(end).end());
        names.add(title.isEmpty() ? found : new Name(found.start(), found.end(), found.text(), Kind.PERSON, title,
            found.possessive(), found.acronym()));
      }
      i = end + 1;
    }
    names.sort(java.util.Comparator.comparingInt(Name::start));
    return names;
  }

  /** The last word of the run of capitalised words that starts at {@code i}, through connectors ("Bank of America"). */
  private int runEnd(List<PartsOfSpeech.Token> tokens, int i, boolean[] taken) {
    int end = i;
    int j = i + 1;
    while (j < tokens.size() && !taken[tokens.get(j).start()]) {
      PartsOfSpeech.Token t = tokens.get(j);
      if (isCapitalised(t) && !isNotName(t.text()) && !isDescriptive(t.text())
          && (!functionWords.contains(t.text().toLowerCase(Locale.ROOT))
              || !connectors.contains(t.text().toLowerCase(Locale.ROOT)) && continuesName(tokens, j + 1))) {
        end = j++;
      } else if (connectors.contains(t.text()) && j + 1 < tokens.size() // "of", not a title-case "Of"
          && isCapitalised(tokens.get(j + 1)) && !isNotName(tokens.get(j + 1).text())) {
        j++;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * Whether the word at {@code i} goes on with a name: a capitalised function word inside one (but a connector: "U.S.
   * And Japanese markets") is part of it when such a word follows ("Chemical New York Corp", "Bank of New York").
   */
  private boolean continuesName(List<PartsOfSpeech.Token> tokens, int i) {
    return i < tokens.size() && isCapitalised(tokens.get(i)) && !isNotName(tokens.get(i).text())
        && !functionWords.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
  }

  /** A word never part of a name: listed, or made of listed words with hyphens ("January-March"). */
  private boolean isNotName(String word) {
    if (notNames.contains(word)) {
      return true;
    }
    int hyphen = word.indexOf('-');
    return hyphen > 0 && Arrays.stream(word.split("-", -1)).allMatch(notNames::contains);
  }

  /** "Paris-based", "state-owned": an adjective made of a name, not part of one. */
  private static boolean isDescriptive(String word) {
    return DESCRIPTIVE.matcher(word).find();
  }

  /**
   * Where a company noun (or its plural) stands as the next word or the one after ("its German rival", "Chinese cloud
   * firms"), making the nationality before it describe companies, not name its country; -1 if none does.
   */
  private int companyNoun(List<PartsOfSpeech.Token> tokens, int from) {
    for (int i = from; i < Math.min(tokens.size(), from + 2); i++) {
      if (companyNouns.names(tokens.get(i).text())) {
        return i;
      }
    }
    return -1;
  }

  /** A capitalised first word that only its part of speech can settle. */
  private boolean undecided(PartsOfSpeech.Token t) {
    String lower = t.text().toLowerCase(Locale.ROOT);
    return !isNotName(t.text()) && !functionWords.contains(lower) && !connectors.contains(lower);
  }

  private boolean canStart(PartsOfSpeech.Token t, boolean sentenceStart, boolean followed, boolean owns,
      Predicate<String> capitalisedInArticle) {
    String lower = t.text().toLowerCase(Locale.ROOT);
    if (followed && nameOpeners.contains(t.text())) {
      return true; // "New Zealand", "New York"
    }
    if (isNotName(t.text()) || functionWords.contains(lower) || connectors.contains(lower)
        || NOT_NAME_TAGS.contains(t.tag()) || isDescriptive(t.text())) {
      return false;
    }
    if (!sentenceStart || isAcronym(t.text())) {
      return true;
    }
    // A capitalised first word is a name when the tagger says so, or when the article capitalises it elsewhere, or
    // when it opens a run of capitalised words and is tagged as a word a name can start with ("Greater China"), or
    // when it owns something ("Acme's revenue": "It's" and "That's" are function words, caught above).
    return t.tag().equals("PROPN") || capitalisedInArticle.test(t.text())
        || (followed && NAME_START_TAGS.contains(t.tag())) || owns;
  }

  private boolean isTitle(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return personTitles.stream().anyMatch(t -> t.size() == 1 && t.get(0).equals(lower));
  }

  private Name name(String sentence, List<PartsOfSpeech.Token> tokens, int start, int end) {
    int before = tokenAt(tokens, start);
    int after = tokenEndingAt(tokens, end);
    boolean possessive = after + 1 < tokens.size() && isPossessiveMark(tokens.get(after + 1).text());
    String acronym = "";
    int next = after + 1;
    if (next + 2 < tokens.size() && tokens.get(next).text().equals("(")
        && isShortForm(tokens.get(next + 1).text(), sentence.substring(start, end))
        && tokens.get(next + 2).text().equals(")")) {
      acronym = tokens.get(next + 1).text();
    }
    String role = titleBefore(tokens, before);
    boolean body = java.util.Arrays.stream(SPACES.split(sentence.substring(start, end)))
        .anyMatch(organisationWords::contains);
    Kind kind = !role.isEmpty() || roleAfter(tokens, after) ? Kind.PERSON
        : body ? Kind.ORGANISATION
        : before > 0 && placeWords.contains(tokens.get(before - 1).text().toLowerCase(Locale.ROOT)) ? Kind.PLACE
        : Kind.NAME;
    return new Name(start, end, sentence.substring(start, end), kind, role, possessive, acronym);
  }

  /**
   * Whether the word at token {@code start} is a country or nationality right after a possessive determiner ("its
   * U.S. sales", "its Canadian operations"): where the owner sells or makes, which names no subject. (Not a longer
   * name that opens with one: "its Canadian Courier unit".)
   */
  private boolean isOwnersMarket(List<PartsOfSpeech.Token> tokens, int start) {
    return start > 0 && countries.isPossessiveDeterminer(tokens.get(start - 1).text())
        && countries.names(tokens.get(start).text());
  }

  /** The person title that ends right before token {@code index} ("chief financial officer Maggie Wu"), or "". */
  private String titleBefore(List<PartsOfSpeech.Token> tokens, int index) {
    if (index < 1) {
      return "";
    }
    String last = tokens.get(index - 1).text().toLowerCase(Locale.ROOT);
    for (List<String> title : personTitles) {
      int from = index - title.size();
      if (from < 0 || !title.get(title.size() - 1).equals(last)) {
        continue;
      }
      boolean matches = true;
      for (int k = 0; k < title.size() && matches; k++) {
        matches = tokens.get(from + k).text().toLowerCase(Locale.ROOT).equals(title.get(k));
      }
      if (matches) {
        return String.join(" ", title);
      }
    }
    return "";
  }

  /** "Maggie Wu, chief financial officer of Alibaba": a role within a few words after the name's comma. */
  private boolean roleAfter(List<PartsOfSpeech.Token> tokens, int index) {
    if (index + 1 >= tokens.size() || !tokens.get(index + 1).text().equals(",")) {
      return false;
    }
    for (int k = index + 2; k < Math.min(tokens.size(), index + 2 + TITLE_WINDOW); k++) {
      String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
      for (List<String> title : personTitles) {
        if (title.get(title.size() - 1).equals(word) && title.size() == 1 && !Character.isUpperCase(word.charAt(0))) {
          return true;
        }
      }
    }
    return false;
  }

  private static int tokenAt(List<PartsOfSpeech.Token> tokens, int start) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).end() > start) {
        return k;
      }
    }
    return tokens.size();
  }

  private static int tokenEndingAt(List<PartsOfSpeech.Token> tokens, int end) {
    for (int k = tokens.size() - 1; k >= 0; k--) {
      if (tokens.get(k).start() < end) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Where a heading that opens the sentence ends: "Why It's Important: Alibaba's ..." holds no name before its
   * colon when every word there is capitalised.
   */
  private static int headingEnd(List<PartsOfSpeech.Token> tokens) {
    int words = 0;
    for (int k = 0; k < tokens.size(); k++) {
      String text = tokens.get(k).text();
      if (text.equals(":")) {
        return words >= 2 ? k + 1 : 0;
      }
      if (Character.isLetter(text.charAt(0))) {
        if (!Character.isUpperCase(text.charAt(0))) {
          return 0;
        }
        words++;
      }
    }
    return 0;
  }

  private static int firstWordIndex(List<PartsOfSpeech.Token> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      if (Character.isLetterOrDigit(tokens.get(k).text().charAt(0))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isPossessiveMark(String text) {
    return text.equals("'s") || text.equals("’s") || text.equals("'S") || text.equals("’S");
  }

  /** "Toyota", "IBM", "XJ-6"; not "RMB7.6" or "A380", where letters run into digits (a currency, a model). */
  private static boolean isCapitalised(PartsOfSpeech.Token t) {
    return Character.isUpperCase(t.text().codePointAt(0)) && !LETTER_THEN_DIGIT.matcher(t.text()).find();
  }

  /**
   * "General Motors (GM)", "the Chilean Copper Commission (Cochilco)": an acronym, or a capitalised word of several
   * words' name that begins as the name does, in brackets after it is its short form.
   */
  private static boolean isShortForm(String word, String name) {
    return isAcronym(word) || name.contains(" ") && Character.isUpperCase(word.charAt(0))
        && word.chars().allMatch(Character::isLetter) && word.charAt(0) == name.charAt(0);
  }

  static boolean isAcronym(String word) {
    return SubjectNames.capitalLetters(word) >= 2;
  }

  /**
   * A line in title case ("Jack Ma's Relations With Regulators Said To Be Under Beijing Scrutiny", a related link or
   * a headline repeated in the body) gives no reliable names: nearly every word is capitalised.
   */
  private static boolean isHeadline(List<PartsOfSpeech.Token> words) {
    int letters = 0;
    int capitalised = 0;
    for (PartsOfSpeech.Token t : words) {
      if (Character.isLetter(t.text().charAt(0))) {
        letters++;
        capitalised += Character.isUpperCase(t.text().charAt(0)) ? 1 : 0;
      }
    }
    return letters >= HEADLINE_WORDS && capitalised * 4 >= letters * 3;
  }

  /** A sentence in capitals (a newswire headline) gives no reliable names. */
  private static boolean isShouting(String sentence) {
    int upper = 0;
    int lower = 0;
    for (int k = 0; k < sentence.length(); k++) {
      char c = sentence.charAt(k);
      upper += Character.isUpperCase(c) ? 1 : 0;
      lower += Character.isLowerCase(c) ? 1 : 0;
    }
    return upper > 12 && lower < upper / 4;
  }
}
