package org.sprp.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sprp.core.Programme;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.place.Place;
import org.sprp.core.time.Timing;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module, for users who bring their own mapper, found through ServiceLoader. */
@DisplayName("SprpJacksonModule")
class JacksonModuleTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  private static final ProgrammeJson JSON = ProgrammeJson.strict();

  static LongStream seeds() {
    return LongStream.range(0, 50);
  }

  @Test
  @DisplayName("findAndAddModules() finds the module through ServiceLoader")
  void discovered() {
    assertThat(MAPPER.registeredModules()).hasAtLeastOneElementOfType(SprpJacksonModule.class);
    assertThat(JsonMapper.builder().build().registeredModules()).doesNotHaveAnyElementsOfTypes(SprpJacksonModule.class);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("the mapper reads a document as the facade does")
  void readsAsTheFacade(long seed) {
    String document = JSON.writeString(RandomProgrammes.random(seed));

    assertThat(MAPPER.readValue(document, Programme.class)).isEqualTo(JSON.read(document));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("what the mapper writes, the facade reads back as the same programme")
  void writesForTheFacade(long seed) {
    Programme programme = RandomProgrammes.random(seed);

    String written = MAPPER.writeValueAsString(programme);

    assertThat(JSON.read(written)).isEqualTo(programme);
    assertThat(MAPPER.readValue(written, Programme.class)).isEqualTo(programme);
  }

  @Test
  @DisplayName("single values go through the mapper too, on their own and inside the user's structures")
  void values() {
    Programme programme = RandomProgrammes.generate(11, 40);
    for (Place place : programme.places()) {
      String written = MAPPER.writeValueAsString(place);
      assertThat(MAPPER.readValue(written, Place.class)).isEqualTo(place);
      assertThat(JSON.readValue(written, Place.class)).isEqualTo(place);
    }
    for (KnowledgeActivity activity : programme.activities()) {
      String written = MAPPER.writeValueAsString(activity);
      assertThat(MAPPER.readValue(written, KnowledgeActivity.class)).isEqualTo(activity);
      assertThat(MAPPER.readValue(JSON.writeValueAsString(activity), KnowledgeActivity.class)).isEqualTo(activity);
    }
    Timing timing = Timing.parse("2016-02?");
    assertThat(MAPPER.writeValueAsString(timing)).isEqualTo("\"2016-02?\"");
    assertThat(MAPPER.readValue("\"2016-02?\"", Timing.class)).isEqualTo(timing);
    assertThat(MAPPER.readValue("[\"2015-09/..\", \"-0044-03-15\"]", new TypeReference<List<Timing>>() {}))
        .containsExactly(Timing.parse("2015-09/.."), Timing.parse("-0044-03-15"));
    assertThat(MAPPER.writeValueAsString(List.of(Timing.parse("2015"), Timing.parse("201X"))))
        .isEqualTo("[\"2015\",\"201X\"]");
  }

  @Test
  @DisplayName("a dangling reference read through the mapper points at it, with line and column -1")
  void danglingReference() {
    String document = "{\"format\": \"sprp-programme\", \"formatVersion\": \"1.0\", \"id\": \"p\",\n"
        + "\"name\": {\"en\": \"P\"},\n"
        + "\"activities\": [\n"
        + "  {\"id\": \"a\", \"kind\": \"seminar\", \"title\": \"A\", \"status\": \"planned\"},\n"
        + "  {\"id\": \"b\", \"kind\": \"seminar\", \"title\": \"B\", \"status\": \"planned\", \"venue\": \"nowhere\"}\n"
        + "]}";

    // Jackson lets the module's exception through unwrapped.
    ProgrammeJsonException e = catchThrowableOfType(ProgrammeJsonException.class,
        () -> MAPPER.readValue(document, Programme.class));

    assertThat(e.pointer()).isEqualTo("/activities/1/venue");
    assertThat(e.line()).isEqualTo(-1);
    assertThat(e.column()).isEqualTo(-1);
    assertThat(e.problems()).singleElement().extracting(JsonProblem::message).isEqualTo("unknown place 'nowhere'");
    // The facade, which can read the source again, knows where it is.
    ProgrammeJsonException facade = catchThrowableOfType(ProgrammeJsonException.class, () -> JSON.read(document));
    assertThat(facade.pointer()).isEqualTo("/activities/1/venue");
    assertThat(facade.line()).isEqualTo(5);
  }

  @Test
  @DisplayName("the mapper reads strictly: an unknown field is refused where it is")
  void strict() {
    String document = "{\n  \"en\": \"Luzhou\",\n  \"pinyin\": \"Luzhou\"\n}";

    ProgrammeJsonException e = catchThrowableOfType(ProgrammeJsonException.class,
        () -> MAPPER.readValue(document, org.sprp.core.BilingualName.class));

    assertThat(e.pointer()).isEqualTo("/pinyin");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).contains("unknown field 'pinyin'");
  }
}
