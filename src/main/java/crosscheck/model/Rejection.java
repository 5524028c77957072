package crosscheck.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * An input that could not be used, where and why, as a dead letter keeps it: the file, the line ({@code 0} when the
 * whole file is meant), the stage that gave up on it and the reason. A crash of the extractor also keeps its stack
 * trace, cut below the extractor's entry (empty, and left out of the JSON, for every other rejection).
 */
@JsonPropertyOrder({"file", "line", "stage", "reason", "stack"})
public record Rejection(String file, int line, Stage stage, String reason,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) String stack) implements Serializable {

  /** Where in the run an input was given up on. */
  public enum Stage {
    /** listing the input folder: sub-folders, broken links, unreadable entries */
    FOLDER,
    /** reading the metadata.csv sidecar */
    SIDECAR,
    /** reading a file's bytes: its type, size and encoding */
    READ,
    /** parsing what was read into an article: JSON, header, fields */
    PARSE,
    /** making each text count once and each id name one article */
    DEDUPLICATE,
    /** extracting claims */
    EXTRACT;

    @JsonValue
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Frames kept of each exception of a crash's chain: enough to find the bug, not a page of the runner. */
  private static final int MAX_FRAMES = 40;

  public Rejection {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
    stack = Objects.requireNonNullElse(stack, "");
  }

  public Rejection(String file, int line, Stage stage, String reason) {
    this(file, line, stage, reason, "");
  }

  /** A report about {@code file}, which may name a JSONL line as {@code feed.jsonl:12}. */
  public static Rejection ofFile(String file, Stage stage, String reason) {
    int colon = file.lastIndexOf(':');
    if (colon > 0 && file.substring(colon + 1).matches("\\d{1,9}")) {
      return new Rejection(file.substring(0, colon), Integer.parseInt(file.substring(colon + 1)), stage, reason);
    }
    return new Rejection(file, 0, stage, reason);
  }

  /**
   * A file or JSONL line ({@code feed.jsonl:12}) that {@code entry} crashed on: the error in the reason, its stack trace (each exception of the chain,
   * its frames down to {@code entry}'s, so that the trace does not depend on who called it) in {@code stack}.
   */
  public static Rejection ofCrash(String file, Stage stage, Throwable error, Class<?> entry) {
    StringBuilder stack = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      stack.append(t == error ? "" : "Caused by: ").append(t).append('\n');
      StackTraceElement[] frames = t.getStackTrace();
      int last = frames.length - 1;
      while (last >= 0 && !frames[last].getClassName().equals(entry.getName())) {
        last--;
      }
      int shown = Math.min(last < 0 ? frames.length : last + 1, MAX_FRAMES);
      for (int i = 0; i < shown; i++) {
        stack.append("\tat ").append(frames[i]).append('\n');
      }
    }
    Rejection where = ofFile(file, stage, "");
    return new Rejection(where.file(), where.line(), stage, entry.getSimpleName() + " failed: " + error,
        stack.toString());
  }
}
