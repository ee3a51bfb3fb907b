package org.sprp.serialization;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sprp.core.BilingualName;
import org.sprp.core.Component;
import org.sprp.core.EntityId;
import org.sprp.core.Programme;
import org.sprp.core.Status;
import org.sprp.core.Theme;
import org.sprp.core.Topic;
import org.sprp.core.activity.ActivityKind;
import org.sprp.core.activity.Engagement;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.ModalityChoice;
import org.sprp.core.activity.RequestChannel;
import org.sprp.core.actor.Decision;
import org.sprp.core.actor.Meeting;
import org.sprp.core.actor.Organisation;
import org.sprp.core.actor.OrganisationKind;
import org.sprp.core.place.Place;
import org.sprp.core.place.PlaceLevel;
import org.sprp.core.time.Timing;

/** Each value of the model that can be read and written on its own round-trips on its own. */
@DisplayName("Round trip of single values")
class ValueRoundTripTest {

  private static final ProgrammeJson JSON = ProgrammeJson.strict();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("every value of a random programme round-trips on its own")
  void everyValue(long seed) {
    roundTripAll(RandomProgrammes.random(seed));
  }

  @Test
  @DisplayName("the values round-tripped cover every type readValue supports")
  void everyType() {
    Set<Class<?>> types = new HashSet<>();
    seeds().forEach(seed -> types.addAll(roundTripAll(RandomProgrammes.random(seed))));

    assertThat(types).containsExactlyInAnyOrderElementsOf(ModelCodecs.BY_TYPE.keySet());
  }

  @Test
  @DisplayName("a request's modality choice is read when given, and written only when it is not the default")
  void modalityChoiceHasADefault() {
    String each = "{\"id\": \"r\", \"requestedBy\": [\"o\"], \"channel\": \"document\", \"topics\": [\"t\"], "
        + "\"modalities\": [\"in-country\", \"abroad\"], \"modalityChoice\": \"each\"}";

    KnowledgeRequest request = JSON.readValue(each, KnowledgeRequest.class);

    assertThat(request.modalityChoice()).isEqualTo(ModalityChoice.EACH);
    assertThat(JSON.writeValueAsString(request)).doesNotContain("modalityChoice");
    KnowledgeRequest any = JSON.readValue(each.replace("\"each\"", "\"any\""), KnowledgeRequest.class);
    assertThat(any.modalityChoice()).isEqualTo(ModalityChoice.ANY);
    assertThat(JSON.writeValueAsString(any)).contains("\"modalityChoice\": \"any\"");
    assertThatThrownBy(() -> JSON.readValue(each.replace("\"each\"", "\"either\""), KnowledgeRequest.class))
        .isInstanceOf(ProgrammeJsonException.class)
        .hasMessageContaining("/modalityChoice")
        .hasMessageContaining("unknown modality choice 'either': expected one of each, any");
  }

  @Test
  @DisplayName("every enumeration of the format prints as the text JSON writes")
  void everyEnumerationPrintsAsItsJsonText() {
    int enums = 0;
    for (Class<?> type : ModelCodecs.BY_TYPE.keySet()) {
      if (type.isEnum()) {
        for (Object constant : type.getEnumConstants()) {
          assertThat(constant.toString()).as("%s", constant.getClass()).isEqualTo(Scalars.jsonName((Enum<?>) constant));
        }
        enums++;
      }
    }
    assertThat(enums).isEqualTo(7);
  }

