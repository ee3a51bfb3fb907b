package org.sprp.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to hurt a reader: each is refused with a clear message, within the limits, and —
 * for streams — without reading an oversized input whole. The timeouts only catch a hang; they
 * measure nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

  private static final ProgrammeJson JSON = ProgrammeJson.strict();

  /** The lenient reader skips unknown fields, so it is the one that walks into their depths. */
  private static final ProgrammeJson LENIENT = ProgrammeJson.builder().lenient(true).build();
  private static final String HEAD = "{\"format\": \"sprp-programme\", \"formatVersion\": \"1.0\", ";

  /**
   * A stream of a prefix, a unit repeated many times and a suffix, made as it is read, that counts
   * how many bytes the reader took from it.
   */
  static final class GeneratedStream extends InputStream {
    private final byte[] prefix;
    private final byte[] unit;
    private final long repeats;
    private final byte[] suffix;
    private long position;
    private final long length;

    GeneratedStream(String prefix, String unit, long repeats, String suffix) {
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
      this.unit = unit.getBytes(StandardCharsets.UTF_8);
      this.repeats = repeats;
      this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
      this.length = this.prefix.length + this.unit.length * repeats + this.suffix.length;
    }

    long length() {
      return length;
    }

    long consumed() {
      return position;
    }

    @Override
    public int read() {
      if (position >= length) {
        return -1;
      }
      long p = position++;
      if (p < prefix.length) {
        return prefix[(int) p] & 0xFF;
      }
      p -= prefix.length;
      if (p < unit.length * repeats) {
        return unit[(int) (p % unit.length)] & 0xFF;
      }
      return suffix[(int) (p - unit.length * repeats)] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      if (position >= length) {
        return -1;
      }
      int n = 0;
      while (n < count && position < length) {
        buffer[offset + n++] = (byte) read();
      }
      return n;
    }
  }

  private static ProgrammeJsonException refused(InputStream in) {
    try {
      JSON.read(in);
    } catch (ProgrammeJsonException e) {
      return e;
    }
    throw new AssertionError("the reader accepted a hostile input");
  }

  private static ProgrammeJsonException refused(String document) {
    try {
      JSON.read(document.getBytes(StandardCharsets.UTF_8));
    } catch (ProgrammeJsonException e) {
      return e;
    }
    throw new AssertionError("the reader accepted a hostile input: " + document);
  }

  @Test
  void nesting100000Deep() {
    GeneratedStream atTheTop = new GeneratedStream("", "[", 100_000, "");
    GeneratedStream inAnUnknownField = new GeneratedStream(HEAD + "\"x\": ", "[", 100_000, "");

    assertThat(refused(atTheTop).getMessage())
        .isEqualTo("(document) (line 1, column 1): expected an object (Programme), found an array");
    assertThat(atTheTop.consumed()).isLessThan(100_000);
    assertThatExceptionOfType(ProgrammeJsonException.class).isThrownBy(() -> LENIENT.read(inAnUnknownField))
        .withMessageContaining("the document nests deeper than 32 levels, the limit maxDepth");
    assertThat(inAnUnknownField.consumed()).isLessThan(100_000);
  }

  @Test
  void nestedObjects100000Deep() {
    String document = HEAD + "\"x\": " + "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_001);

    assertThatExceptionOfType(ProgrammeJsonException.class).isThrownBy(() -> LENIENT.read(document))
        .withMessageContaining("nests deeper than 32 levels");
  }

  @Test
  void aStringOf100Megabytes() {
    GeneratedStream in = new GeneratedStream(HEAD + "\"id\": \"", "a", 100_000_000L, "\"}");

    ProgrammeJsonException e = refused(in);

    assertThat(e.getMessage()).contains("a string is longer than 1048576 characters, the limit maxStringLength");
    assertThat(in.consumed()).as("bytes read of %s", in.length()).isLessThan(4L * 1024 * 1024);
  }

  @Test
  void aNumberOf10000Digits() {
    ProgrammeJsonException e = refused(HEAD + "\"id\": \"p\", \"name\": {\"en\": \"P\"}, \"activities\": [{"
        + "\"sequenceNumber\": " + "9".repeat(10_000) + "}]}");

    assertThat(e.getMessage()).contains("a number is longer than 32 characters");
  }

  @Test
  void aMillionEntitiesPastTheEntityLimit() {
    GeneratedStream in = new GeneratedStream(HEAD + "\"id\": \"p\", \"name\": {\"en\": \"P\"}, \"topics\": [",
        "{\"id\": \"t\", \"name\": {\"en\": \"T\"}},", ProgrammeJson.DEFAULT_MAX_ENTITIES + 1_000_000L,
        "{\"id\": \"t\", \"name\": {\"en\": \"T\"}}]}");

    ProgrammeJsonException e = refused(in);

    assertThat(e.pointer()).isEqualTo("/topics/500000");
    assertThat(e.getMessage()).contains("the document has more than 500000 entities, the limit maxEntities");
    assertThat(in.consumed()).as("bytes read of %s", in.length()).isLessThan(in.length() / 2);
  }

  @Test
  void aStreamPastTheDocumentLimitIsNotReadWhole() {
    ProgrammeJson small = ProgrammeJson.builder().maxDocumentBytes(100_000).lenient(true).build();
    GeneratedStream in = new GeneratedStream(HEAD + "\"id\": \"p\", \"name\": {\"en\": \"P\"}, \"x\": [",
        "1,", 10_000_000, "1]}");

    assertThatExceptionOfType(ProgrammeJsonException.class).isThrownBy(() -> small.read(in))
        .withMessageContaining("the document is larger than 100000 bytes, the limit maxDocumentBytes");
    assertThat(in.consumed()).isLessThan(200_000);
  }

  @Test
  void duplicateKeys() {
    ProgrammeJsonException e = refused(HEAD + "\"id\": \"p\", \"id\": \"q\", \"name\": {\"en\": \"P\"}}");

    assertThat(e.pointer()).isEqualTo("/id");
    assertThat(e.getMessage()).contains("duplicate field 'id' in Programme");
  }

  @Test
  void aByteOrderMark() {
    byte[] withBom = ("\uFEFF" + HEAD + "\"id\": \"p\", \"name\": {\"en\": \"P\"}}").getBytes(StandardCharsets.UTF_8);

    assertThatExceptionOfType(ProgrammeJsonException.class).isThrownBy(() -> JSON.read(withBom))
        .withMessage("(document) (line 1, column 1): the document starts with a byte order mark: "
            + "the format is UTF-8 without one");
    assertThatExceptionOfType(ProgrammeJsonException.class)
        .isThrownBy(() -> JSON.read(new ByteArrayInputStream(withBom)))
        .withMessageContaining("byte order mark");
    assertThatExceptionOfType(ProgrammeJsonException.class)
        .isThrownBy(() -> JSON.read(new String(withBom, StandardCharsets.UTF_8)))
        .withMessageContaining("byte order mark");
  }

  @Test
  void utf16() {
    byte[] bigEndian = (HEAD + "\"id\": \"p\", \"name\": {\"en\": \"P\"}}").getBytes(StandardCharsets.UTF_16BE);
    byte[] littleEndian = (HEAD + "\"id\": \"p\", \"name\": {\"en\": \"P\"}}").getBytes(StandardCharsets.UTF_16LE);
    byte[] withMark = (HEAD + "\"id\": \"p\", \"name\": {\"en\": \"P\"}}").getBytes(StandardCharsets.UTF_16);

    for (byte[] document : new byte[][] {bigEndian, littleEndian, withMark}) {
      assertThatExceptionOfType(ProgrammeJsonException.class).isThrownBy(() -> JSON.read(document))
          .withMessage("(document) (line 1, column 1): the document is not UTF-8 (it looks like UTF-16 or "
              + "UTF-32): the format is UTF-8");
    }
  }

  @Test
  void invalidUtf8() {
    byte[] head = (HEAD + "\"id\": \"p\", \"name\": {\"en\": \"").getBytes(StandardCharsets.UTF_8);
    byte[] document = new byte[head.length + 4];
    System.arraycopy(head, 0, document, 0, head.length);
    document[head.length] = (byte) 0xC3;      // a lead byte with no continuation
    document[head.length + 1] = (byte) 0x28;
    document[head.length + 2] = '"';
    document[head.length + 3] = '}';

    assertThatExceptionOfType(ProgrammeJsonException.class).isThrownBy(() -> JSON.read(document))
        .withMessageContaining("malformed JSON: Invalid UTF-8");
  }

  @Test
  void nanAndInfinity() {
    for (String number : new String[] {"NaN", "Infinity", "-Infinity"}) {
      ProgrammeJsonException e = refused(HEAD + "\"id\": \"p\", \"name\": {\"en\": \"P\"}, \"activities\": [{"
          + "\"sequenceNumber\": " + number + "}]}");

      assertThat(e.getMessage()).contains("malformed JSON: Non-standard token '" + number + "'");
      assertThat(e.pointer()).isEqualTo("/activities/0/sequenceNumber");
    }
  }

  @Test
  void comments() {
    for (String comment : new String[] {"/* note */", "// note\n", "# note\n"}) {
      ProgrammeJsonException e = refused(HEAD + comment + "\"id\": \"p\", \"name\": {\"en\": \"P\"}}");

      assertThat(e.getMessage()).contains("malformed JSON: Unexpected character");
    }
  }

  @Test
  void trailingContent() {
    String programme = HEAD + "\"id\": \"p\", \"name\": {\"en\": \"P\"}}";

    assertThat(refused(programme + " {}").getMessage())
        .contains("unexpected content after the end of the document");
    assertThat(refused(programme + " x").getMessage()).contains("malformed JSON");
    assertThat(JSON.read(programme + " \n\t\r\n").id().value()).isEqualTo("p");
  }

  @Test
  void anEmptyInput() {
    for (String empty : new String[] {"", "  \n "}) {
      assertThat(refused(empty).getMessage())
          .isEqualTo("(document) (line 1, column 1): the document is empty: expected an object (Programme)");
    }
    assertThat(refused(new ByteArrayInputStream(new byte[0])).getMessage()).contains("the document is empty");
  }

  @Test
  void nullAtTheTop() {
    assertThat(refused("null").getMessage())
        .isEqualTo("(document) (line 1, column 1): expected an object (Programme), found null");
  }

  @Test
  void idsThatDifferOnlyByCaseOrUnicodeNormalisationAreRefusedByTheIdRule() {
    String upper = HEAD + "\"id\": \"p\", \"name\": {\"en\": \"P\"}, \"themes\": ["
        + "{\"id\": \"ageing\", \"name\": {\"en\": \"A\"}}, {\"id\": \"Ageing\", \"name\": {\"en\": \"B\"}}]}";
    String composed = HEAD + "\"id\": \"p\", \"name\": {\"en\": \"P\"}, \"themes\": ["
        + "{\"id\": \"caf\u00e9\", \"name\": {\"en\": \"A\"}}]}";
    String decomposed = HEAD + "\"id\": \"p\", \"name\": {\"en\": \"P\"}, \"themes\": ["
        + "{\"id\": \"cafe\u0301\", \"name\": {\"en\": \"A\"}}]}";

    assertThat(refused(upper).getMessage()).contains("/themes/1/id")
        .contains("theme id 'Ageing' is invalid at index 0, 'A': an id is lower-case letters a-z, digits 0-9 and hyphens");
    assertThat(refused(composed).getMessage()).contains("/themes/0/id").contains("theme id 'café' is invalid");
    assertThat(refused(decomposed).getMessage()).contains("/themes/0/id")
        .contains("theme id 'cafe\\u0301' is invalid at index 4, U+0301");
  }

  /** A long or unprintable field name, enum value or format is quoted short and on one line. */
  @Test
  void messagesQuoteWhatTheDocumentSaysShortAndOnOneLine() {
    String longName = "x".repeat(10_000);
    assertThat(refused(HEAD + "\"" + longName + "\": 1}").getMessage())
        .contains("unknown field '" + "x".repeat(40) + "...' (10000 characters) in Programme: expected one of");
    assertThat(refused(HEAD.replace("\"sprp-programme\"", "\"sprp\\nprogramme\"") + "\"id\": \"p\"}").getMessage())
        .contains("format 'sprp\\u000Aprogramme' is not 'sprp-programme'");
    assertThat(refused(HEAD + "\"id\": \"p\", \"name\": {\"en\": \"P\"}, \"places\": [{\"id\": \"x\", "
        + "\"level\": \"city\\u2028\", \"name\": {\"en\": \"X\"}}]}").getMessage())
        .contains("unknown place level 'city\\u2028': expected one of");
  }
}
