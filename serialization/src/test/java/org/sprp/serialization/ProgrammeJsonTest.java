package org.sprp.serialization;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.testing.SerializableTester;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sprp.core.EntityId;
import org.sprp.core.Programme;
import org.sprp.core.place.Place;

/** The facade: its defaults and builder, lenient reading, its arguments, and streams and files. */
@DisplayName("ProgrammeJson")
class ProgrammeJsonTest {

  private static final ProgrammeJson STRICT = ProgrammeJson.strict();
  private static final ProgrammeJson LENIENT = ProgrammeJson.builder().lenient(true).build();

  @Test
  @DisplayName("a file name passed to read(String) gets a hint to pass a Path; a document does not")
  void aFileNamePassedAsTextGetsAHint() {
    assertThatThrownBy(() -> STRICT.read("target/pilot-sites-2015.json"))
        .isInstanceOfSatisfying(ProgrammeJsonException.class, e -> {
          assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).startsWith("malformed JSON: ")
                .endsWith(" (read(String) reads the document's text; to read a file, pass a Path)");
          });
        });
    // Malformed JSON that begins as JSON does is a document with a mistake, not a file name.
    assertThatThrownBy(() -> STRICT.read("{\"format\": sprp}"))
        .isInstanceOfSatisfying(ProgrammeJsonException.class,
            e -> assertThat(e.getMessage()).startsWith("/format (line 1, column 12): malformed JSON").doesNotContain("Path"));
    assertThatThrownBy(() -> STRICT.read("nonsense\non two lines"))
        .isInstanceOfSatisfying(ProgrammeJsonException.class, e -> assertThat(e.getMessage()).doesNotContain("Path"));
  }

  @Test
  @DisplayName("an id named many times in a document is read once: every reference is the same object")
  // 200 activities: fewer ids of each kind than the 4,096 a read remembers.
  void idsAreReadOncePerDocument() {
    Programme programme = STRICT.read(STRICT.write(RandomProgrammes.generate(42, 200)));
    Map<EntityId, EntityId> first = new HashMap<>();
    int references = 0;
    for (var activity : programme.activities()) {
      for (EntityId id : com.google.common.collect.Iterables.concat(activity.sites(), activity.themes(),
          activity.topics(), activity.answers())) {
        assertThat(first.computeIfAbsent(id, i -> i)).isSameAs(id);
        references++;
      }
    }
    for (var site : programme.sites()) {
      assertThat(first.getOrDefault(site.id(), site.id())).isSameAs(site.id());
    }
    assertThat(references).isGreaterThan(first.size());
  }

  @Test
  @DisplayName("a document with more ids of a kind than a read remembers reads back equal")
  void moreIdsOfAKindThanARemembers() {
    // 5,000 activities: past the 4,096 ids of a kind a read keeps, after which ids are made anew.
    Programme programme = RandomProgrammes.generate(11, 5_000);
    assertThat(programme.activities()).hasSizeGreaterThan(4_096);
    byte[] written = STRICT.write(programme);
    Programme read = STRICT.read(written);
    assertThat(read).isEqualTo(programme);
    assertThat(STRICT.write(read)).isEqualTo(written);
  }

  @Nested
  @DisplayName("strict() and the builder")
  class Configuration {

    @Test
    @DisplayName("toString() gives the mode and the limits")
    void describesItself() {
      assertThat(STRICT).hasToString("ProgrammeJson{strict, maxDocumentBytes=134217728, maxDepth=32, "
          + "maxStringLength=1048576, maxEntities=500000}");
      assertThat(ProgrammeJson.builder().lenient(true).maxDepth(8).build()).hasToString("ProgrammeJson{lenient, "
          + "maxDocumentBytes=134217728, maxDepth=8, maxStringLength=1048576, maxEntities=500000}");
    }

    @Test
    @DisplayName("strict() is shared, not lenient, and has the documented default limits")
    void strictDefaults() {
      assertThat(ProgrammeJson.strict()).isSameAs(STRICT);
      assertThat(STRICT.isLenient()).isFalse();
      assertThat(STRICT.maxDocumentBytes()).isEqualTo(ProgrammeJson.DEFAULT_MAX_DOCUMENT_BYTES).isEqualTo(128L << 20);
      assertThat(STRICT.maxDepth()).isEqualTo(ProgrammeJson.DEFAULT_MAX_DEPTH).isEqualTo(32);
      assertThat(STRICT.maxStringLength()).isEqualTo(ProgrammeJson.DEFAULT_MAX_STRING_LENGTH).isEqualTo(1 << 20);
      assertThat(STRICT.maxEntities()).isEqualTo(ProgrammeJson.DEFAULT_MAX_ENTITIES).isEqualTo(500_000);
    }

    @Test
    @DisplayName("a builder starts from the defaults and keeps what it is given")
    void builder() {
      ProgrammeJson defaults = ProgrammeJson.builder().build();
      ProgrammeJson chosen = ProgrammeJson.builder().lenient(true).maxDocumentBytes(1000).maxDepth(8)
          .maxStringLength(10).maxEntities(3).build();

      assertThat(defaults.isLenient()).isFalse();
      assertThat(defaults.maxDocumentBytes()).isEqualTo(ProgrammeJson.DEFAULT_MAX_DOCUMENT_BYTES);
      assertThat(defaults.maxDepth()).isEqualTo(ProgrammeJson.DEFAULT_MAX_DEPTH);
      assertThat(defaults.maxStringLength()).isEqualTo(ProgrammeJson.DEFAULT_MAX_STRING_LENGTH);
      assertThat(defaults.maxEntities()).isEqualTo(ProgrammeJson.DEFAULT_MAX_ENTITIES);
      assertThat(chosen.isLenient()).isTrue();
      assertThat(chosen.maxDocumentBytes()).isEqualTo(1000);
      assertThat(chosen.maxDepth()).isEqualTo(8);
      assertThat(chosen.maxStringLength()).isEqualTo(10);
      assertThat(chosen.maxEntities()).isEqualTo(3);
      assertThat(ProgrammeJson.builder().maxDocumentBytes(Integer.MAX_VALUE - 8).build().maxDocumentBytes())
          .isEqualTo(Integer.MAX_VALUE - 8);
    }

    @Test
    @DisplayName("the builder refuses limits out of range, naming the limit and the rule")
    void builderValidation() {
      assertThat(ProgrammeJson.builder().maxDepth(7).build().read(Golden.bytes(Golden.EVERY_FIELD)).missions())
          .as("the smallest depth allowed reads a mission stop's engagements").isNotEmpty();
      assertThatExceptionOfType(ProgrammeJsonException.class)
          .isThrownBy(() -> ProgrammeJson.builder().maxDepth(7).lenient(true).build()
              .read("{\"x\": [[[[[[[1]]]]]]]}"))
          .withMessageContaining("nests deeper than 7 levels");
      assertThatIllegalArgumentException().isThrownBy(() -> ProgrammeJson.builder().maxDepth(6))
          .withMessage("maxDepth 6 must be at least 7, the depth of the format itself");
      assertThatIllegalArgumentException().isThrownBy(() -> ProgrammeJson.builder().maxDepth(-1))
          .withMessageStartingWith("maxDepth -1 must be at least 7");
      assertThatIllegalArgumentException().isThrownBy(() -> ProgrammeJson.builder().maxStringLength(0))
          .withMessage("maxStringLength 0 must be positive");
      assertThatIllegalArgumentException().isThrownBy(() -> ProgrammeJson.builder().maxStringLength(-5))
          .withMessage("maxStringLength -5 must be positive");
      assertThatIllegalArgumentException().isThrownBy(() -> ProgrammeJson.builder().maxEntities(0))
          .withMessage("maxEntities 0 must be positive");
      assertThatIllegalArgumentException().isThrownBy(() -> ProgrammeJson.builder().maxDocumentBytes(0))
          .withMessage("maxDocumentBytes 0 must be positive and at most 2147483639");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ProgrammeJson.builder().maxDocumentBytes(Integer.MAX_VALUE - 7))
          .withMessage("maxDocumentBytes 2147483640 must be positive and at most 2147483639");
    }

    @Test
    @DisplayName("the smallest depth allowed, 8, reads the deepest documents of the format")
    void smallestDepthReadsTheFormat() {
      Programme programme = RandomProgrammes.generate(5, 60);
      assertThat(programme.missions().stream().flatMap(m -> m.stops().stream()).flatMap(s -> s.engagements().stream()))
          .isNotEmpty();
      assertThat(programme.decisions().stream().flatMap(d -> d.subjects().stream())).isNotEmpty();

      ProgrammeJson shallow = ProgrammeJson.builder().maxDepth(8).build();

      assertThat(shallow.read(STRICT.write(programme))).isEqualTo(programme);
    }
  }

  /** A small document to which unknown members are added, at every level. */
  private static final String DOCUMENT = "{\"format\": \"sprp-programme\", \"formatVersion\": \"1.0\", \"id\": \"p\","
      + " \"name\": {\"en\": \"P\", \"zh\": \"试点\"},"
      + " \"places\": [{\"id\": \"china\", \"level\": \"country\", \"name\": {\"en\": \"China\"}}],"
      + " \"organisations\": [{\"id\": \"o\", \"name\": {\"en\": \"O\"}, \"kind\": \"other\"}],"
      + " \"decisions\": [{\"id\": \"d\", \"summary\": \"S\", \"decidedBy\": [\"o\"],"
      + " \"subjects\": [{\"kind\": \"place\", \"id\": \"china\"}]}],"
      + " \"missions\": [{\"id\": \"m\", \"title\": \"M\", \"initiator\": \"o\", \"status\": \"completed\","
      + " \"stops\": [{\"place\": \"china\", \"engagements\": [{\"description\": \"E\"}]}]}],"
      + " \"activities\": [{\"id\": \"a\", \"kind\": \"seminar\", \"sequenceNumber\": 2, \"title\": \"A\","
      + " \"status\": \"planned\"}]}";

  private static final String UNKNOWN = "{\"nested\": [1, 2.5, true, null, {\"deeper\": [[], {}]}], \"text\": \"x\"}";

  /** The document with an unknown member added after the given text, which must occur once. */
  private static String withUnknown(String after, String name) {
    assertThat(DOCUMENT.indexOf(after)).isEqualTo(DOCUMENT.lastIndexOf(after)).isNotNegative();
    return DOCUMENT.replace(after, after + " \"" + name + "\": " + UNKNOWN + ",");
  }

  @Nested
  @DisplayName("lenient reading")
  class Lenient {

    @ParameterizedTest(name = "after {0}")
    @ValueSource(strings = {"{\"format\": \"sprp-programme\",", "\"name\": {\"en\": \"P\",",
        "\"level\": \"country\",", "{\"id\": \"d\",", "{\"kind\": \"place\",", "{\"id\": \"m\",",
        "{\"place\": \"china\",", "{\"description\": \"E\"", "\"sequenceNumber\": 2,"})
    @DisplayName("ignores an unknown field at any level, whatever its value; strict reading refuses it")
    void ignoresUnknownFields(String after) {
      String document = withUnknown(after, "extra").replace("\"E\" \"extra\"", "\"E\", \"extra\"")
          .replace(UNKNOWN + ",}", UNKNOWN + "}");
      Programme expected = STRICT.read(DOCUMENT);

      assertThat(LENIENT.read(document)).isEqualTo(expected);
      ProgrammeJsonException e = catchThrowableOfType(ProgrammeJsonException.class, () -> STRICT.read(document));
      assertThat(e.getMessage()).contains("unknown field 'extra'");
      assertThat(e.pointer()).endsWith("/extra");
    }

    @Test
    @DisplayName("still refuses a duplicate field")
    void duplicateField() {
      String document = DOCUMENT.replace("\"title\": \"A\",", "\"title\": \"A\", \"title\": \"B\",");

      ProgrammeJsonException e = catchThrowableOfType(ProgrammeJsonException.class, () -> LENIENT.read(document));

      assertThat(e.getMessage()).contains("duplicate field 'title'");
      assertThat(e.pointer()).isEqualTo("/activities/0/title");
    }

    @Test
    @DisplayName("skips an unknown field given twice, as it skips any unknown field")
    void duplicateUnknownField() {
      String document = withUnknown("\"sequenceNumber\": 2,", "extra").replace("\"sequenceNumber\": 2,",
          "\"sequenceNumber\": 2, \"extra\": 1,");

      assertThat(LENIENT.read(document)).isEqualTo(STRICT.read(DOCUMENT));
    }

    @Test
    @DisplayName("still refuses a wrong type, a bad enum value, a missing field and a dangling reference")
    void everythingElse() {
      assertThat(catchThrowableOfType(ProgrammeJsonException.class,
          () -> LENIENT.read(DOCUMENT.replace("\"sequenceNumber\": 2", "\"sequenceNumber\": \"2\""))).pointer())
          .isEqualTo("/activities/0/sequenceNumber");
      assertThat(catchThrowableOfType(ProgrammeJsonException.class,
          () -> LENIENT.read(DOCUMENT.replace("\"seminar\"", "\"lecture\""))).getMessage())
          .contains("unknown activity kind 'lecture'");
      assertThat(catchThrowableOfType(ProgrammeJsonException.class,
          () -> LENIENT.read(DOCUMENT.replace("\"title\": \"A\",", ""))).getMessage())
          .contains("missing required field 'title'");
      assertThat(catchThrowableOfType(ProgrammeJsonException.class,
          () -> LENIENT.read(DOCUMENT.replace("\"initiator\": \"o\"", "\"initiator\": \"nobody\""))).pointer())
          .isEqualTo("/missions/0/initiator");
      assertThat(catchThrowableOfType(ProgrammeJsonException.class,
          () -> LENIENT.read(DOCUMENT.replace("\"format\": \"sprp-programme\"", "\"format\": \"other\""))).pointer())
          .isEqualTo("/format");
    }
  }

  @Nested
  @DisplayName("null arguments")
  class Nulls {

    private final Programme programme = STRICT.read(DOCUMENT);

    @Test
    @DisplayName("every method names the null argument")
    void namesTheArgument() {
      assertThatNullPointerException().isThrownBy(() -> STRICT.read((byte[]) null)).withMessage("json");
      assertThatNullPointerException().isThrownBy(() -> STRICT.read((String) null)).withMessage("json");
      assertThatNullPointerException().isThrownBy(() -> STRICT.read((InputStream) null)).withMessage("json");
      assertThatNullPointerException().isThrownBy(() -> STRICT.read((Path) null)).withMessage("file");
      assertThatNullPointerException().isThrownBy(() -> STRICT.readValue((byte[]) null, Place.class))
          .withMessage("json");
      assertThatNullPointerException().isThrownBy(() -> STRICT.readValue((String) null, Place.class))
          .withMessage("json");
      assertThatNullPointerException().isThrownBy(() -> STRICT.readValue("{}".getBytes(UTF_8), null))
          .withMessage("type");
      assertThatNullPointerException().isThrownBy(() -> STRICT.readValue("{}", null)).withMessage("type");
      assertThatNullPointerException().isThrownBy(() -> STRICT.write(null)).withMessage("programme");
      assertThatNullPointerException().isThrownBy(() -> STRICT.writeString(null)).withMessage("programme");
      assertThatNullPointerException().isThrownBy(() -> STRICT.write(null, new ByteArrayOutputStream()))
          .withMessage("programme");
      assertThatNullPointerException().isThrownBy(() -> STRICT.write(programme, (OutputStream) null))
          .withMessage("out");
      assertThatNullPointerException().isThrownBy(() -> STRICT.write(null, Path.of("x.json")))
          .withMessage("programme");
      assertThatNullPointerException().isThrownBy(() -> STRICT.write(programme, (Path) null)).withMessage("file");
      assertThatNullPointerException().isThrownBy(() -> STRICT.writeValue(null)).withMessage("value");
      assertThatNullPointerException().isThrownBy(() -> STRICT.writeValueAsString(null)).withMessage("value");
      assertThatNullPointerException().isThrownBy(() -> ProgrammeJson.builder().build().readValue("{}", null))
          .withMessage("type");
    }
  }

  @Nested
  @DisplayName("streams and files")
  class Io {

    private final Programme programme = RandomProgrammes.generate(9, 30);

    @Test
    @DisplayName("read(InputStream) reads to the end and does not close the stream")
    void readDoesNotClose() {
      TrackingInput in = new TrackingInput(STRICT.write(programme));

      assertThat(STRICT.read(in)).isEqualTo(programme);
      assertThat(in.closed).isFalse();
      assertThat(in.available()).isZero();
    }

    @Test
    @DisplayName("write(p, OutputStream) flushes the stream and does not close it")
    void writeFlushesAndDoesNotClose() throws IOException {
      TrackingOutput sink = new TrackingOutput();
      BufferedOutputStream out = new BufferedOutputStream(sink, 1 << 20);

      STRICT.write(programme, out);

      assertThat(sink.toByteArray()).isEqualTo(STRICT.write(programme));
      assertThat(sink.closed).isFalse();
      out.write('x'); // the stream is still open
      out.flush();
      assertThat(sink.size()).isEqualTo(STRICT.write(programme).length + 1);
    }

    @Test
    @DisplayName("a stream that fails to read surfaces as UncheckedIOException with the cause")
    void readFailure() {
      IOException failure = new IOException("disk on fire");
      InputStream in = new InputStream() {
        @Override
        public int read() throws IOException {
          throw failure;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          throw failure;
        }
      };

      UncheckedIOException e = catchThrowableOfType(UncheckedIOException.class, () -> STRICT.read(in));

      assertThat(e).hasCause(failure).hasMessageContaining("disk on fire");
    }

    @Test
    @DisplayName("the exception of a refused document serializes with its problems")
    void exceptionSerializes() {
      for (String document : java.util.List.of("{\"format\": ", "{\"format\": \"sprp-programme\", \"colour\": 1}")) {
        ProgrammeJsonException thrown = catchThrowableOfType(ProgrammeJsonException.class, () -> STRICT.read(document));
        ProgrammeJsonException read = SerializableTester.reserialize(thrown);
        assertThat(read.problems()).isEqualTo(thrown.problems()).isNotEmpty();
        assertThat(read).hasMessage(thrown.getMessage());
      }
    }

    @Test
    @DisplayName("a stream that fails midway, once the parser reads it, is an I/O failure, not malformed JSON")
    void readFailureMidway() {
      IOException failure = new IOException("disk on fire");
      byte[] start = STRICT.write(programme);
      InputStream in = new InputStream() {
        private int given;

        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          if (given >= 50) {
            throw failure;
          }
          int n = Math.min(len, 50 - given);
          System.arraycopy(start, given, b, off, n);
          given += n;
          return n;
        }
      };

      UncheckedIOException e = catchThrowableOfType(UncheckedIOException.class, () -> STRICT.read(in));

      assertThat(e).hasCause(failure).hasMessageContaining("disk on fire");
    }

    @Test
    @DisplayName("a stream that fails to write surfaces as UncheckedIOException with the cause")
    void writeFailure() {
      IOException failure = new IOException("disk full");
      OutputStream out = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw failure;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          throw failure;
        }
      };

      UncheckedIOException e = catchThrowableOfType(UncheckedIOException.class, () -> STRICT.write(programme, out));

      assertThat(e).hasCause(failure).hasMessageContaining("disk full");
    }

    @Test
    @DisplayName("a missing file, a folder that does not exist or a folder given as the file surfaces as "
        + "UncheckedIOException, naming the file once and saying why")
    void fileFailures(@TempDir Path folder) throws IOException {
      Path missing = folder.resolve("missing.json");
      Path noSuchFolder = folder.resolve("no-such-folder");

      assertThat(catchThrowableOfType(UncheckedIOException.class, () -> STRICT.read(missing)))
          .hasCauseInstanceOf(NoSuchFileException.class)
          .hasMessage("Cannot read " + missing + ": no such file or folder");
      assertThat(catchThrowableOfType(UncheckedIOException.class, () -> STRICT.read(folder)))
          .hasMessage("Cannot read " + folder + ": it is a folder, not a file");
      assertThat(catchThrowableOfType(UncheckedIOException.class,
          () -> STRICT.write(programme, noSuchFolder.resolve("p.json"))))
          .hasMessage("Cannot write " + noSuchFolder.resolve("p.json") + ": folder " + noSuchFolder.toAbsolutePath()
              + " does not exist");
      assertThat(catchThrowableOfType(UncheckedIOException.class, () -> STRICT.write(programme, folder)))
          .hasMessage("Cannot write " + folder + ": it is a folder, not a file");
      Path plain = Files.writeString(folder.resolve("plain.txt"), "x");
      assertThat(catchThrowableOfType(UncheckedIOException.class, () -> STRICT.write(programme, plain.resolve("p.json"))))
          .hasMessage("Cannot write " + plain.resolve("p.json") + ": " + plain.toAbsolutePath() + " is a file, not a folder");
      assertThat(catchThrowableOfType(UncheckedIOException.class, () -> STRICT.read(Path.of(""))))
          .hasMessage("Cannot read '' (the current folder): it is a folder, not a file");
      Files.delete(plain);
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files).isEmpty();
      }
    }

    @Test
    @DisplayName("the reason a file operation failed is said in words, without the file's name again")
    void reasons() {
      assertThat(ProgrammeJson.reason(new NoSuchFileException("/x/plan.json"))).isEqualTo("no such file or folder");
      assertThat(ProgrammeJson.reason(new java.nio.file.AccessDeniedException("/x/plan.json")))
          .isEqualTo("permission denied");
      assertThat(ProgrammeJson.reason(new java.nio.file.FileSystemException("/x/plan.json", null, "Not a directory")))
          .isEqualTo("Not a directory");
      assertThat(ProgrammeJson.reason(new IOException("No space left on device"))).isEqualTo("No space left on device");
      assertThat(ProgrammeJson.reason(new IOException())).isEqualTo("IOException");
    }

    @Test
    @DisplayName("a new file gets the permissions of any new file, and a replaced file keeps its own")
    void filePermissions(@TempDir Path folder) throws IOException {
      assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
      Path plain = Files.write(folder.resolve("plain.txt"), new byte[] {1});
      Path created = folder.resolve("created.json");
      Path replaced = Files.write(folder.resolve("replaced.json"), new byte[] {1});
      Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
      Files.setPosixFilePermissions(replaced, shared);

      STRICT.write(programme, created);
      STRICT.write(programme, replaced);

      assertThat(Files.getPosixFilePermissions(created)).isEqualTo(Files.getPosixFilePermissions(plain));
      assertThat(Files.getPosixFilePermissions(replaced)).isEqualTo(shared);
    }

    @Test
    @DisplayName("write(p, Path) replaces an existing file whole")
    void writeFile(@TempDir Path folder) throws IOException {
      Path file = folder.resolve("p.json");
      Files.write(file, new byte[100_000]);

      STRICT.write(programme, file);

      assertThat(Files.readAllBytes(file)).isEqualTo(STRICT.write(programme));
      assertThat(STRICT.read(file)).isEqualTo(programme);
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files).containsExactly(file);
      }
    }
  }

  private static final class TrackingInput extends ByteArrayInputStream {
    boolean closed;

    TrackingInput(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  private static final class TrackingOutput extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}
