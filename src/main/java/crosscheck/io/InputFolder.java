package crosscheck.io;

import crosscheck.model.Rejection;
import crosscheck.model.Rejection.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The input folder: the files to read, and what cannot be read as a file (sub-folders, links to nothing, files
 * without read permission), reported one rejection each rather than passed over in silence.
 */
public final class InputFolder {

  private InputFolder() {}

  /** The files to read as articles, in name order: every readable regular file but the sidecar. */
  public static List<String> articleFiles(Path input) throws IOException {
    try (Stream<Path> entries = Files.list(input)) {
      return entries
          .filter(p -> Files.isRegularFile(p) && Files.isReadable(p))
          .filter(p -> !p.getFileName().toString().equals(Sidecar.FILE_NAME))
          .map(p -> p.toAbsolutePath().toString())
          .sorted()
          .toList();
    }
  }

  /** Entries that are not files to read, but the sidecar, which {@link Sidecar#read} reports itself. */
  public static List<Rejection> unreadableEntries(Path input) throws IOException {
    List<Rejection> problems = new ArrayList<>();
    try (Stream<Path> entries = Files.list(input)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (name.equals(Sidecar.FILE_NAME)) {
          continue;
        }
        if (Files.isDirectory(entry)) {
          problems.add(new Rejection(name, 0, Stage.FOLDER, "a folder: only files directly in the input folder are "
              + "read"));
        } else if (!Files.exists(entry)) {
          problems.add(new Rejection(name, 0, Stage.FOLDER, "a link to nothing: cannot be read"));
        } else if (!Files.isRegularFile(entry) || !Files.isReadable(entry)) {
          problems.add(new Rejection(name, 0, Stage.FOLDER, "cannot be read: not a regular file (a named pipe, a "
              + "device), or no permission"));
        }
      }
    }
    return problems;
  }
}
