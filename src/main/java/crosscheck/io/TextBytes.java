package crosscheck.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides what text a file's bytes hold, or says by name why they hold none: UTF-8, with or without a byte order
 * mark (the mark is not part of the text); UTF-16 with a byte order mark where the format allows it; anything else
 * (UTF-32, UTF-16 without a mark, Latin-1, binary) is refused with a reason a person can act on.
 */
public final class TextBytes {

  /** Bytes looked at to tell binary and UTF-16 without a mark from text. */
  public static final int HEAD = 8192;

  /** The text, or why there is none ({@code text} null). */
  public record Decoded(String text, String problem) {}

  /** A byte order mark at the start of a file: the encoding it names and its length in bytes. */
  public enum Mark {
    NONE(null, 0), UTF_8(StandardCharsets.UTF_8, 3), UTF_16BE(StandardCharsets.UTF_16BE, 2),
    UTF_16LE(StandardCharsets.UTF_16LE, 2), UTF_32BE(null, 4), UTF_32LE(null, 4);

    final Charset charset;
    public final int length;

    Mark(Charset charset, int length) {
      this.charset = charset;
      this.length = length;
    }

    public static Mark of(byte[] head, int length) {
      if (starts(head, length, 0x00, 0x00, 0xFE, 0xFF)) {
        return UTF_32BE;
      }
      if (starts(head, length, 0xFF, 0xFE, 0x00, 0x00)) {
        return UTF_32LE;
      }
      if (starts(head, length, 0xEF, 0xBB, 0xBF)) {
        return UTF_8;
      }
      if (starts(head, length, 0xFE, 0xFF)) {
        return UTF_16BE;
      }
      return starts(head, length, 0xFF, 0xFE) ? UTF_16LE : NONE;
    }

    private static boolean starts(byte[] bytes, int length, int... prefix) {
      if (length < prefix.length) {
        return false;
      }
      for (int i = 0; i < prefix.length; i++) {
        if ((bytes[i] & 0xFF) != prefix[i]) {
          return false;
        }
      }
      return true;
    }

    String label() {
      return name().replace('_', '-');
    }
  }

  private TextBytes() {}

  /**
   * Why a file that opens with {@code head} (its first {@code length} bytes, at most {@link #HEAD}) cannot be read as
   * text, or null: empty, UTF-32, UTF-16 where {@code utf16Allowed} is false, UTF-16 without a byte order mark,
   * binary (a NUL byte).
   */
  public static String problemOfHead(byte[] head, int length, boolean utf16Allowed) {
    if (length == 0) {
      return "empty file";
    }
    Mark mark = Mark.of(head, length);
    if (mark.charset == null && mark != Mark.NONE) {
      return mark.label() + " text (byte order mark at the start): save it as UTF-8";
    }
    if (mark == Mark.UTF_16BE || mark == Mark.UTF_16LE) {
      return utf16Allowed ? null : mark.label() + " text (byte order mark at the start): this format must be UTF-8";
    }
    String utf16 = utf16WithoutMark(head, length);
    if (utf16 != null) {
      return utf16 + " text without a byte order mark: save it as UTF-8";
    }
    for (int i = 0; i < length; i++) {
      if (head[i] == 0) {
        return "binary file: NUL byte at offset " + i;
      }
    }
    return null;
  }

  /**
   * The text of a whole file: {@link #problemOfHead} first, then a strict decoding in the encoding its byte order
   * mark names, else UTF-8; the mark is left out of the text.
   */
  public static Decoded decode(byte[] bytes, boolean utf16Allowed) {
    String problem = problemOfHead(bytes, Math.min(bytes.length, HEAD), utf16Allowed);
    if (problem != null) {
      return new Decoded(null, problem);
    }
    Mark mark = Mark.of(bytes, bytes.length);
    Charset charset = mark == Mark.NONE ? StandardCharsets.UTF_8 : mark.charset;
    Decoded decoded = decode(bytes, mark.length, bytes.length - mark.length, charset, 0);
    if (decoded.text() != null && decoded.text().indexOf('\0') >= 0) {
      return new Decoded(null, "binary file: NUL character at character " + decoded.text().indexOf('\0'));
    }
    return decoded;
  }

  /**
   * {@code length} bytes from {@code from} decoded strictly; a malformed sequence is reported at its byte offset,
   * counted from {@code fileOffset} (where {@code bytes[0]} lies in the file) and from {@code from}.
   */
  public static Decoded decode(byte[] bytes, int from, int length, Charset charset, long fileOffset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, (long) length + 1));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      String hint = charset.equals(StandardCharsets.UTF_8) ? " (Latin-1 or Windows-1252? save it as UTF-8)" : "";
      return new Decoded(null, "not valid " + charset.name() + ": malformed byte sequence at byte offset "
          + (fileOffset + in.position()) + hint);
    }
    return new Decoded(out.flip().toString(), null);
  }

  /**
   * "UTF-16LE" or "UTF-16BE" when the bytes look like UTF-16 text without a byte order mark (every other byte NUL,
   * the bytes between not), else null.
   */
  private static String utf16WithoutMark(byte[] head, int length) {
    int pairs = length / 2;
    if (pairs < 2) {
      return null;
    }
    int[] zeros = new int[2];
    for (int i = 0; i < pairs * 2; i++) {
      if (head[i] == 0) {
        zeros[i % 2]++;
      }
    }
    if (zeros[0] == 0 && zeros[1] * 10 >= pairs * 9) {
      return "UTF-16LE";
    }
    return zeros[1] == 0 && zeros[0] * 10 >= pairs * 9 ? "UTF-16BE" : null;
  }
}
