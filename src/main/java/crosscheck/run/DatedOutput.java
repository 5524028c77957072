package crosscheck.run;

import crosscheck.io.Folder;
import crosscheck.pipeline.WriteSortedFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * An output on an object store, where a folder cannot be renamed, let alone atomically: each run writes into a new
 * folder under the output, named by its start time in UTC to the millisecond ({@code 2026-11-26T210000.123Z}, so
 * that names sort as times), and commits it by writing {@value #SUCCESS} there last, after every other file is
 * complete. A reader takes the newest folder holding {@value #SUCCESS}; a run that failed or was killed leaves a
 * folder without it, and never changes an earlier folder.
 */
public final class DatedOutput implements RunOutput {

  /** The marker a committed run writes last. */
  static final String SUCCESS = "_SUCCESS";
  static final DateTimeFormatter FOLDER_NAME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Folder run;

  private DatedOutput(Folder run) {
    this.run = run;
  }

  /** The folder of a run started at {@code started} under {@code root}, refused if another run wrote there. */
  static DatedOutput start(Folder root, Instant started) throws IOException {
    Folder run = root.folder(FOLDER_NAME.format(started));
    if (!run.files().isEmpty()) {
      throw new IOException(run + " already holds files: another run started in the same millisecond");
    }
    return new DatedOutput(run);
  }

  /** The run a reader takes under {@code root}: the newest folder holding {@value #SUCCESS}, if any. */
  public static Optional<Folder> newestCommitted(Folder root) throws IOException {
    return root.foldersHolding(SUCCESS).stream().reduce((older, newer) -> newer);
  }

  @Override
  public Folder staging() {
    return run;
  }

  @Override
  public void commit() throws IOException {
    try (OutputStream marker = run.create(SUCCESS)) {
      // Empty: its presence is the commit.
    }
  }

  /** Left where it is: without {@value #SUCCESS}, no reader takes it. */
  @Override
  public String setAside(String why) {
    return run.toString();
  }

  @Override
  public void abandon() {
    try {
      run.folder(WriteSortedFiles.PARTS).deleteFiles();
      run.deleteFiles();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Folder result() {
    return run;
  }
}
