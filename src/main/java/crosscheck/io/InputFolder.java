package crosscheck.io;

import crosscheck.model.Rejection;
import crosscheck.model.Rejection.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * The input folder, on any file system Beam knows: a local path, or a URL ({@code file:///…}, and {@code gs://},
 * {@code s3://}, {@code hdfs://} when their Beam modules are on the class path). Listed and read through Beam's
 * {@link FileSystems}. A local folder also reports what cannot be read as a file (sub-folders, links to nothing,
 * files without read permission), one rejection each rather than passed over in silence; an object store has none of
 * these.
 */
public final class InputFolder {

  private final String location;
  private final Optional<Path> local;
  private final Folder folder;
  private List<MatchResult.Metadata> listing;

  private InputFolder(String location, Optional<Path> local, Folder folder) {
    this.location = location;
    this.local = local;
    this.folder = folder;
  }

  /** The folder a path or URL names. */
  public static InputFolder at(String location) {
    return new InputFolder(location, Locations.localPath(location), Folder.at(location));
  }

  /** The folder on this machine's disk, when it is there. */
  public Optional<Path> local() {
    return local;
  }

  /**
   * Why the folder cannot be read, or empty. Only a local folder is known not to exist: on an object store a folder
   * is a prefix of names, and one that names nothing is an empty input.
   */
  public Optional<String> problem() {
    if (local.isPresent()) {
      Path path = local.get();
      return Files.isDirectory(path) && Files.isReadable(path) ? Optional.empty()
          : Optional.of("input folder " + path.toAbsolutePath() + " does not exist or cannot be read");
    }
    try {
      files();
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("input folder " + location + " cannot be listed: " + e.getMessage());
    }
  }

  /**
   * Every file directly in the folder, the sidecar too, in name order, with its size. Listed once (a folder may hold
   * 100,000 files): the job reads, and its report hashes, the files of that one listing.
   */
  public synchronized List<MatchResult.Metadata> files() throws IOException {
    if (listing == null) {
      listing = List.copyOf(folder.files());
    }
    return listing;
  }

  /** The file of this name directly in the folder, or empty when there is none. */
  public Optional<MatchResult.Metadata> file(String name) throws IOException {
    return folder.existing(name);
  }

  /**
   * The files to read as articles, in name order: every file but the sidecar, and in a local folder only those
   * this user may read ({@link #unreadableEntries} reports the others).
   */
  public List<MatchResult.Metadata> articleFiles() throws IOException {
    return files().stream()
        .filter(file -> !file.resourceId().getFilename().equals(Sidecar.FILE_NAME))
        .filter(file -> local.isEmpty() || Files.isReadable(Path.of(file.resourceId().toString())))
        .toList();
  }

  /** Entries of a local folder that are not files to read, but the sidecar, which {@link Sidecar#read} reports. */
  public List<Rejection> unreadableEntries() throws IOException {
    List<Rejection> problems = new ArrayList<>();
    if (local.isEmpty()) {
      return problems;
    }
    try (Stream<Path> entries = Files.list(local.get())) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (name.equals(Sidecar.FILE_NAME)) {
          continue;
        }
        Optional<BasicFileAttributes> found = Folder.attributes(entry);
        if (found.isEmpty()) {
          problems.add(new Rejection(name, 0, Stage.FOLDER, "a link to nothing: cannot be read"));
          continue;
        }
        BasicFileAttributes attributes = found.get();
        if (attributes.isDirectory()) {
          problems.add(new Rejection(name, 0, Stage.FOLDER, "a folder: only files directly in the input folder are "
              + "read"));
        } else if (!attributes.isRegularFile() || !Files.isReadable(entry)) {
          problems.add(new Rejection(name, 0, Stage.FOLDER, "cannot be read: not a regular file (a named pipe, a "
              + "device), or no permission"));
        }
      }
    }
    return problems;
  }
}
