package crosscheck.io;

import crosscheck.model.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What in the input folder cannot be read as a file: sub-folders, links to nothing, files without read permission.
 * The file matcher passes over these silently, so they are reported here, one rejection each.
 */
public final class InputFolder {

  private InputFolder() {}

  public static List<Rejection> unreadableEntries(Path input) throws IOException {
    List<Rejection> problems = new ArrayList<>();
    try (Stream<Path> entries = Files.list(input)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry)) {
          problems.add(new Rejection(name, 0, "a folder: only files directly in the input folder are read"));
        } else if (!Files.exists(entry)) {
          problems.add(new Rejection(name, 0, "a link to nothing: cannot be read"));
        } else if (!Files.isRegularFile(entry) || !Files.isReadable(entry)) {
          problems.add(new Rejection(name, 0, "cannot be read: not a regular file, or no permission"));
        }
      }
    }
    return problems;
  }
}
