package crosscheck.model;

import java.io.Serializable;
import java.util.Objects;

/** An input that could not be read as an article, and why. {@code line} is 0 when the whole file is rejected. */
public record Rejection(String file, int line, String reason) implements Serializable {
  public Rejection {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }
}