  /** Round-trips each value of the programme, returning the types it round-tripped. */
  private static Set<Class<?>> roundTripAll(Programme p) {
    Set<Class<?>> types = new HashSet<>();
    roundTrip(p.name(), BilingualName.class, types);
    roundTripId(p.id(), types);
    for (Component component : p.components()) {
      roundTrip(component, Component.class, types);
      roundTripId(component.id(), types);
      roundTrip(component.name(), BilingualName.class, types);
    }
    for (Theme theme : p.themes()) {
      roundTrip(theme, Theme.class, types);
      roundTripId(theme.id(), types);
    }
    for (Topic topic : p.topics()) {
      roundTrip(topic, Topic.class, types);
      roundTripId(topic.id(), types);
    }
    for (Place place : p.places()) {
      roundTrip(place, Place.class, types);
      roundTrip(place.name(), BilingualName.class, types);
      roundTripId(place.id(), types);
      roundTrip(place.level(), PlaceLevel.class, types);
    }
    for (Organisation organisation : p.organisations()) {
      roundTrip(organisation, Organisation.class, types);
      roundTripId(organisation.id(), types);
      roundTrip(organisation.kind(), OrganisationKind.class, types);
    }
    for (Meeting meeting : p.meetings()) {
      roundTrip(meeting, Meeting.class, types);
      roundTrip(meeting.timing(), Timing.class, types);
      roundTripId(meeting.id(), types);
    }
    for (Decision decision : p.decisions()) {
      roundTrip(decision, Decision.class, types);
      roundTripId(decision.id(), types);
    }
    for (PilotSite site : p.sites()) {
      roundTrip(site, PilotSite.class, types);
      roundTripId(site.id(), types);
    }
    for (Mission mission : p.missions()) {
      roundTrip(mission, Mission.class, types);
      roundTripId(mission.id(), types);
      roundTrip(mission.status(), Status.class, types);
      for (MissionStop stop : mission.stops()) {
        roundTrip(stop, MissionStop.class, types);
        stop.timing().ifPresent(timing -> roundTrip(timing, Timing.class, types));
        for (Engagement engagement : stop.engagements()) {
          roundTrip(engagement, Engagement.class, types);
        }
      }
    }
    for (KnowledgeRequest request : p.requests()) {
      roundTrip(request, KnowledgeRequest.class, types);
      roundTripId(request.id(), types);
      roundTrip(request.channel(), RequestChannel.class, types);
      roundTrip(request.modalityChoice(), ModalityChoice.class, types);
      for (Modality modality : request.modalities()) {
        roundTrip(modality, Modality.class, types);
      }
    }
    for (KnowledgeActivity activity : p.activities()) {
      roundTrip(activity, KnowledgeActivity.class, types);
      roundTripId(activity.id(), types);
      roundTrip(activity.kind(), ActivityKind.class, types);
      roundTrip(activity.status(), Status.class, types);
      activity.timing().ifPresent(timing -> roundTrip(timing, Timing.class, types));
    }
    return types;
  }

  @SuppressWarnings("unchecked")
  private static <I extends EntityId> void roundTripId(I id, Set<Class<?>> types) {
    roundTrip(id, (Class<I>) id.getClass(), types);
  }

  private static <T> void roundTrip(T value, Class<T> type, Set<Class<?>> types) {
    byte[] document = JSON.writeValue(value);
    String text = JSON.writeValueAsString(value);

    T read = JSON.readValue(document, type);

    assertThat(read).isEqualTo(value);
    assertThat(JSON.writeValue(read)).isEqualTo(document);
    assertThat(JSON.readValue(text, type)).isEqualTo(value);
    assertThat(text.getBytes(UTF_8)).isEqualTo(document);
    assertThat(text).endsWith("\n").doesNotEndWith("\n\n");
    types.add(type);
  }

  @Test
  @DisplayName("a timing is written as a JSON string, then a newline")
  void timingIsAString() {
    Timing timing = Timing.parse("2016-02?");

    assertThat(JSON.writeValue(timing)).isEqualTo("\"2016-02?\"\n".getBytes(UTF_8));
    assertThat(JSON.writeValueAsString(Timing.parse("2015-09/.."))).isEqualTo("\"2015-09/..\"\n");
    assertThat(JSON.readValue("\"2016-02?\"", Timing.class)).isEqualTo(timing);
    assertThat(JSON.readValue("  \"2016-02?\"\n".getBytes(UTF_8), Timing.class)).isEqualTo(timing);
  }

  @Test
  @DisplayName("a name is an object of en and zh, the Chinese written as it is")
  void nameIsAnObject() {
    assertThat(JSON.writeValueAsString(BilingualName.of("Luzhou", "泸州市")))
        .isEqualTo("{\n  \"en\": \"Luzhou\",\n  \"zh\": \"泸州市\"\n}\n");
    assertThat(JSON.writeValueAsString(BilingualName.of("Luzhou"))).isEqualTo("{\n  \"en\": \"Luzhou\"\n}\n");
  }

  @Test
  @DisplayName("readValue of a type that is not the model's is refused, naming the type")
  void unsupportedTypeToRead() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JSON.readValue("\"text\"", String.class))
        .withMessageContaining("java.lang.String");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JSON.readValue("\"text\"".getBytes(UTF_8), String.class))
        .withMessageContaining("java.lang.String");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JSON.readValue("\"luzhou\"", EntityId.class))
        .withMessageContaining("org.sprp.core.EntityId");
  }

  @Test
  @DisplayName("writeValue of a value that is not the model's is refused, naming its class")
  void unsupportedTypeToWrite() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JSON.writeValue("text"))
        .withMessageContaining("java.lang.String");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JSON.writeValueAsString(LocalDate.of(2016, 2, 1)))
        .withMessageContaining("java.time.LocalDate");
  }

  @Test
  @DisplayName("readValue and writeValue take the programme too")
  void programme() {
    Programme programme = RandomProgrammes.generate(3, 10);

    assertThat(JSON.readValue(JSON.writeValue(programme), Programme.class)).isEqualTo(programme);
    assertThat(JSON.writeValue(programme)).isEqualTo(JSON.write(programme));
  }
}
