package org.sprp.serialization;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import org.sprp.core.Programme;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.ByteArrayBuilder;

/**
 * Reads and writes programmes, and each value of the model on its own, as JSON documents of the
 * {@code sprp-programme} format.
 *
 * <pre>{@code
 * ProgrammeJson json = ProgrammeJson.strict();
 * Programme programme = json.read(Path.of("pilot-sites-2015.json"));
 * json.write(programme, Path.of("pilot-sites-2015.json"));   // through a temporary file
 * }</pre>
 *
 * <p><b>Reading</b> is strict unless {@linkplain Builder#lenient(boolean) lenient}: an unknown
 * field, a field given twice, a value of the wrong type, a missing required field, an invalid id,
 * EDTF date or enum value, a value that breaks a rule of the model, a reference that does not
 * resolve, a document of a higher major format version, or a document past a limit is a {@link
 * ProgrammeJsonException} with a JSON Pointer, a line and a column. The lenient reader ignores
 * unknown fields and nothing else. A read never returns a partial programme.
 *
 * <p><b>Limits</b>, each configurable on the {@link Builder}: {@link #maxDocumentBytes()}
 * (default 128 MiB), {@link #maxDepth()} (nesting, default 32), {@link #maxStringLength()}
 * (characters, default 1 MiB), {@link #maxEntities()} (entities of the catalogues, default
 * 500,000). Numbers have at most 32 characters. An input larger than the document limit is refused
 * before it is read whole.
 *
 * <p><b>Writing</b> is canonical: keys in a fixed order, lists (catalogues, stops, purposes)
 * in the model's order and sets (themes, sites, references...) sorted, so that equal values give
 * equal bytes, empty arrays and absent values left out, two-space indentation, {@code \n} line ends and a final
 * newline, UTF-8 without escaping non-ASCII text. So for a canonical document {@code d}, {@code
 * write(read(d))} is byte-identical to {@code d}, and a programme kept in git diffs cleanly.
 *
 * <p>I/O failures of streams and files are thrown as {@link UncheckedIOException}.
 *
 * <p>This class is immutable and thread-safe: share one instance.
 */
public final class ProgrammeJson {

  /** Default of {@link #maxDocumentBytes()}: 128 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 128L * 1024 * 1024;

  /** Default of {@link #maxDepth()}. */
  public static final int DEFAULT_MAX_DEPTH = 32;

  /** Default of {@link #maxStringLength()}: 1 MiB of characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;

  /** Default of {@link #maxEntities()}. */
  public static final int DEFAULT_MAX_ENTITIES = 500_000;

  /** The longest number accepted, in characters; the format has only small integers. */
  static final int MAX_NUMBER_LENGTH = 32;

  private static final ProgrammeJson STRICT = builder().build();

  private final boolean lenient;
  private final long maxDocumentBytes;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxEntities;
  private final JsonFactory factory;

