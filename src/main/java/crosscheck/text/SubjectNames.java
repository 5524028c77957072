package crosscheck.text;

import crosscheck.config.NameRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one name a subject goes by in a run, from any of the ways an article writes it, decided from the name alone so
 * that every article and every worker reaches the same one: a leading "the" and a possessive "'s" go, then legal
 * suffixes ("Inc", "Corp", "plc", "Group", "Holdings") and descriptors ("Motor", "Industries") from the end while a
 * word is left: "Toyota Motor Corp", "Toyota" and "Toyota's" are all "Toyota"; but never down to a word too plain to
 * be the company's alone ("Texas Industries" and "Texas International Co" are not both "Texas", "Federal Co" is not
 * "Federal": a place, a nationality, a word such as "General"), nor a descriptor after such a word ("North Atlantic
 * Technologies" and "North Atlantic Industries" stay apart). Nothing else is dropped, so names that
 * share a word stay apart ("Deutsche Bank" / "Deutsche Boerse", "Air India" / "Air India Express"). A word in
 * capitals longer than four letters (three in a name all in capitals) is written with a capital and lower case
 * ("NATIONAL WESTMINSTER BANK" is "National Westminster Bank"); acronyms such as "BP" or "IBM" stay as they are.
 */
public final class SubjectNames {

  private static final Set<String> CONNECTORS = Set.of("and", "of", "the", "de", "for", "&");
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s,]+");

  private final Set<String> suffixes;
  /** How the config writes each legal suffix, by its lower case: a suffix a name keeps is written so. */
  private final Map<String, String> suffixSpellings = new HashMap<>();
  private final Set<String> descriptors;
  /** Words a name is never shortened to (names.json never_shortened_to, not_alone, nationalities and countries). */
  private final Set<String> tooPlainAlone;

  public SubjectNames(NameRules rules) {
    this.suffixes = lower(rules.legalSuffixes());
    rules.legalSuffixes().forEach(suffix -> suffixSpellings.putIfAbsent(strip(suffix).toLowerCase(Locale.ROOT),
        strip(suffix)));
    this.descriptors = lower(rules.descriptors());
    List<String> plain = new ArrayList<>(rules.neverShortenedTo());
    plain.addAll(rules.notAlone());
    plain.addAll(rules.nationalitiesAndCountries());
    this.tooPlainAlone = lower(plain);
  }

  private static Set<String> lower(List<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.add(strip(w).toLowerCase(Locale.ROOT)));
    return out;
  }

  /** The name a subject written as {@code written} goes by. */
  public String canonical(String written) {
    String text = written.strip().replace('’', '\'');
    if (text.endsWith("'s") || text.endsWith("'S")) {
      text = text.substring(0, text.length() - 2);
    }
    List<String> words = new ArrayList<>(Arrays.asList(WORD_BREAK.split(text)));
    words.removeIf(String::isEmpty);
    if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
      words.remove(0);
    }
    while (lastMayGo(words)) {
      words.remove(words.size() - 1);
    }
    // "FEDERAL CO" and "Federal Co" are one company
    for (int i = words.size() - 1; i > 0 && isIn(suffixes, words.get(i)); i--) {
      words.set(i, suffixSpellings.get(strip(words.get(i)).toLowerCase(Locale.ROOT)));
    }
    boolean shouting = words.size() > 1 && words.stream().allMatch(w -> w.equals(w.toUpperCase(Locale.ROOT)));
    String last = words.get(words.size() - 1);
    if (last.endsWith(".") && last.indexOf('.') == last.length() - 1 && last.length() > 2) {
      words.set(words.size() - 1, last.substring(0, last.length() - 1)); // "Alibaba Cloud." at a sentence's end
    }
    List<String> cased = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean connector = shouting && i > 0 && CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
      // In a name all in capitals a short first word is most likely an acronym ("CCR VIDEO"), the rest words.
      cased.add(connector ? word.toLowerCase(Locale.ROOT) : recase(word, !shouting ? 4 : i == 0 ? 3 : 2));
    }
    return String.join(" ", cased);
  }

  /**
   * Whether the name's last word may be dropped: a legal suffix or a descriptor, unless the word before it is too plain
   * to name the company alone and would be left alone ("Texas Industries", "Federal Co") or would end the name after
   * a dropped descriptor ("North Atlantic Technologies").
   */
  private boolean lastMayGo(List<String> words) {
    if (words.size() < 2) {
      return false;
    }
    String last = words.get(words.size() - 1);
    boolean descriptor = isIn(descriptors, last);
    if (!descriptor && !isIn(suffixes, last)) {
      return false;
    }
    boolean plainBefore = isIn(tooPlainAlone, words.get(words.size() - 2));
    return !plainBefore || !descriptor && words.size() > 2;
  }

  /**
   * Whether a name reads as one company's: no legal suffix inside it (two names run together, "Gencorp Inc and
   * Continental AG", or a name and a role, "Pennzoil Co Chairman J") and no connector at its end ("HBO and").
   */
  public boolean isOneName(String name) {
    List<String> words = Arrays.asList(WORD_BREAK.split(name.strip()));
    return words.subList(0, words.size() - 1).stream().noneMatch(w -> isIn(suffixes, w))
        && !CONNECTORS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
  }

  /** Whether {@code written} is a legal suffix alone ("Inc"), never a subject by itself. */
  public boolean isSuffixOnly(String written) {
    return isIn(suffixes, written.strip()) || isIn(descriptors, written.strip());
  }

  private static boolean isIn(Set<String> words, String word) {
    return words.contains(strip(word).toLowerCase(Locale.ROOT));
  }

  private static String strip(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  /** How many letters a word in capitals has ("IBM": 3, "U.S.": 2); -1 when it has a lower-case letter. */
  static int capitalLetters(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return -1;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters;
  }

  private static String recase(String word, int acronymLetters) {
    int letters = capitalLetters(word);
    if (letters < 0 || letters <= acronymLetters) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length());
    boolean startOfPart = true;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      out.append(startOfPart ? c : Character.toLowerCase(c));
      startOfPart = !Character.isLetter(c);
    }
    return out.toString();
  }
}
