package crosscheck.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * A folder on any file system Beam knows: a local path, or a URL ({@code file:///…}, and {@code gs://},
 * {@code s3://}, {@code hdfs://} when their Beam modules are on the class path). Its files are listed, read, written
 * and deleted through Beam's {@link FileSystems}; a local folder is listed directly, because Beam's local match reads
 * the path as a glob ("news[1]" would list nothing) and walks the whole tree.
 */
public final class Folder {

  private final Optional<Path> local;
  private final ResourceId id;

  private Folder(Optional<Path> local, ResourceId id) {
    this.local = local;
    this.id = id;
  }

  /** The folder a path or URL names. */
  public static Folder at(String location) {
    return Locations.localPath(location).map(Folder::of)
        .orElseGet(() -> new Folder(Optional.empty(), FileSystems.matchNewResource(location, true)));
  }

  /** A folder on this machine. (Beam's local file system takes a file:// URL for a relative path: given the path.) */
  public static Folder of(Path path) {
    Path absolute = path.toAbsolutePath();
    return new Folder(Optional.of(absolute), FileSystems.matchNewResource(absolute.toString(), true));
  }

  /** The folder on this machine's disk, when it is there. */
  public Optional<Path> local() {
    return local;
  }

  /** The folder of this name inside this one. */
  public Folder folder(String name) {
    return new Folder(local.map(path -> path.resolve(name)), id.resolve(name, StandardResolveOptions.RESOLVE_DIRECTORY));
  }

  /** The file of this name directly in the folder (it need not exist). */
  public ResourceId file(String name) {
    return id.resolve(name, StandardResolveOptions.RESOLVE_FILE);
  }

  /** Every file directly in the folder, in name order, with its size; none when the folder does not exist. */
  public List<MatchResult.Metadata> files() throws IOException {
    if (local.isPresent()) {
      if (!Files.isDirectory(local.get())) {
        return List.of();
      }
      try (Stream<Path> entries = Files.list(local.get())) {
        List<MatchResult.Metadata> listed = new ArrayList<>();
        for (Path entry : entries.sorted().toList()) {
          // One stat an entry (a folder's input may be 100,000 files), following links as Files.isRegularFile does.
          Optional<BasicFileAttributes> attributes = attributes(entry);
          if (attributes.isPresent() && attributes.get().isRegularFile()) {
            listed.add(metadata(entry, attributes.get()));
          }
        }
        return listed;
      }
    }
    return FileSystems.match(file("*").toString(), EmptyMatchTreatment.ALLOW).metadata().stream()
        .sorted(Comparator.comparing(file -> file.resourceId().toString()))
        .toList();
  }

  /** The file of this name directly in the folder, or empty when there is none. */
  public Optional<MatchResult.Metadata> existing(String name) throws IOException {
    if (local.isPresent()) {
      Path file = local.get().resolve(name);
      return attributes(file).filter(BasicFileAttributes::isRegularFile).map(found -> metadata(file, found));
    }
    return FileSystems.match(file(name).toString(), EmptyMatchTreatment.ALLOW).metadata().stream().findFirst();
  }

  /** The folders directly in this one that hold a file of this name, in name order. */
  public List<Folder> foldersHolding(String name) throws IOException {
    if (local.isPresent()) {
      if (!Files.isDirectory(local.get())) {
        return List.of();
      }
      try (Stream<Path> entries = Files.list(local.get())) {
        return entries.filter(folder -> Files.isRegularFile(folder.resolve(name))).sorted().map(Folder::of).toList();
      }
    }
    ResourceId files = id.resolve("*", StandardResolveOptions.RESOLVE_DIRECTORY)
        .resolve(name, StandardResolveOptions.RESOLVE_FILE);
    return FileSystems.match(files.toString(), EmptyMatchTreatment.ALLOW).metadata().stream()
        .map(file -> new Folder(Optional.empty(), file.resourceId().getCurrentDirectory()))
        .sorted(Comparator.comparing(Folder::toString))
        .toList();
  }

  /**
   * A local entry's attributes, following links; empty when they cannot be read (a link to nothing, a loop of links),
   * as {@link Files#isRegularFile} is false then.
   */
  static Optional<BasicFileAttributes> attributes(Path entry) {
    try {
      return Optional.of(Files.readAttributes(entry, BasicFileAttributes.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static MatchResult.Metadata metadata(Path file, BasicFileAttributes attributes) {
    return MatchResult.Metadata.builder()
        .setResourceId(FileSystems.matchNewResource(file.toAbsolutePath().toString(), false))
        .setSizeBytes(attributes.size())
        .setIsReadSeekEfficient(true)
        .setLastModifiedMillis(attributes.lastModifiedTime().toMillis())
        .build();
  }

  public InputStream open(String name) throws IOException {
    return Channels.newInputStream(FileSystems.open(file(name)));
  }

  /** Creates (or replaces) the file; on an object store it appears, whole, when the stream is closed. */
  public OutputStream create(String name) throws IOException {
    return Channels.newOutputStream(FileSystems.create(file(name), MimeTypes.BINARY));
  }

  /**
   * Deletes every file directly in the folder, then the folder itself when it is local (on an object store a folder
   * is only the prefix of its files' names, gone with them).
   */
  public void deleteFiles() throws IOException {
    FileSystems.delete(files().stream().map(MatchResult.Metadata::resourceId).toList(),
        StandardMoveOptions.IGNORE_MISSING_FILES);
    if (local.isPresent()) {
      Files.deleteIfExists(local.get());
    }
  }

  @Override
  public String toString() {
    return local.map(Path::toString).orElse(id.toString());
  }
}
