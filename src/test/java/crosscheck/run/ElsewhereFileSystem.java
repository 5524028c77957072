package crosscheck.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.beam.sdk.io.FileSystem;
import org.apache.beam.sdk.io.FileSystemRegistrar;
import org.apache.beam.sdk.io.fs.CreateOptions;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * A file system that Beam takes for a remote one, an object store's stand-in, kept on this machine's disk:
 * {@code elsewhere:///tmp/x/} is the folder {@code /tmp/x}. The job sees only its scheme, so it treats it as it would
 * {@code gs://}: no local path, listed by Beam's match, written through {@code FileSystems} alone.
 */
public final class ElsewhereFileSystem extends FileSystem<ElsewhereFileSystem.Id> {

  static final String SCHEME = "elsewhere";
  private static final String PREFIX = SCHEME + "://";

  /** Registers the file system with Beam (found through {@code META-INF/services}). */
  public static final class Registrar implements FileSystemRegistrar {
    @Override
    public Iterable<FileSystem<?>> fromOptions(PipelineOptions options) {
      return List.of(new ElsewhereFileSystem());
    }
  }

  /** A file or folder by its absolute path; a folder's path ends with '/'. */
  record Id(String path) implements ResourceId {

    @Override
    public ResourceId resolve(String other, ResolveOptions options) {
      return new Id(path + other + (options == StandardResolveOptions.RESOLVE_DIRECTORY ? "/" : ""));
    }

    @Override
    public ResourceId getCurrentDirectory() {
      return isDirectory() ? this : new Id(path.substring(0, path.lastIndexOf('/') + 1));
    }

    @Override
    public String getScheme() {
      return SCHEME;
    }

    @Override
    public String getFilename() {
      String name = isDirectory() ? path.substring(0, path.length() - 1) : path;
      return name.substring(name.lastIndexOf('/') + 1);
    }

    @Override
    public boolean isDirectory() {
      return path.endsWith("/");
    }

    @Override
    public String toString() {
      return PREFIX + path;
    }

    Path local() {
      return Path.of(path);
    }
  }

  /** Expands '*' one path segment at a time, as an object store does (a '*' never crosses a '/'). */
  @Override
  protected List<MatchResult> match(List<String> specs) throws IOException {
    List<MatchResult> results = new ArrayList<>();
    for (String spec : specs) {
      List<Path> found = List.of(Path.of("/"));
      for (String segment : spec.substring(PREFIX.length() + 1).split("/")) {
        List<Path> next = new ArrayList<>();
        for (Path dir : found) {
          if (!segment.contains("*")) {
            next.add(dir.resolve(segment));
          } else if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, segment)) {
              entries.forEach(next::add);
            }
          }
        }
        found = next;
      }
      List<MatchResult.Metadata> files = new ArrayList<>();
      for (Path file : found.stream().filter(Files::isRegularFile).sorted().toList()) {
        files.add(MatchResult.Metadata.builder().setResourceId(new Id(file.toString())).setSizeBytes(Files.size(file))
            .setIsReadSeekEfficient(true).setLastModifiedMillis(Files.getLastModifiedTime(file).toMillis()).build());
      }
      results.add(files.isEmpty() ? MatchResult.create(MatchResult.Status.NOT_FOUND, new IOException(spec))
          : MatchResult.create(MatchResult.Status.OK, files));
    }
    return results;
  }

  @Override
  protected WritableByteChannel create(Id file, CreateOptions options) throws IOException {
    Files.createDirectories(file.local().getParent());
    return FileChannel.open(file.local(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
  }

  @Override
  protected ReadableByteChannel open(Id file) throws IOException {
    return FileChannel.open(file.local());
  }

  @Override
  protected void copy(List<Id> from, List<Id> to) throws IOException {
    for (int i = 0; i < from.size(); i++) {
      Files.copy(from.get(i).local(), to.get(i).local());
    }
  }

  @Override
  protected void rename(List<Id> from, List<Id> to, MoveOptions... options) throws IOException {
    for (int i = 0; i < from.size(); i++) {
      Files.move(from.get(i).local(), to.get(i).local());
    }
  }

  /** Deletes files only: an object store has no folders to delete. */
  @Override
  protected void delete(Collection<Id> files) throws IOException {
    for (Id file : files) {
      Files.delete(file.local());
    }
  }

  @Override
  protected Id matchNewResource(String spec, boolean isDirectory) {
    String path = spec.substring(PREFIX.length());
    return new Id(isDirectory && !path.endsWith("/") ? path + "/" : path);
  }

  @Override
  protected String getScheme() {
    return SCHEME;
  }
}
