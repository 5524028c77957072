package crosscheck.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The user's config folder, checked before any file of it is read: a mistyped folder must not fall back to the
 * built-in config in silence, nor a mistyped file name ({@code entites.json}) leave the default in force.
 */
final class ConfigFolder {

  private ConfigFolder() {}

  /** Fails unless {@code dir} is a folder holding only files named in {@code known}. */
  static void check(Path dir, List<String> known) {
    if (!Files.exists(dir)) {
      throw new ConfigException("--config folder " + dir + " does not exist");
    }
    if (!Files.isDirectory(dir)) {
      throw new ConfigException("--config " + dir + " is not a folder");
    }
    List<String> unknown;
    try (Stream<Path> entries = Files.list(dir)) {
      unknown = entries.map(p -> p.getFileName().toString()).filter(name -> !known.contains(name)).sorted().toList();
    } catch (IOException e) {
      throw new ConfigException("--config folder " + dir + " cannot be read: " + e, e);
    }
    if (!unknown.isEmpty()) {
      throw new ConfigException(dir.resolve(unknown.get(0)) + ": not a config file (the config files are "
          + String.join(", ", known) + ")");
    }
  }
}
