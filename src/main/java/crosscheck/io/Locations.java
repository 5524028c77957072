package crosscheck.io;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Where a folder option points: a path or a {@code file://} URL on this machine, or a URL of another file system. */
public final class Locations {

  /** A URL's scheme, as Beam's {@code FileSystems} reads it. */
  private static final Pattern URL = Pattern.compile("[a-zA-Z][-a-zA-Z0-9+.]*://.*");

  private Locations() {}

  /** The local path a location names (a path, or a {@code file://} URL), or empty on another file system. */
  public static Optional<Path> localPath(String location) {
    if (!URL.matcher(location).matches()) {
      return Optional.of(Path.of(location));
    }
    URI uri = URI.create(location);
    return uri.getScheme().equalsIgnoreCase("file") ? Optional.of(Path.of(uri)) : Optional.empty();
  }
}
