package org.sprp.serialization;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Passes a stream through to the parser while keeping the bytes read so far, so that the problems
 * found once a document has been read can be located in it. It never holds more than the document
 * limit: past it, it fails at once, without reading the rest of the stream.
 */
final class RecordingInputStream extends FilterInputStream {

  private final long limit;
  private final TooLarge tooLarge;
  private byte[] bytes = new byte[8192];
  private int length;

  /** Makes the error for a stream past the limit. */
  interface TooLarge {
    RuntimeException error();
  }

  RecordingInputStream(InputStream in, long limit, TooLarge tooLarge) {
    super(in);
    this.limit = limit;
    this.tooLarge = tooLarge;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      record(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) throws IOException {
    int n = super.read(buffer, offset, count);
    if (n > 0) {
      record(buffer, offset, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes would leave a hole in the record: read them instead.
    byte[] skipped = new byte[(int) Math.min(n, 8192)];
    int read = read(skipped, 0, skipped.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void record(byte[] buffer, int offset, int count) {
    if (length + (long) count > limit) {
      throw tooLarge.error();
    }
    if (length + count > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max((long) bytes.length * 2, length + (long) count), limit));
    }
    System.arraycopy(buffer, offset, bytes, length, count);
    length += count;
  }

  /** The bytes read so far. */
  byte[] bytes() {
    return Arrays.copyOf(bytes, length);
  }
}
