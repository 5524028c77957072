package crosscheck.io;

import crosscheck.model.Article;
import crosscheck.model.Rejection;
import crosscheck.model.Rejection.Stage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Makes each text count once and each id name one article, in plain Java: the pipeline takes these decisions group
 * by group (DeduplicateArticles), the plain run over all its articles at once ({@link #of}). The same text read
 * twice is kept once, from the first file by name, so that it cannot confirm itself; different articles under one
 * id are all kept, each but the first (by file) under the id, a tilde and the first 8 hex digits of its text's
 * SHA-256. Such a new id may already be another article's: then the next candidate is tried, so that ids are unique
 * after every rename. Every decision only depends on the articles of one {@link #idFamily}, never on the order or
 * the batches they were read in.
 */
public final class Deduplication {

  /** What deduplication needs of an article: where it was read, its id, and its text's SHA-256 in hex. */
  public record ArticleKey(String file, String id, String textHash) implements Serializable {
    public static ArticleKey of(Article article) {
      return new ArticleKey(article.file(), article.id(), Sha256.hex(article.text()));
    }
  }

  /** Of the articles of one text: the one kept, the files of the others, and a report for each of them. */
  public record Copies(ArticleKey kept, List<String> droppedFiles, List<Rejection> reports) {}

  /** The new ids of the articles of one id family that must change, by file, and a report for each. */
  public record Renames(Map<String, String> idByFile, List<Rejection> reports) {}

  /** All the decisions on a whole input: files dropped as copies, new ids by file, and the reports. */
  public record Decisions(Set<String> droppedFiles, Map<String, String> idByFile, List<Rejection> reports) {}

  private static final Pattern RENAME_SUFFIX = Pattern.compile("(~[0-9a-f]{8})+$");
  private static final Comparator<ArticleKey> BY_FILE = Comparator.comparing(ArticleKey::file).thenComparing(ArticleKey::id);

  private Deduplication() {}

  /**
   * The family of an id: the id without any rename suffixes ("~" and 8 hex digits). A rename only ever makes an id
   * of the same family, so that all the ids a rename could clash with are decided together.
   */
  public static String idFamily(String id) {
    return RENAME_SUFFIX.matcher(id).replaceFirst("");
  }

  /** Keeps the first (by file) of the articles that share a text. */
  public static Copies keepOneCopy(Collection<ArticleKey> sameText) {
    List<ArticleKey> sorted = sameText.stream().sorted(BY_FILE).toList();
    ArticleKey kept = sorted.get(0);
    List<String> dropped = new ArrayList<>();
    List<Rejection> reports = new ArrayList<>();
    for (ArticleKey copy : sorted.subList(1, sorted.size())) {
      dropped.add(copy.file());
      reports.add(Rejection.ofFile(copy.file(), Stage.DEDUPLICATE, "same text as " + kept.file() + " (article "
          + kept.id() + "): kept once"));
    }
    return new Copies(kept, dropped, reports);
  }

  /**
   * Gives every article of one id family but the first (by file) of each id an id of its own, unused by any
   * article of the family and by any id given before it.
   */
  public static Renames separateIds(Collection<ArticleKey> sameFamily) {
    Map<String, List<ArticleKey>> byId = new TreeMap<>();
    sameFamily.forEach(key -> byId.computeIfAbsent(key.id(), id -> new ArrayList<>()).add(key));
    Set<String> taken = new HashSet<>(byId.keySet());
    Map<String, String> idByFile = new TreeMap<>();
    List<Rejection> reports = new ArrayList<>();
    for (List<ArticleKey> sameId : byId.values()) {
      sameId.sort(BY_FILE);
      ArticleKey first = sameId.get(0);
      for (ArticleKey other : sameId.subList(1, sameId.size())) {
        String id = other.id() + "~" + other.textHash().substring(0, 8);
        for (int attempt = 1; taken.contains(id); attempt++) {
          id = other.id() + "~" + Sha256.hex(other.textHash() + "~" + attempt).substring(0, 8);
        }
        taken.add(id);
        idByFile.put(other.file(), id);
        reports.add(Rejection.ofFile(other.file(), Stage.DEDUPLICATE, "id '" + other.id() + "' is also the id of "
            + "a different article in " + first.file() + ": kept as '" + id + "'"));
      }
    }
    return new Renames(idByFile, reports);
  }

  /** Every decision on a whole input, as the pipeline takes them group by group. */
  public static Decisions of(Collection<ArticleKey> articles) {
    Map<String, List<ArticleKey>> byText = new TreeMap<>();
    articles.forEach(key -> byText.computeIfAbsent(key.textHash(), hash -> new ArrayList<>()).add(key));
    Set<String> dropped = new HashSet<>();
    List<Rejection> reports = new ArrayList<>();
    Map<String, List<ArticleKey>> byFamily = new TreeMap<>();
    for (List<ArticleKey> sameText : byText.values()) {
      Copies copies = keepOneCopy(sameText);
      dropped.addAll(copies.droppedFiles());
      reports.addAll(copies.reports());
      byFamily.computeIfAbsent(idFamily(copies.kept().id()), family -> new ArrayList<>()).add(copies.kept());
    }
    Map<String, String> idByFile = new TreeMap<>();
    for (List<ArticleKey> sameFamily : byFamily.values()) {
      Renames renames = separateIds(sameFamily);
      idByFile.putAll(renames.idByFile());
      reports.addAll(renames.reports());
    }
    return new Decisions(dropped, idByFile, reports);
  }
}
