package crosscheck.model;

import java.io.Serializable;
import java.util.Objects;

/** An input that could not be read as an article, and why. {@code line} is 0 when the whole file is rejected. */
public record Rejection(String file, int line, String reason) implements Serializable {
  public Rejection {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }

  /** A report about an article, whose {@code file} may name a JSONL line as {@code feed.jsonl:12}. */
  public static Rejection ofArticle(Article article, String reason) {
    return ofFile(article.file(), reason);
  }

  /** A report about {@code file}, which may name a JSONL line as {@code feed.jsonl:12}. */
  public static Rejection ofFile(String file, String reason) {
    int colon = file.lastIndexOf(':');
    if (colon > 0 && file.substring(colon + 1).matches("\\d+")) {
      return new Rejection(file.substring(0, colon), Integer.parseInt(file.substring(colon + 1)), reason);
    }
    return new Rejection(file, 0, reason);
  }
}
