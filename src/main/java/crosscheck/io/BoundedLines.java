package crosscheck.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream, as bytes, each held only up to a limit: a longer line is measured and passed over, never
 * held whole, so that one line of gigabytes cannot fill the heap. Lines end at '\n'; a '\r' before it is dropped.
 */
final class BoundedLines {

  /**
   * One line: its number (from 1), the offset of its first byte in the stream, its length in bytes, and the bytes,
   * or null when it is longer than the limit.
   */
  record Line(int number, long offset, long length, byte[] bytes) {}

  private final InputStream in;
  private final long limit;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int end;
  private long consumed;
  private int number;

  /** @param skip bytes at the start of the stream that belong to no line (a byte order mark) */
  BoundedLines(InputStream in, long limit, int skip) throws IOException {
    this.in = in;
    this.limit = limit;
    in.skipNBytes(skip);
    consumed = skip;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    long start = consumed;
    long length = 0;
    ByteArrayOutputStream held = new ByteArrayOutputStream();
    boolean ended = false;
    while (!ended) {
      if (position == end && !fill()) {
        if (length == 0 && consumed == start) {
          return null;
        }
        break;
      }
      int newline = indexOfNewline();
      int stop = newline < 0 ? end : newline;
      int count = stop - position;
      if (held != null && length + count - 1 <= limit) {
        held.write(buffer, position, count);
      } else {
        held = null;
      }
      length += count;
      consumed += count + (newline < 0 ? 0 : 1);
      position = newline < 0 ? end : newline + 1;
      ended = newline >= 0;
    }
    number++;
    byte[] bytes = held == null ? null : held.toByteArray();
    if (bytes != null && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, bytes.length - 1);
      length--;
    }
    return new Line(number, start, length, bytes != null && bytes.length <= limit ? bytes : null);
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer);
    position = 0;
    end = Math.max(read, 0);
    return read > 0;
  }

  private int indexOfNewline() {
    byte[] bytes = buffer;
    for (int i = position, stop = end; i < stop; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
