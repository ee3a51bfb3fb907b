package org.sprp.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sprp.core.Programme;

/** Where the reader's rules start and stop: encodings, the size limit, the order of problems. */
class ReaderBoundariesTest {

  private static final String MINIMAL =
      "{\"format\": \"sprp-programme\", \"formatVersion\": \"1.0\", \"id\": \"p\", \"name\": {\"en\": \"P\"}}";

  @Test
  void aDocumentOfExactlyTheLimitIsRead_oneByteMoreIsRefused(@TempDir Path folder) throws IOException {
    int size = MINIMAL.getBytes(StandardCharsets.UTF_8).length;
    ProgrammeJson exact = ProgrammeJson.builder().maxDocumentBytes(size).build();
    ProgrammeJson smaller = ProgrammeJson.builder().maxDocumentBytes(size - 1).build();
    Path file = folder.resolve("p.json");
    Files.writeString(file, MINIMAL);

    assertThat(exact.read(MINIMAL).id().value()).isEqualTo("p");
    assertThat(exact.read(MINIMAL.getBytes(StandardCharsets.UTF_8)).id().value()).isEqualTo("p");
    assertThat(exact.read(file).id().value()).isEqualTo("p");
    assertThat(exact.read(new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8))).id().value())
        .isEqualTo("p");
    for (Runnable read : new Runnable[] {
        () -> smaller.read(MINIMAL), () -> smaller.read(MINIMAL.getBytes(StandardCharsets.UTF_8)),
        () -> smaller.read(file), () -> smaller.read(new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)))}) {
      assertThatExceptionOfType(ProgrammeJsonException.class).isThrownBy(read::run)
          .withMessageContaining("the document is larger than " + (size - 1) + " bytes, the limit maxDocumentBytes");
    }
  }

  @Test
  void aByteOrderMarkAloneIsRecognised() {
    assertThatExceptionOfType(ProgrammeJsonException.class)
        .isThrownBy(() -> ProgrammeJson.strict().read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
        .withMessageContaining("byte order mark");
  }

  @Test
  void twoBytesWithAZeroAreRecognisedAsUtf16() {
    assertThatExceptionOfType(ProgrammeJsonException.class)
        .isThrownBy(() -> ProgrammeJson.strict().read(new byte[] {'{', 0}))
        .withMessageContaining("the document is not UTF-8");
    assertThatExceptionOfType(ProgrammeJsonException.class)
        .isThrownBy(() -> ProgrammeJson.strict().read(new ByteArrayInputStream(new byte[] {0, '{'})))
        .withMessageContaining("the document is not UTF-8");
  }

  @Test
  void oneByteIsReadAsJson() {
    assertThatExceptionOfType(ProgrammeJsonException.class)
        .isThrownBy(() -> ProgrammeJson.strict().read(new byte[] {'{'}))
        .withMessageContaining("malformed JSON");
  }

  @Test
  void problemsOfTheProgrammeComeInDocumentOrder() {
    // Activities before sites: the model reports the site's problem first, the document has it last.
    String document = "{\"format\": \"sprp-programme\", \"formatVersion\": \"1.0\", \"id\": \"p\",\n"
        + "\"name\": {\"en\": \"P\"},\n"
        + "\"activities\": [{\"id\": \"a\", \"kind\": \"training\", \"title\": \"A\", \"status\": \"planned\","
        + " \"sites\": [\"nowhere\"]}],\n"
        + "\"sites\": [{\"id\": \"s\", \"place\": \"atlantis\", \"component\": \"c\", \"themes\": [\"t\"]}]}";

    ProgrammeJsonException e = null;
    try {
      ProgrammeJson.strict().read(document);
    } catch (ProgrammeJsonException thrown) {
      e = thrown;
    }

    assertThat(e).isInstanceOf(ProgrammeJsonException.class);
    assertThat(e.problems()).extracting(JsonProblem::pointer).containsExactly(
        "/activities/0/sites/0", "/sites/0/place", "/sites/0/component", "/sites/0/themes/0");
  }

  @Test
  void aValueOfTheWrongTypeNamesWhatWasExpected() {
    String head = "{\"format\": \"sprp-programme\", \"formatVersion\": \"1.0\", \"id\": \"p\", \"name\": {\"en\": \"P\"}, ";

    assertThatExceptionOfType(ProgrammeJsonException.class)
        .isThrownBy(() -> ProgrammeJson.strict().read(head + "\"meetings\": [{\"id\": \"m\", \"title\": \"M\", "
            + "\"body\": \"o\", \"timing\": 2015}]}"))
        .withMessageEndingWith("expected a string (an EDTF date), found a number");
    assertThatExceptionOfType(ProgrammeJsonException.class)
        .isThrownBy(() -> ProgrammeJson.strict().read(head + "\"activities\": [{\"id\": \"a\", \"kind\": \"training\", "
            + "\"title\": \"A\", \"status\": \"planned\", \"sites\": \"s\"}]}"))
        .withMessageEndingWith("expected an array of a string (a site id), found a string");
    assertThatExceptionOfType(ProgrammeJsonException.class)
        .isThrownBy(() -> ProgrammeJson.strict().read(head + "\"requests\": [{\"id\": \"r\", \"requestedBy\": [\"o\"], "
            + "\"channel\": \"document\", \"topics\": [\"t\"], \"modalities\": \"abroad\"}]}"))
        .withMessageEndingWith("expected an array of a string (modality: in-country, abroad), found a string");
    assertThatExceptionOfType(ProgrammeJsonException.class)
        .isThrownBy(() -> ProgrammeJson.strict().read(head + "\"themes\": [{\"id\": true, \"name\": {\"en\": \"T\"}}]}"))
        .withMessageEndingWith("expected a string (a theme id), found a boolean");
  }

  @Test
  void theJacksonModuleReadsEveryTypeItRegisters() {
    tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
        .addModule(new SprpJacksonModule()).build();
    Programme programme = mapper.readValue(MINIMAL, Programme.class);

    assertThat(programme.id().value()).isEqualTo("p");
    assertThat(mapper.readValue("\"2016-02?\"", org.sprp.core.time.Timing.class))
        .isEqualTo(org.sprp.core.time.Timing.parse("2016-02?"));
    assertThat(mapper.readValue("{\"en\": \"A\", \"zh\": \"甲\"}", org.sprp.core.BilingualName.class))
        .isEqualTo(org.sprp.core.BilingualName.of("A", "甲"));
  }
}
