package crosscheck.run;

import crosscheck.io.Folder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The output folder, replaced as a whole: a run writes into a new staging folder beside it, and only when every file
 * is written does {@link #commit()} swap it in (two renames on the same file system). A run killed at any point
 * leaves the previous output whole; if it dies between the two renames, the next run puts the previous output back
 * before it starts.
 */
final class OutputFolder implements RunOutput {

  private final Path target;
  private final Path staging;

  private OutputFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /** Restores an output left aside by an interrupted swap, and creates a fresh staging folder. */
  static OutputFolder prepare(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    String name = absolute.getFileName().toString();
    if (!Files.exists(absolute)) {
      Optional<Path> previous = siblings(parent, name + ".previous-").stream().findFirst();
      if (previous.isPresent()) {
        Files.move(previous.get(), absolute, StandardCopyOption.ATOMIC_MOVE);
      }
    }
    removeAbandonedStaging(parent, name);
    String run = ProcessHandle.current().pid() + "-" + System.currentTimeMillis();
    Path staging = Files.createDirectory(parent.resolve(name + ".staging-" + run));
    return new OutputFolder(absolute, staging);
  }

  /** Staging folders of runs that were killed: their process is gone, so nothing will finish them. */
  private static void removeAbandonedStaging(Path parent, String name) throws IOException {
    String prefix = name + ".staging-";
    for (Path p : siblings(parent, prefix)) {
      String run = p.getFileName().toString().substring(prefix.length());
      int dash = run.indexOf('-');
      if (dash > 0 && run.substring(0, dash).chars().allMatch(Character::isDigit)) {
        boolean alive = ProcessHandle.of(Long.parseLong(run.substring(0, dash))).map(ProcessHandle::isAlive)
            .orElse(false);
        if (!alive) {
          deleteTree(p);
        }
      }
    }
  }

  /**
   * The entries of {@code parent} whose names start with {@code prefix}, in name order. (Compared as text, not as a
   * glob: an output name may hold '[', '*' or '{'.)
   */
  private static List<Path> siblings(Path parent, String prefix) throws IOException {
    try (Stream<Path> entries = Files.list(parent)) {
      return entries.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    }
  }

  @Override
  public Folder staging() {
    return Folder.of(staging);
  }

  @Override
  public Folder result() {
    return Folder.of(target);
  }

  /** Swaps the staging folder in as the output and removes the previous output. */
  @Override
  public void commit() throws IOException {
    Path previous = target.resolveSibling(staging.getFileName().toString().replace(".staging-", ".previous-"));
    boolean hadOutput = Files.exists(target);
    if (hadOutput) {
      Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    if (hadOutput) {
      deleteTree(previous);
    }
  }

  /** Keeps a finished run that must not replace the output beside it, as {@code <output>.<why>-<run>}. */
  @Override
  public String setAside(String why) throws IOException {
    Path aside = target.resolveSibling(staging.getFileName().toString().replace(".staging-", "." + why + "-"));
    return Files.move(staging, aside, StandardCopyOption.ATOMIC_MOVE).toString();
  }

  /** Removes the staging folder of a failed run; the previous output is untouched. */
  @Override
  public void abandon() {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
