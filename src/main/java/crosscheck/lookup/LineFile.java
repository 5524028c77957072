package crosscheck.lookup;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A finished run's output file, memory-mapped, searched without loading it: binary search over lines sorted by a key
 * ({@code claims.jsonl} is sorted by claim id, {@code groups.jsonl} by group key), or one pass for the lines that
 * contain some text. Files up to 2 GB.
 */
final class LineFile {

  private static final int CHUNK = 8 << 20;

  private final MappedByteBuffer bytes;
  private final int size;

  LineFile(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      if (channel.size() > Integer.MAX_VALUE) {
        throw new IOException(file + " is over 2 GB; split the run");
      }
      this.size = (int) channel.size();
      this.bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
    }
  }

  /** The line whose key ({@code keyOf}) equals {@code key}, in a file sorted by that key; null when absent. */
  String findSorted(String key, Function<String, String> keyOf) {
    int low = 0;
    int high = size;
    while (low < high) {
      int middle = lineStart((low + high) >>> 1);
      String line = lineAt(middle);
      int cmp = keyOf.apply(line).compareTo(key);
      if (cmp == 0) {
        return line;
      }
      if (cmp < 0) {
        low = middle + line.getBytes(StandardCharsets.UTF_8).length + 1;
      } else {
        high = middle;
      }
    }
    return null;
  }

  /**
   * The start of every line containing {@code text}, ignoring ASCII case: one pass in large bulk reads, the chunks
   * searched in parallel.
   */
  List<Integer> lineStartsContaining(String text) {
    byte[] needle = text.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    if (needle.length == 0) {
      return List.of();
    }
    int chunks = (size + CHUNK - 1) / CHUNK;
    java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
    java.util.stream.IntStream.range(0, chunks).parallel()
        .mapToObj(c -> searchChunk(c * CHUNK, needle))
        .forEachOrdered(starts::addAll);
    return new ArrayList<>(starts);
  }

  private List<Integer> searchChunk(int base, byte[] needle) {
    byte first = needle[0];
    byte firstUpper = first >= 'a' && first <= 'z' ? (byte) (first - ('a' - 'A')) : first;
    byte[] chunk = new byte[Math.min(CHUNK + needle.length - 1, size - base)];
    bytes.get(base, chunk, 0, chunk.length);
    int last = Math.min(CHUNK, chunk.length - needle.length + 1);
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < last; i++) {
      byte b = chunk[i];
      if ((b == first || b == firstUpper) && matchesAt(chunk, i, needle)) {
        int back = i;
        while (back > 0 && chunk[back - 1] != '\n') {
          back--;
        }
        starts.add(back > 0 ? base + back : lineStart(base + i));
        while (i < last && chunk[i] != '\n') {
          i++;
        }
      }
    }
    return starts;
  }

  private static boolean matchesAt(byte[] chunk, int at, byte[] needle) {
    for (int j = 1; j < needle.length; j++) {
      byte b = chunk[at + j];
      if (b >= 'A' && b <= 'Z') {
        b += 'a' - 'A';
      }
      if (b != needle[j]) {
        return false;
      }
    }
    return true;
  }

  private int lineStart(int position) {
    int i = Math.min(position, size - 1);
    while (i > 0 && bytes.get(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  String lineAt(int start) {
    int end = start;
    while (end < size && bytes.get(end) != '\n') {
      end++;
    }
    byte[] line = new byte[end - start];
    bytes.get(start, line);
    return new String(line, StandardCharsets.UTF_8);
  }
}
