package org.sprp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sprp.core.Programme;
import org.sprp.serialization.ProgrammeJson;

/** The seed programme's JSON file is the programme built in code, written canonically. */
class SeedProgrammeJsonTest {

  private static byte[] file() throws IOException {
    try (InputStream in = SeedProgramme.class.getResourceAsStream("/pilot-sites-2015.json")) {
      assertThat(in).as("pilot-sites-2015.json on the class path").isInstanceOf(InputStream.class);
      return in.readAllBytes();
    }
  }

  @Test
  void theFileHoldsTheProgrammeBuiltInCode() throws IOException {
    Programme fromFile = ProgrammeJson.strict().read(file());

    assertThat(fromFile).isEqualTo(SeedProgramme.build());
  }

  @Test
  void writingTheProgrammeReproducesTheFileByteForByte() throws IOException {
    assertThat(ProgrammeJson.strict().write(SeedProgramme.build())).isEqualTo(file());
  }

  /** The serialization benchmarks read their own copy of the file, which must not drift from it. */
  @Test
  void theBenchmarksCopyOfTheFileIsTheSame() throws IOException {
    Path copy = Path.of("../serialization/src/bench/resources/org/sprp/serialization/bench/pilot-sites-2015.json");

    assertThat(Files.readAllBytes(copy)).isEqualTo(file());
  }

  @Test
  void readingAndWritingTheFileChangesNothing() throws IOException {
    ProgrammeJson json = ProgrammeJson.strict();

    assertThat(json.write(json.read(file()))).isEqualTo(file());
  }
}
