package crosscheck.io;

import crosscheck.model.Rejection;
import crosscheck.model.Rejection.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

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
  private final ResourceId folder;

  private InputFolder(String location, Optional<Path> local, ResourceId folder) {
    this.location = location;
    this.local = local;
    this.folder = folder;
  }

  /** The folder a path or URL names. */
  public static InputFolder at(String location) {
    Optional<Path> local = Locations.localPath(location);
    // Beam's local file system takes a file:// URL for a relative path, so it is given the path.
    ResourceId folder = FileSystems.matchNewResource(local.map(p -> p.toAbsolutePath().toString()).orElse(location),
        true);
    return new InputFolder(location, local, folder);
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
   * Every file directly in the folder, the sidecar too, in name order, with its size. A local folder is listed
   * directly: Beam's local match reads the path as a glob ("news[1]" would list nothing) and walks the whole tree.
   */
  public List<MatchResult.Metadata> files() throws IOException {
    if (local.isPresent()) {
      try (Stream<Path> entries = Files.list(local.get())) {
        List<Path> regular = entries.filter(Files::isRegularFile).sorted().toList();
        List<MatchResult.Metadata> listed = new ArrayList<>(regular.size());
        for (Path file : regular) {
          listed.add(metadata(file));
        }
        return listed;
      }
    }
    ResourceId everything = folder.resolve("*", StandardResolveOptions.RESOLVE_FILE);
    return FileSystems.match(everything.toString(), EmptyMatchTreatment.ALLOW).metadata().stream()
        .sorted(Comparator.comparing(file -> file.resourceId().toString()))
        .toList();
  }

  /** The file of this name directly in the folder, or empty when there is none. */
  public Optional<MatchResult.Metadata> file(String name) throws IOException {
    if (local.isPresent()) {
      Path file = local.get().resolve(name);
      return Files.isRegularFile(file) ? Optional.of(metadata(file)) : Optional.empty();
    }
    ResourceId file = folder.resolve(name, StandardResolveOptions.RESOLVE_FILE);
    return FileSystems.match(file.toString(), EmptyMatchTreatment.ALLOW).metadata().stream().findFirst();
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

  private static MatchResult.Metadata metadata(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    return MatchResult.Metadata.builder()
        .setResourceId(FileSystems.matchNewResource(absolute.toString(), false))
        .setSizeBytes(Files.size(absolute))
        .setIsReadSeekEfficient(true)
        .setLastModifiedMillis(Files.getLastModifiedTime(absolute).toMillis())
        .build();
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
