package org.sprp.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sprp.core.ActivityId;
import org.sprp.core.ComponentId;
import org.sprp.core.DecisionId;
import org.sprp.core.EntityId;
import org.sprp.core.MeetingId;
import org.sprp.core.MissionId;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.Programme;
import org.sprp.core.ProgrammeId;
import org.sprp.core.RequestId;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.ThemeId;
import org.sprp.core.TopicId;
import org.sprp.core.activity.ActivityKind;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.RequestChannel;
import org.sprp.core.actor.OrganisationKind;
import org.sprp.core.place.Place;
import org.sprp.core.place.PlaceLevel;
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

  /** A user's own structure that holds ids and enumerations of the model. */
  public record Row(ActivityId id, SiteId site, Status status, ActivityKind kind, List<Modality> modalities) {}

  static List<EntityId> ids() {
    return List.of(ProgrammeId.of("sprp"), ComponentId.of("c1"), ThemeId.of("ageing-population"),
        TopicId.of("pension-reform"), PlaceId.of("luzhou"), OrganisationId.of("ndrc"), MeetingId.of("psc-1"),
        DecisionId.of("psc-1-sites"), SiteId.of("luzhou"), MissionId.of("guangdong-visit"),
        RequestId.of("provinces-2016"), ActivityId.of("panel-discussion-2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  @DisplayName("an id goes through the mapper as its text, as the facade writes it")
  void id(EntityId id) {
    String written = MAPPER.writeValueAsString(id);

    assertThat(written).isEqualTo("\"" + id.value() + "\"");
    assertThat(JSON.writeValueAsString(id)).isEqualTo(written + "\n");
    assertThat(MAPPER.readValue(written, id.getClass())).isEqualTo(id);
    assertThat(JSON.readValue(written, id.getClass())).isEqualTo(id);
  }

  static List<Enum<?>> constants() {
    List<Enum<?>> constants = new java.util.ArrayList<>();
    for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Status.class, PlaceLevel.class,
        OrganisationKind.class, Modality.class, ActivityKind.class, RequestChannel.class)) {
      constants.addAll(List.of(type.getEnumConstants()));
    }
    return constants;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  @DisplayName("an enumeration goes through the mapper as its text, as the facade writes it")
  void enumeration(Enum<?> constant) {
    String written = MAPPER.writeValueAsString(constant);

    assertThat(written).isEqualTo("\"" + Scalars.jsonName(constant) + "\"");
    assertThat(JSON.writeValueAsString(constant)).isEqualTo(written + "\n");
    assertThat(MAPPER.readValue(written, constant.getDeclaringClass())).isEqualTo(constant);
  }

  @Test
  @DisplayName("ids and enumerations inside the user's own structures are written and read as text")
  void inUserStructures() {
    Row row = new Row(ActivityId.of("panel-discussion-2"), SiteId.of("luzhou"), Status.PLANNED,
        ActivityKind.PANEL_DISCUSSION, List.of(Modality.IN_COUNTRY, Modality.ABROAD));

    String written = MAPPER.writeValueAsString(row);

    assertThat(written).isEqualTo("{\"id\":\"panel-discussion-2\",\"site\":\"luzhou\",\"status\":\"planned\","
        + "\"kind\":\"panel-discussion\",\"modalities\":[\"in-country\",\"abroad\"]}");
    assertThat(MAPPER.readValue(written, Row.class)).isEqualTo(row);
  }

  @Test
  @DisplayName("ids as keys of the user's maps are written and read as their text")
  void idsAsMapKeys() {
    Map<SiteId, Status> statuses = new LinkedHashMap<>();
    statuses.put(SiteId.of("luzhou"), Status.COMPLETED);
    statuses.put(SiteId.of("shanghai"), Status.PLANNED);

    String written = MAPPER.writeValueAsString(statuses);

    assertThat(written).isEqualTo("{\"luzhou\":\"completed\",\"shanghai\":\"planned\"}");
    assertThat(MAPPER.readValue(written, new TypeReference<Map<SiteId, Status>>() {})).isEqualTo(statuses);
  }

  @Test
  @DisplayName("enumerations and timings as keys of the user's maps are written and read as their text")
  void enumerationsAndTimingsAsMapKeys() {
    Map<Status, Integer> counts = new LinkedHashMap<>();
    counts.put(Status.COMPLETED, 2);
    counts.put(Status.PLANNED, 1);
    Map<Timing, String> byTiming = new LinkedHashMap<>();
    byTiming.put(Timing.parse("2016-02?"), "a");
    byTiming.put(Timing.parse("2015-09/.."), "b");

    String countsWritten = MAPPER.writeValueAsString(counts);
    String byTimingWritten = MAPPER.writeValueAsString(byTiming);

    assertThat(countsWritten).isEqualTo("{\"completed\":2,\"planned\":1}");
    assertThat(MAPPER.readValue(countsWritten, new TypeReference<Map<Status, Integer>>() {})).isEqualTo(counts);
    assertThat(byTimingWritten).isEqualTo("{\"2016-02?\":\"a\",\"2015-09/..\":\"b\"}");
    assertThat(MAPPER.readValue(byTimingWritten, new TypeReference<Map<Timing, String>>() {})).isEqualTo(byTiming);
  }

  @Test
  @DisplayName("an invalid key of a user's map is refused where it is, naming the rule")
  void invalidMapKey() {
    ProgrammeJsonException site = catchThrowableOfType(ProgrammeJsonException.class,
        () -> MAPPER.readValue("{\"luzhou\": \"planned\", \"Shanghai\": \"planned\"}",
            new TypeReference<Map<SiteId, Status>>() {}));
    ProgrammeJsonException status = catchThrowableOfType(ProgrammeJsonException.class,
        () -> MAPPER.readValue("{\"PLANNED\": 1}", new TypeReference<Map<Status, Integer>>() {}));
    ProgrammeJsonException timing = catchThrowableOfType(ProgrammeJsonException.class,
        () -> MAPPER.readValue("{\"2016-02-30\": 1}", new TypeReference<Map<Timing, Integer>>() {}));

    assertThat(site.pointer()).isEqualTo("/Shanghai");
    assertThat(site.problems()).singleElement().extracting(JsonProblem::message).asString()
        .startsWith("site id 'Shanghai' is invalid at index 0, 'S'");
    assertThat(status.problems()).singleElement().extracting(JsonProblem::message)
        .isEqualTo("unknown status 'PLANNED': expected one of " + String.join(", ", Scalars.jsonNames(Status.class)));
    assertThat(timing.problems()).singleElement().extracting(JsonProblem::message).asString()
        .startsWith("Invalid timing '2016-02-30'");
  }

  @Test
  @DisplayName("an invalid id or enumeration read through the mapper names the rule")
  void invalidIdOrEnumeration() {
    ProgrammeJsonException id = catchThrowableOfType(ProgrammeJsonException.class,
        () -> MAPPER.readValue("\"Luzhou\"", SiteId.class));
    ProgrammeJsonException status = catchThrowableOfType(ProgrammeJsonException.class,
        () -> MAPPER.readValue("\"PLANNED\"", Status.class));

    assertThat(id.getMessage()).contains("site id 'Luzhou' is invalid at index 0");
    assertThat(status.getMessage()).contains("'PLANNED'").contains("planned");
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
