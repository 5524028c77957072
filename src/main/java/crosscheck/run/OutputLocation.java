package crosscheck.run;

import crosscheck.io.Folder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether a folder may be the output of a run. A run replaces its output as a whole, deleting the previous one, and
 * keeps its staging folder beside it; so an output is refused, before anything is touched, wherever that could delete
 * or read what the job did not write: in, around or equal to the input or config folder (compared as real paths,
 * through symbolic links), on a path that holds something other than a folder, at the root or the home folder, or in
 * a folder holding anything but files named as the job's own (a previous run's, or a checked-out copy of one,
 * which has no run.json).
 */
final class OutputLocation {

  private OutputLocation() {}

  /**
   * Why {@code output} must not be written, or empty when it may.
   *
   * @param input the input folder when it is on this machine (it exists)
   * @param config the config folder, when one is given
   * @param jobFiles the names of every file a run writes into its output: a folder holding only files of these
   *     names is the job's to replace
   */
  static Optional<String> refusal(Path output, Optional<Path> input, Optional<Path> config,
      Set<String> jobFiles)
      throws IOException {
    Path real = realPath(output);
    String shown = "--output " + output;
    if (real.getParent() == null) {
      return Optional.of(shown + " is the root folder: a run replaces its output as a whole");
    }
    if (real.equals(realPath(Path.of(System.getProperty("user.home"))))) {
      return Optional.of(shown + " is the home folder: a run replaces its output as a whole");
    }
    Optional<String> overlap = Optional.empty();
    if (input.isPresent()) {
      overlap = overlap(real, shown, "--input", input.get());
    }
    if (overlap.isEmpty() && config.isPresent()) {
      overlap = overlap(real, shown, "--config", config.get());
    }
    if (overlap.isPresent()) {
      return overlap;
    }
    if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(output)) {
      return Optional.of(shown + " exists and is not a folder: it is not replaced by one");
    }
    if (Files.isDirectory(output)) {
      List<String> foreign;
      try (Stream<Path> listed = Files.list(output)) {
        foreign = listed.filter(p -> !jobFiles.contains(p.getFileName().toString())
                || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
            .map(p -> p.getFileName().toString()).sorted().toList();
      }
      if (!foreign.isEmpty()) {
        return Optional.of(shown + " holds files a run does not write (" + String.join(", ", foreign)
            + "): a run would delete them; move them away first");
      }
    }
    return Optional.empty();
  }

  /**
   * Why {@code output} must not hold the dated folders of runs ({@link DatedOutput}), or empty when it may. A dated
   * run deletes nothing outside its own new folder, so only an output that is a file, or is, holds or lies in the
   * input or config folder, is refused.
   */
  static Optional<String> datedRefusal(Folder output, Folder input, Optional<Path> config) throws IOException {
    String shown = "--output " + output;
    if (output.local().isEmpty()) {
      String root = asPrefix(output);
      String other = asPrefix(input);
      return root.startsWith(other) || other.startsWith(root)
          ? Optional.of(shown + " is, holds or lies in the --input folder " + input + ": a run would read its own files")
          : Optional.empty();
    }
    Path path = output.local().get();
    if (Files.exists(path) && !Files.isDirectory(path)) {
      return Optional.of(shown + " exists and is not a folder");
    }
    Path real = realPath(path);
    Optional<String> overlap = input.local().isPresent() ? overlap(real, shown, "--input", input.local().get())
        : Optional.empty();
    return overlap.isEmpty() && config.isPresent() ? overlap(real, shown, "--config", config.get()) : overlap;
  }

  /** The folder's address ending in one slash, so that one folder's address starts with another's only inside it. */
  private static String asPrefix(Folder folder) {
    return folder.toString().replaceAll("/*$", "/");
  }

  /** Refuses an output that is, contains or lies inside {@code folder} (both real paths). */
  private static Optional<String> overlap(Path output, String shown, String option, Path folder) throws IOException {
    Path other = realPath(folder);
    if (output.equals(other)) {
      return Optional.of(shown + " is the " + option + " folder: a run would delete it");
    }
    if (other.startsWith(output)) {
      return Optional.of(shown + " contains the " + option + " folder " + folder + ": a run would delete it");
    }
    if (output.startsWith(other)) {
      return Optional.of(shown + " lies inside the " + option + " folder " + folder + ": a run would read and "
          + "replace its own files there");
    }
    return Optional.empty();
  }

  /**
   * The path with every symbolic link resolved: the real path of its longest existing part, followed by the rest,
   * which does not exist yet.
   */
  static Path realPath(Path path) throws IOException {
    Path absolute = path.toAbsolutePath();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute.normalize();
    }
    return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
  }
}