  private ProgrammeJson(Builder builder) {
    this.lenient = builder.lenient;
    this.maxDocumentBytes = builder.maxDocumentBytes;
    this.maxDepth = builder.maxDepth;
    this.maxStringLength = builder.maxStringLength;
    this.maxEntities = builder.maxEntities;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(maxDocumentBytes)
            .maxNestingDepth(maxDepth)
            .maxStringLength(maxStringLength)
            .maxNameLength(maxStringLength)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /**
   * Returns the strict reader and writer with the default limits.
   *
   * @return the shared instance, not null
   */
  public static ProgrammeJson strict() {
    return STRICT;
  }

  /**
   * Returns a builder, to choose lenient reading or other limits.
   *
   * @return a new builder with the defaults, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether unknown fields are ignored rather than refused.
   *
   * @return true for the lenient reader
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Returns the reader's mode and limits, for people: {@code ProgrammeJson{strict,
   * maxDocumentBytes=134217728, maxDepth=32, maxStringLength=1048576, maxEntities=500000}}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "ProgrammeJson{" + (lenient ? "lenient" : "strict") + ", maxDocumentBytes=" + maxDocumentBytes
        + ", maxDepth=" + maxDepth + ", maxStringLength=" + maxStringLength + ", maxEntities=" + maxEntities + "}";
  }

  /**
   * Returns the largest document read, in bytes; a {@code String} counts as its length in UTF-8.
   *
   * @return the limit, positive
   */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * Returns the deepest nesting of arrays and objects read.
   *
   * @return the limit, positive
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Returns the longest string read, in characters, for values and field names.
   *
   * @return the limit, positive
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the most entities (components, themes, topics, places, organisations, meetings,
   * decisions, sites, missions, requests and activities together) a document may hold.
   *
   * @return the limit, positive
   */
  public int maxEntities() {
    return maxEntities;
  }

  /**
   * Reads a programme from UTF-8 bytes.
   *
   * @param json the document, not null
   * @return the programme, checked, not null
   * @throws ProgrammeJsonException if the document is not a valid programme
   */
  public Programme read(byte[] json) {
    requireNonNull(json, "json");
    return readValue(json, Programme.class);
  }

  /**
   * Reads a programme from text.
   *
   * @param json the document, not null
   * @return the programme, checked, not null
   * @throws ProgrammeJsonException if the document is not a valid programme
   */
  public Programme read(String json) {
    requireNonNull(json, "json");
    try {
      return readValue(json, Programme.class);
    } catch (ProgrammeJsonException e) {
      throw withPathHint(e, json);
    }
  }

  /**
   * Returns the error with a hint when the text looks like a file name rather than a document (one
   * line that does not begin as JSON does, such as {@code pilot-sites-2015.json}), a mistake the
   * overloads of {@code read} invite.
   */
  private static ProgrammeJsonException withPathHint(ProgrammeJsonException e, String json) {
    String text = json.strip();
    JsonProblem first = e.problems().get(0);
    boolean looksLikeAPath = !text.isEmpty() && text.length() <= 4096 && "{[\"".indexOf(text.charAt(0)) < 0
        && text.chars().noneMatch(c -> c == '\n' || c == '\r') && first.message().startsWith("malformed JSON");
    if (!looksLikeAPath) {
      return e;
    }
    ProgrammeJsonException hinted = new ProgrammeJsonException(new JsonProblem(first.pointer(), first.line(),
        first.column(), first.message() + " (read(String) reads the document's text; to read a file, pass a Path)"),
        e.getCause());
    hinted.setStackTrace(e.getStackTrace());
    return hinted;
  }

  /**
   * Reads a programme from a stream of UTF-8 bytes, to its end. The stream is not closed. The
   * document is parsed as it arrives: a stream longer than {@link #maxDocumentBytes()}, or one
   * that breaks another limit, is refused as soon as it does, without reading the rest.
   *
   * @param json the stream, not null
   * @return the programme, checked, not null
   * @throws ProgrammeJsonException if the document is not a valid programme
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Programme read(InputStream json) {
    requireNonNull(json, "json");
    PushbackInputStream start = new PushbackInputStream(json, 4);
    try {
      byte[] head = start.readNBytes(4);
      checkEncoding(head);
      start.unread(head);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the document: " + e.getMessage(), e);
    }
    RecordingInputStream recording = new RecordingInputStream(start, maxDocumentBytes, this::tooLarge);
    JsonInput.Locator locator = pointer -> SourceLocator.of(factory, recording.bytes()).locate(pointer);
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), recording)) {
      return read(parser, ProgrammeCodec.CODEC, locator);
    } catch (ProgrammeJsonException e) {
      throw inCharacters(e, recording.bytes());
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw new UncheckedIOException("Cannot read the document: " + e.getCause().getMessage(),
            (IOException) e.getCause());
      }
      throw e;
    }
  }

  /**
   * Reads a programme from a UTF-8 file. A file larger than {@link #maxDocumentBytes()} is refused
   * without being read.
   *
   * @param file the file, not null
   * @return the programme, checked, not null
   * @throws ProgrammeJsonException if the document is not a valid programme
   * @throws UncheckedIOException if the file cannot be read
   */
  public Programme read(Path file) {
    requireNonNull(file, "file");
    try {
      if (Files.isDirectory(file)) {
        throw new FileSystemException(file.toString(), null, "it is a folder, not a file");
      }
      if (Files.size(file) > maxDocumentBytes) {
        throw tooLarge();
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name(file) + ": " + reason(e), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("Cannot read " + name(file) + ": " + reason(e.getCause()), e.getCause());
    }
  }

  /** A file's name for messages; the empty path, which is the current folder, says so. */
  private static String name(Path file) {
    return file.toString().isEmpty() ? "'' (the current folder)" : file.toString();
  }

  /**
   * The reason an operation on a file failed, in words: a {@link FileSystemException}'s message
   * repeats the file's name, which the caller's message already gives.
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /**
   * Reads one value of the model from UTF-8 bytes: a {@link Programme}, a place, an organisation,
   * a meeting, a decision, a pilot site, a mission, a mission stop, an engagement, a knowledge
   * request or activity, a component, a theme, a topic, a bilingual name, or, as a JSON string, a
   * timing, an id of any kind ({@code SiteId}...) or a constant of an enumeration ({@code Status},
   * {@code ActivityKind}...) in its lower-kebab-case text.
   *
   * @param <T> the type of value
   * @param json the document, not null
   * @param type the type of value, not null
   * @return the value, checked, not null
   * @throws ProgrammeJsonException if the document is not a valid value of that type
   * @throws IllegalArgumentException if the type is not one of the model's
   */
  public <T> T readValue(byte[] json, Class<T> type) {
    requireNonNull(json, "json");
    ValueCodec<T> codec = codec(type);
    if (json.length > maxDocumentBytes) {
      throw tooLarge();
    }
    checkEncoding(json);
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      return read(parser, codec, SourceLocator.of(factory, json));
    } catch (ProgrammeJsonException e) {
      throw inCharacters(e, json);
    }
  }

  /**
   * Reads one value of the model from text; see {@link #readValue(byte[], Class)}.
   *
   * @param <T> the type of value
   * @param json the document, not null
   * @param type the type of value, not null
   * @return the value, checked, not null
   * @throws ProgrammeJsonException if the document is not a valid value of that type
   * @throws IllegalArgumentException if the type is not one of the model's
   */
  public <T> T readValue(String json, Class<T> type) {
    requireNonNull(json, "json");
    ValueCodec<T> codec = codec(type);
    // The limit is in bytes, as the document would be in UTF-8: a character takes one to three.
    if (json.length() > maxDocumentBytes
        || (3L * json.length() > maxDocumentBytes && utf8Length(json) > maxDocumentBytes)) {
      throw tooLarge();
    }
    if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
      throw byteOrderMark();
    }
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      return read(parser, codec, SourceLocator.of(factory, json));
    }
  }

  /** The number of bytes of a text in UTF-8; a lone surrogate counts three, as U+FFFD would. */
  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private <T> T read(JsonParser parser, ValueCodec<T> codec, JsonInput.Locator locator) {
    JsonInput in = new JsonInput(parser, lenient, maxEntities, locator);
    try {
      if (in.next() == null) {
        throw new ProgrammeJsonException(new JsonProblem("", 1, 1,
            "the document is empty: expected " + codec.expected()), null);
      }
      T value = codec.read(in);
      if (in.next() != null) {
        throw in.error("unexpected content after the end of the document");
      }
      return value;
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        // The source failed, not the document: read(InputStream) reports it as an I/O error.
        throw e;
      }
      throw translate(e, in);
    }
  }

  /**
   * Returns the error with its columns counted in characters, as they are for a document read from
   * a {@code String}: Jackson counts bytes when it reads bytes, and a line with Chinese text before
   * the error has more bytes than characters. Lines are the same either way.
   */
  private static ProgrammeJsonException inCharacters(ProgrammeJsonException e, byte[] source) {
    List<JsonProblem> problems = new ArrayList<>(e.problems().size());
    boolean moved = false;
    for (JsonProblem problem : e.problems()) {
      int column = characterColumn(source, problem.line(), problem.column());
      moved |= column != problem.column();
      problems.add(new JsonProblem(problem.pointer(), problem.line(), column, problem.message()));
    }
    if (!moved) {
      return e;
    }
    ProgrammeJsonException inCharacters = new ProgrammeJsonException(problems, e.getCause());
    inCharacters.setStackTrace(e.getStackTrace());
    return inCharacters;
  }

  /**
   * Returns the column, counted in UTF-16 characters from 1, of the byte at a column counted in
   * bytes on a line of a UTF-8 document; lines end at {@code \n}, {@code \r\n} or {@code \r}, as
   * Jackson counts them. An unknown place (-1) stays unknown.
   */
  static int characterColumn(byte[] source, int line, int byteColumn) {
    if (line < 1 || byteColumn < 1) {
      return byteColumn;
    }
    int start = 0;
    int current = 1;
    for (int i = 0; i < source.length && current < line; i++) {
      if (source[i] == '\n' || source[i] == '\r') {
        if (source[i] == '\r' && i + 1 < source.length && source[i + 1] == '\n') {
          i++;
        }
        current++;
        start = i + 1;
      }
    }
    if (current < line) {
      return byteColumn;
    }
    int end = Math.min(source.length, start + byteColumn - 1);
    return new String(source, start, end - start, StandardCharsets.UTF_8).length() + 1;
  }

  /** Turns an error of Jackson's parser (malformed JSON, a limit) into one of this module. */
  private ProgrammeJsonException translate(JacksonException e, JsonInput in) {
    String original = e.getOriginalMessage();
    String message;
    if (e instanceof StreamConstraintsException) {
      if (original.contains("nesting depth")) {
        message = "the document nests deeper than " + maxDepth + " levels, the limit maxDepth";
      } else if (original.contains("String value length") || original.contains("Name length")) {
        message = "a string is longer than " + maxStringLength + " characters, the limit maxStringLength";
      } else if (original.contains("Number value length")) {
        message = "a number is longer than " + MAX_NUMBER_LENGTH + " characters";
      } else if (original.contains("Document length")) {
        message = "the document is larger than " + maxDocumentBytes + " bytes, the limit maxDocumentBytes";
      } else {
        message = original;
      }
    } else {
      message = "malformed JSON: " + cleanUp(original);
    }
    String pointer;
    try {
      pointer = in.pointer();
    } catch (RuntimeException unknown) {
      pointer = "";
    }
    return new ProgrammeJsonException(JsonInput.problem(pointer, location(e, in), message), e);
  }

  /**
   * Where a parser error is: Jackson gives no location for a broken limit, so it is taken from the
   * parser, at the value being read when it has been returned (a string read lazily), otherwise
   * where the parser stopped.
   */
  private static TokenStreamLocation location(JacksonException e, JsonInput in) {
    if (e.getLocation() != null) {
      return e.getLocation();
    }
    JsonToken token = in.parser.currentToken();
    return token != null && token.isScalarValue() ? in.parser.currentTokenLocation() : in.parser.currentLocation();
  }

  /** Drops the advice of Jackson's messages on enabling features, which a reader of ours cannot. */
  private static String cleanUp(String message) {
    String text = message == null ? "unreadable input" : message;
    for (String advice : new String[] {": enable `", " (not recognized as one since", "; enable `",
        " (start marker at"}) {
      int at = text.indexOf(advice);
      if (at >= 0) {
        text = text.substring(0, at);
      }
    }
    return text.strip();
  }

  private static void checkEncoding(byte[] json) {
    if (json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF) {
      throw byteOrderMark();
    }
    if (json.length >= 2 && ((json[0] & 0xFF) == 0xFE || (json[0] & 0xFF) == 0xFF || json[0] == 0 || json[1] == 0)) {
      throw new ProgrammeJsonException(new JsonProblem("", 1, 1,
          "the document is not UTF-8 (it looks like UTF-16 or UTF-32): the format is UTF-8"), null);
    }
  }

  private static ProgrammeJsonException byteOrderMark() {
    return new ProgrammeJsonException(new JsonProblem("", 1, 1,
        "the document starts with a byte order mark: the format is UTF-8 without one"), null);
  }

  private ProgrammeJsonException tooLarge() {
    return new ProgrammeJsonException(new JsonProblem("", -1, -1,
        "the document is larger than " + maxDocumentBytes + " bytes, the limit maxDocumentBytes"), null);
  }

  /**
   * Writes a programme as a canonical document in UTF-8.
   *
   * @param programme the programme, not null
   * @return the document, not null
   */
  public byte[] write(Programme programme) {
    requireNonNull(programme, "programme");
    return writeValue(programme);
  }

  /**
   * Writes a programme as a canonical document.
   *
   * @param programme the programme, not null
   * @return the document, not null
   */
  public String writeString(Programme programme) {
    return new String(write(programme), StandardCharsets.UTF_8);
  }

  /**
   * Writes a programme as a canonical document in UTF-8 to a stream, which is flushed, not closed.
   *
   * @param programme the programme, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(Programme programme, OutputStream out) {
    requireNonNull(programme, "programme");
    requireNonNull(out, "out");
    writeValue(programme, out);
  }

  /**
   * Writes a programme as a canonical document to a file, through a temporary file in the same
   * folder that is then forced to the disk and moved over the target atomically: if writing fails,
   * the previous file is left intact and no partial file stays behind. A new file gets the
   * permissions of any new file (the umask's); a replaced file keeps its POSIX permissions. Through
   * a symbolic link, the file it leads to is replaced and the link kept.
   *
   * @param programme the programme, not null
   * @param file the file, not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Programme programme, Path file) {
    write(programme, file, UnaryOperator.identity());
  }

  /** Writes to a file through a stream the caller may wrap: tests wrap it to fail midway. */
  void write(Programme programme, Path file, UnaryOperator<OutputStream> wrap) {
    requireNonNull(programme, "programme");
    requireNonNull(file, "file");
    Path temporary = null;
    try {
      // Through a symbolic link, the file it leads to is replaced, and the link kept.
      Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath();
      if (Files.isDirectory(target)) {
        throw new FileSystemException(file.toString(), null, "it is a folder, not a file");
      }
      Path folder = target.getParent();
      if (!Files.isDirectory(folder)) {
        throw new FileSystemException(file.toString(), null, Files.exists(folder)
            ? folder + " is a file, not a folder" : "folder " + folder + " does not exist");
      }
      // Not Files.createTempFile, whose file is owner-only (0600) whatever the umask: the moved file
      // would keep that mode. A file created plainly gets the mode of any new file.
      FileChannel channel = null;
      while (channel == null) {
        temporary = folder.resolve("." + target.getFileName() + "."
            + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
          channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException taken) {
          temporary = null;
        }
      }
      try (OutputStream stream = wrap.apply(Channels.newOutputStream(channel))) {
        write(programme, stream);
        // On the disk before the move, so that after a crash the target is the old file or the new one, whole.
        channel.force(true);
      }
      if (Files.exists(target) && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temporary = null;
    } catch (IOException e) {
      throw deleting(temporary, new UncheckedIOException("Cannot write " + name(file) + ": " + reason(e), e));
    } catch (UncheckedIOException e) {
      throw deleting(temporary,
          new UncheckedIOException("Cannot write " + name(file) + ": " + reason(e.getCause()), e.getCause()));
    } catch (RuntimeException e) {
      throw deleting(temporary, e);
    } catch (Error e) {
      throw deleting(temporary, e);
    }
  }

  /**
   * Deletes the temporary file of a write that failed, if there is one, and returns the write's
   * failure, to which a failure to delete is added as suppressed: the leftover file, named for its
   * target and starting with a dot, then shows in the trace.
   */
  private static <T extends Throwable> T deleting(Path temporary, T failure) {
    if (temporary != null) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
    return failure;
  }

  /**
   * Writes one value of the model (see {@link #readValue(byte[], Class)}) as canonical UTF-8 JSON.
   *
   * @param value the value, not null
   * @return the document, not null
   * @throws IllegalArgumentException if the value is not of one of the model's types
   */
  public byte[] writeValue(Object value) {
    requireNonNull(value, "value");
    // Grows by segments, copied once at the end, rather than by copying the whole buffer each time.
    ByteArrayBuilder bytes = new ByteArrayBuilder(4096);
    writeValue(value, bytes);
    return bytes.toByteArray();
  }

  /**
   * Writes one value of the model as canonical JSON text.
   *
   * @param value the value, not null
   * @return the document, not null
   * @throws IllegalArgumentException if the value is not of one of the model's types
   */
  public String writeValueAsString(Object value) {
    return new String(writeValue(value), StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private <T> void writeValue(T value, OutputStream out) {
    ValueCodec<T> codec = (ValueCodec<T>) codecOf(value.getClass());
    try (JsonGenerator generator = factory.createGenerator(CANONICAL, out)) {
      codec.write(generator, value);
      generator.writeRaw('\n');
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw new UncheckedIOException("Cannot write the document: " + e.getCause().getMessage(),
            (IOException) e.getCause());
      }
      throw e;
    }
  }

  /** A write context with the canonical layout, a fresh printer for each generator. */
  static final ObjectWriteContext CANONICAL = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new CanonicalPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  @SuppressWarnings("unchecked")
  private static <T> ValueCodec<T> codec(Class<T> type) {
    requireNonNull(type, "type");
    if (type == Programme.class) {
      return (ValueCodec<T>) ProgrammeCodec.CODEC;
    }
    ValueCodec<?> codec = ModelCodecs.BY_TYPE.get(type);
    checkArgument(codec != null, "%s is not a type of the model that can be read on its own", type.getName());
    return (ValueCodec<T>) codec;
  }

  /** The codec of a value's class, which may be a package-private implementation of a model type. */
  private static ValueCodec<?> codecOf(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c == Programme.class) {
        return ProgrammeCodec.CODEC;
      }
      ValueCodec<?> codec = ModelCodecs.BY_TYPE.get(c);
      if (codec != null) {
        return codec;
      }
    }
    throw new IllegalArgumentException(type.getName() + " is not a type of the model that can be written");
  }

  /** Chooses lenient reading or other limits for a {@link ProgrammeJson}. */
  public static final class Builder {
    private boolean lenient;
    private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxEntities = DEFAULT_MAX_ENTITIES;

    private Builder() {}

    /**
     * Chooses whether unknown fields are ignored (true) or refused (false, the default). A lenient
     * reader skips an unknown field's value whatever it holds, even when the field is given twice;
     * it still refuses everything else the strict reader refuses.
     *
     * @param lenient whether to ignore unknown fields
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * Sets the largest document read, in bytes.
     *
     * @param bytes the limit, positive, at most {@code Integer.MAX_VALUE - 8}
     * @return this builder
     * @throws IllegalArgumentException if the limit is out of range
     */
    public Builder maxDocumentBytes(long bytes) {
      checkArgument(bytes > 0 && bytes <= Integer.MAX_VALUE - 8,
          "maxDocumentBytes %s must be positive and at most %s", bytes, Integer.MAX_VALUE - 8);
      this.maxDocumentBytes = bytes;
      return this;
    }

    /**
     * Sets the deepest nesting of arrays and objects read.
     *
     * @param depth the limit, at least 7 (the format's own depth: programme, missions, mission,
     *     stops, stop, engagements, engagement)
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 7
     */
    public Builder maxDepth(int depth) {
      checkArgument(depth >= 7, "maxDepth %s must be at least 7, the depth of the format itself", depth);
      this.maxDepth = depth;
      return this;
    }

    /**
     * Sets the longest string read, in characters.
     *
     * @param length the limit, positive
     * @return this builder
     * @throws IllegalArgumentException if the limit is not positive
     */
    public Builder maxStringLength(int length) {
      checkArgument(length > 0, "maxStringLength %s must be positive", length);
      this.maxStringLength = length;
      return this;
    }

    /**
     * Sets the most entities a document may hold.
     *
     * @param entities the limit, positive
     * @return this builder
     * @throws IllegalArgumentException if the limit is not positive
     */
    public Builder maxEntities(int entities) {
      checkArgument(entities > 0, "maxEntities %s must be positive", entities);
      this.maxEntities = entities;
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return the reader and writer, not null
     */
    public ProgrammeJson build() {
      return new ProgrammeJson(this);
    }
  }
}
