package crosscheck.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One news article as read from the input.
 *
 * @param id stable identifier: the file name without extension, or the {@code id} of a JSONL line
 * @param file where it was read from (file name, with {@code :line} for JSONL)
 * @param source the reporting outlet, empty when unknown
 * @param date publication date in {@link PartialDate} form, empty when unknown
 */
public record Article(String id, String file, String source, String date, String url, String title, String text)
    implements Serializable {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    file = Objects.requireNonNullElse(file, "");
    source = Objects.requireNonNullElse(source, "");
    date = Objects.requireNonNullElse(date, "");
    url = Objects.requireNonNullElse(url, "");
    title = Objects.requireNonNullElse(title, "");
  }

  /** The same article under another id. */
  public Article withId(String newId) {
    return new Article(newId, file, source, date, url, title, text);
  }

  public java.util.Optional<PartialDate> publicationDate() {
    return PartialDate.parse(date);
  }
}
