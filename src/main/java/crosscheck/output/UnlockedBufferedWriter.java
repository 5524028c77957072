package crosscheck.output;

import java.io.IOException;
import java.io.Writer;

/**
 * A {@link java.io.BufferedWriter} for one thread: hands its characters on in large blocks, without a lock per write
 * (POI writes a spreadsheet row as many small strings). Closing it again does nothing: POI closes a sheet's writer
 * when it writes the sheet, and again when the book is let go.
 */
final class UnlockedBufferedWriter extends Writer {
  private final Writer out;
  private final char[] buffer = new char[1 << 16];
  private int used;
  private boolean closed;

  UnlockedBufferedWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    if (used == buffer.length) {
      flushBuffer();
    }
    buffer[used++] = (char) c;
  }

  @Override
  public void write(String text, int from, int length) throws IOException {
    for (int end = from + length; from < end; ) {
      int n = room(end - from);
      text.getChars(from, from + n, buffer, used);
      used += n;
      from += n;
    }
  }

  @Override
  public void write(char[] chars, int from, int length) throws IOException {
    for (int end = from + length; from < end; ) {
      int n = room(end - from);
      System.arraycopy(chars, from, buffer, used, n);
      used += n;
      from += n;
    }
  }

  @Override
  public void write(String text) throws IOException {
    write(text, 0, text.length());
  }

  /** How many of {@code wanted} characters fit in the buffer now, emptying it first when it is full. */
  private int room(int wanted) throws IOException {
    if (used == buffer.length) {
      flushBuffer();
    }
    return Math.min(buffer.length - used, wanted);
  }

  private void flushBuffer() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
  }

  @Override
  public void flush() throws IOException {
    flushBuffer();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      flushBuffer();
      out.close();
    }
  }
}
