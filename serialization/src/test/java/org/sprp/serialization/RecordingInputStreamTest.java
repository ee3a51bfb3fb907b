package org.sprp.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The stream that keeps what the parser read, so that problems can be located afterwards. */
class RecordingInputStreamTest {

  private static RecordingInputStream over(String text, long limit) {
    return new RecordingInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), limit,
        () -> new IllegalStateException("past " + limit));
  }

  @Test
  void recordsWhatIsReadByteByByteAndInBlocks() throws IOException {
    RecordingInputStream in = over("abcdefgh", 100);

    assertThat(in.read()).isEqualTo('a');
    byte[] block = new byte[3];
    assertThat(in.read(block, 0, 3)).isEqualTo(3);
    assertThat(new String(block, StandardCharsets.US_ASCII)).isEqualTo("bcd");
    assertThat(new String(in.bytes(), StandardCharsets.US_ASCII)).isEqualTo("abcd");
  }

  @Test
  void skippedBytesAreReadAndRecorded() throws IOException {
    RecordingInputStream in = over("abcdef", 100);

    assertThat(in.skip(2)).isEqualTo(2);
    assertThat(in.read()).isEqualTo('c');
    assertThat(new String(in.bytes(), StandardCharsets.US_ASCII)).isEqualTo("abc");
    assertThat(in.skip(10)).isEqualTo(3);
    assertThat(in.skip(1)).isZero();
  }

  @Test
  void theEndIsNotRecorded() throws IOException {
    RecordingInputStream in = over("ab", 100);

    assertThat(in.read(new byte[10], 0, 10)).isEqualTo(2);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.read(new byte[10], 0, 10)).isEqualTo(-1);
    assertThat(in.bytes()).hasSize(2);
  }

  @Test
  void aZeroByteReadAloneIsRecorded() throws IOException {
    RecordingInputStream in = new RecordingInputStream(new ByteArrayInputStream(new byte[] {0, 1}), 10,
        () -> new IllegalStateException("past"));

    assertThat(in.read()).isZero();
    assertThat(in.read()).isEqualTo(1);
    assertThat(in.bytes()).containsExactly(0, 1);
  }

  @Test
  void marksAreNotSupported() {
    assertThat(over("ab", 100).markSupported()).isFalse();
  }

  @Test
  void exactlyTheLimitIsAllowedAndOneByteMoreFails() throws IOException {
    RecordingInputStream atLimit = over("abcd", 4);
    assertThat(atLimit.read(new byte[4], 0, 4)).isEqualTo(4);
    assertThat(atLimit.bytes()).hasSize(4);

    RecordingInputStream past = over("abcde", 4);
    assertThat(past.read(new byte[4], 0, 4)).isEqualTo(4);
    assertThatIllegalStateException().isThrownBy(past::read).withMessage("past 4");
  }

  @Test
  void growsBeyondItsFirstBuffer() throws IOException {
    String text = "x".repeat(20_000) + "end";
    RecordingInputStream in = over(text, 1_000_000);

    byte[] buffer = new byte[7_000];
    while (in.read(buffer, 0, buffer.length) > 0) {
      // read to the end
    }
    assertThat(new String(in.bytes(), StandardCharsets.US_ASCII)).isEqualTo(text);
  }

  @Test
  void growsAtOnceForOneReadLargerThanTwiceItsBuffer() throws IOException {
    // A stream may hand over more in one read than doubling the first buffer (8 KiB) holds.
    String text = "y".repeat(20_000) + "end";
    RecordingInputStream in = over(text, 1_000_000);

    byte[] buffer = new byte[text.length()];
    assertThat(in.read(buffer, 0, buffer.length)).isEqualTo(text.length());
    assertThat(new String(in.bytes(), StandardCharsets.US_ASCII)).isEqualTo(text);
  }
}
