package org.sprp.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprp.core.Programme;

/**
 * Writing to a file goes through a temporary file in the same folder and an atomic move: a write
 * that fails midway leaves the previous file as it was and no partial file behind.
 */
class SafeWriteTest {

  /** A stream that fails once a number of bytes have gone through it. */
  static final class FailingStream extends FilterOutputStream {
    private long left;

    FailingStream(OutputStream out, long bytes) {
      super(out);
      this.left = bytes;
    }

    @Override
    public void write(int b) throws IOException {
      if (left-- <= 0) {
        throw new IOException("disk full (simulated)");
      }
      super.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (int i = 0; i < len; i++) {
        write(b[off + i]);
      }
    }
  }

  private static Stream<Path> filesIn(Path folder) throws IOException {
    return Files.list(folder).collect(Collectors.toList()).stream();
  }

  @Test
  void aWriteThatFailsMidwayLeavesThePreviousFileIntact(@TempDir Path folder) throws IOException {
    ProgrammeJson json = ProgrammeJson.strict();
    Path file = folder.resolve("plan.json");
    Programme previous = RandomProgrammes.generate(1, 5);
    Programme next = RandomProgrammes.generate(2, 200);
    json.write(previous, file);
    byte[] before = Files.readAllBytes(file);

    assertThatExceptionOfType(UncheckedIOException.class)
        .isThrownBy(() -> json.write(next, file, out -> new FailingStream(out, 10_000)))
        .withMessageContaining("disk full (simulated)")
        .withMessageContaining("plan.json");

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(json.read(file)).isEqualTo(previous);
    assertThat(filesIn(folder)).containsExactly(file);
  }

  @Test
  void aWriteThatFailsBeforeAnyFileExistedLeavesNoFile(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("new.json");

    assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() ->
        ProgrammeJson.strict().write(RandomProgrammes.generate(3, 50), file, out -> new FailingStream(out, 100)));

    assertThat(filesIn(folder)).isEmpty();
  }

  @Test
  void aWriteThatSucceedsReplacesTheFileWhole(@TempDir Path folder) throws IOException {
    ProgrammeJson json = ProgrammeJson.strict();
    Path file = folder.resolve("plan.json");
    Programme next = RandomProgrammes.generate(5, 40);
    json.write(RandomProgrammes.generate(4, 400), file);

    json.write(next, file, out -> new FailingStream(out, Long.MAX_VALUE));

    assertThat(Files.readAllBytes(file)).isEqualTo(json.write(next));
    assertThat(filesIn(folder)).containsExactly(file);
  }

  @Test
  void aWriteThroughASymbolicLinkReplacesTheFileItLeadsToAndKeepsTheLink(@TempDir Path folder) throws IOException {
    ProgrammeJson json = ProgrammeJson.strict();
    Path real = folder.resolve("real.json");
    Path link = folder.resolve("link.json");
    Files.writeString(real, "old");
    Files.createSymbolicLink(link, real.getFileName());
    Programme programme = RandomProgrammes.generate(6, 40);

    json.write(programme, link);

    assertThat(Files.isSymbolicLink(link)).as("the link is kept").isTrue();
    assertThat(Files.readAllBytes(real)).isEqualTo(json.write(programme));
    assertThat(filesIn(folder)).containsExactlyInAnyOrder(real, link);
  }

  @Test
  void aTemporaryFileThatCannotBeDeletedShowsInTheFailureOfTheWrite(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("plan.json");
    // When the write fails, its temporary file has become a folder with a file in it, which
    // deleteIfExists refuses to delete.
    UnaryOperator<OutputStream> failAndBlockTheCleanUp = out -> new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        Path temporary;
        try (Stream<Path> files = Files.list(folder)) {
          temporary = files.filter(f -> f.getFileName().toString().startsWith(".plan.json.")).findFirst().orElseThrow();
        }
        Files.delete(temporary);
        Files.createDirectory(temporary);
        Files.createFile(temporary.resolve("inside"));
        throw new IOException("disk full (simulated)");
      }
    };

    assertThatExceptionOfType(UncheckedIOException.class)
        .isThrownBy(() -> ProgrammeJson.strict().write(RandomProgrammes.generate(4, 5), file, failAndBlockTheCleanUp))
        .withMessageContaining("disk full (simulated)")
        .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
            .isInstanceOf(DirectoryNotEmptyException.class)
            .extracting(Throwable::getMessage).asString().contains(".plan.json."));
  }
}
