package crosscheck.run;

import crosscheck.io.Folder;
import java.io.IOException;

/**
 * Where a run writes, and how its result replaces the previous one: swapped in by renaming a local folder
 * ({@link OutputFolder}), or committed as a new dated folder on any file system ({@link DatedOutput}). Until
 * {@link #commit()} a reader sees the previous output, whole.
 */
interface RunOutput {

  /** The folder this run writes into. */
  Folder staging();

  /** Makes this run's folder the output a reader takes. */
  void commit() throws IOException;

  /** Keeps a finished run that must not replace the output, for inspection; says where it is. */
  String setAside(String why) throws IOException;

  /** Removes what a failed run wrote; the previous output is untouched. */
  void abandon();

  /** Where a reader finds this run's files once it is committed. */
  Folder result();
}
