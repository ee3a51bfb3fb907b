package org.sprp.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sprp.core.EntityId;
import org.sprp.core.Programme;
import org.sprp.core.Status;
import org.sprp.core.Theme;
import org.sprp.core.Topic;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.place.Place;
import org.sprp.core.plan.LargeProgramme;

/** The columns a programme records while it is checked say what its missions and activities say. */
class ProgrammeColumnsTest {

  private final Programme programme = LargeProgramme.of(3_000, 5);
  private final ProgrammeColumns columns = ProgrammeColumns.of(programme);

  @Test
  void eachEventsBoundsStatusAndKindAreItsOwn() {
    List<TimelineEvent> events = programme.events();
    assertThat(columns.events()).isEqualTo(events.size());
    assertThat(columns.missions()).isEqualTo(programme.missions().size());
    for (int e = 0; e < events.size(); e++) {
      TimelineEvent event = events.get(e);
      // The days of the timing's bounds, offset, in the high and low halves; every timing of the
      // generated programme has both bounds.
      long expected = event.timing().map(t -> (t.earliest().orElseThrow().toEpochDay() + ProgrammeColumns.OFFSET) << 32
          | t.latest().orElseThrow().toEpochDay() + ProgrammeColumns.OFFSET).orElse(Long.MAX_VALUE);
      assertThat(columns.bounds(e)).isEqualTo(expected);
      assertThat(columns.status(e)).isEqualTo(event.status().ordinal());
      // "mission-" and "activity-" are what the ids of each kind share.
      int skip = event instanceof Mission ? "mission-".length() : "activity-".length();
      long kind = event instanceof Mission ? 1L << 60 : 0L;
      assertThat(columns.idKey(e)).isEqualTo(kind | ProgrammeColumns.keyOfId(event.id().value(), skip));
    }
  }

  @Test
  void eachEventsAndRequestsTextsAreItsIdsAndTimings() {
    // Appended after what the builder holds, as a message writes them.
    for (int e = 0; e < programme.events().size(); e++) {
      TimelineEvent event = programme.events().get(e);
      assertThat(columns.appendId(new StringBuilder("<"), e)).hasToString("<" + event.id());
      assertThat(columns.appendTiming(new StringBuilder("<"), e))
          .hasToString("<" + event.timing().map(Object::toString).orElse(""));
    }
    assertThat(programme.events()).anyMatch(event -> event.timing().isEmpty());
    for (int r = 0; r < programme.requests().size(); r++) {
      KnowledgeRequest request = programme.requests().get(r);
      assertThat(columns.appendRequestId(new StringBuilder(), r)).hasToString(request.id().toString());
      assertThat(columns.appendRequestTiming(new StringBuilder(), r))
          .hasToString(request.timing().map(Object::toString).orElse(""));
    }
  }

  @Test
  void eachActivitysReferencesAreThePositionsOfWhatItNames() {
    for (int a = 0; a < programme.activities().size(); a++) {
      KnowledgeActivity activity = programme.activities().get(a);
      assertThat(columns.activityId(a)).isEqualTo(activity.id());
      assertThat(columns.modality(a))
          .isEqualTo(activity.modality().map(Enum::ordinal).orElse((int) ProgrammeColumns.NO_MODALITY));
      assertThat(named(columns.activityThemes(), a, programme.themes(), Theme::id)).containsExactlyElementsOf(activity.themes());
      assertThat(named(columns.activityTopics(), a, programme.topics(), Topic::id)).containsExactlyElementsOf(activity.topics());
      assertThat(named(columns.activitySites(), a, programme.sites(), PilotSite::id)).containsExactlyElementsOf(activity.sites());
      assertThat(named(columns.activityAnswers(), a, programme.requests(), KnowledgeRequest::id))
          .containsExactlyElementsOf(activity.answers());
    }
  }

  @Test
  void eachMissionsSitesAndStopsAreThePositionsOfWhatItNames() {
    for (int m = 0; m < programme.missions().size(); m++) {
      Mission mission = programme.missions().get(m);
      assertThat(named(columns.missionSites(), m, programme.sites(), PilotSite::id)).containsExactlyElementsOf(mission.sites());
      List<EntityId> stops = new ArrayList<>();
      for (MissionStop stop : mission.stops()) {
        stops.add(stop.place());
      }
      assertThat(named(columns.missionStops(), m, programme.places(), Place::id)).containsExactlyElementsOf(stops);
    }
  }

  @Test
  void eachRequestsBoundsTopicsAndMissionsAreItsOwn() {
    assertThat(columns.requests()).isEqualTo(programme.requests().size());
    for (int r = 0; r < programme.requests().size(); r++) {
      KnowledgeRequest request = programme.requests().get(r);
      assertThat(columns.requestBounds(r)).isEqualTo(ProgrammeColumns.packBounds(request.timing()));
      assertThat(named(columns.requestTopics(), r, programme.topics(), Topic::id)).containsExactlyElementsOf(request.topics());
      assertThat(named(columns.requestMissions(), r, programme.missions(), Mission::id))
          .containsExactlyElementsOf(request.followUpOf());
    }
  }

  @Test
  void referencesInPositionOrderAreEachIndexOfTheEntityOnceInTheOrderOfWhatTheyName() {
    ProgrammeColumns.References topics = columns.requestTopics();
    for (int r = 0; r < columns.requests(); r++) {
      int[] ordered = topics.inPositionOrder(r);
      List<Integer> indexes = new ArrayList<>();
      for (int k : ordered) {
        indexes.add(k);
      }
      List<Integer> expected = new ArrayList<>();
      for (int k = topics.start(r); k < topics.end(r); k++) {
        expected.add(k);
      }
      expected.sort(java.util.Comparator.comparingInt(topics::position));
      assertThat(indexes).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void referencesPositionsInOrderAreThePositionsTheEntityNamesSorted() {
    ProgrammeColumns.References sites = columns.activitySites();
    boolean several = false;
    for (int a = 0; a < programme.activities().size(); a++) {
      List<Integer> expected = new ArrayList<>();
      for (int k = sites.start(a); k < sites.end(a); k++) {
        expected.add(sites.position(k));
      }
      several |= expected.size() > 1;
      expected.sort(null);
      assertThat(sites.positionsInOrder(a)).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
    // Half the generated activities name two sites, in id order: some need sorting.
    assertThat(several).isTrue();
  }

  @Test
  void boundsPackTheEarliestAndLatestDaysOrMarkWhatIsOpenOrMissing() {
    assertThat(ProgrammeColumns.packBounds(Optional.empty())).isEqualTo(ProgrammeColumns.UNTIMED);
    long february = ProgrammeColumns.packBounds(Optional.of(org.sprp.core.time.Timing.parse("2016-02")));
    assertThat(february >>> 32).isEqualTo(java.time.LocalDate.of(2016, 2, 1).toEpochDay() + ProgrammeColumns.OFFSET);
    assertThat(february & 0xFFFF_FFFFL)
        .isEqualTo(java.time.LocalDate.of(2016, 2, 29).toEpochDay() + ProgrammeColumns.OFFSET);
    long open = ProgrammeColumns.packBounds(Optional.of(org.sprp.core.time.Timing.parse("../2016")));
    assertThat(open >>> 32).isEqualTo(ProgrammeColumns.OPEN_START);
    long ongoing = ProgrammeColumns.packBounds(Optional.of(org.sprp.core.time.Timing.parse("2016/..")));
    assertThat(ongoing & 0xFFFF_FFFFL).isEqualTo(ProgrammeColumns.OPEN_END);
    assertThat(ongoing).isLessThan(ProgrammeColumns.UNTIMED);
  }

  @Test
  void aRecorderBuildsOnceEveryEventWasRecordedAndOnlyOnce() {
    ProgrammeColumns.Recorder recorder = new ProgrammeColumns.Recorder(1, 0, 2);
    recorder.event("visit", Optional.empty(), Status.PLANNED);
    recorder.next();
    recorder.event("ab", Optional.empty(), Status.PLANNED);
    recorder.next();
    assertThatIllegalStateException().isThrownBy(recorder::build).withMessage("recorded 2 events of 3");
    recorder.event("ac", Optional.empty(), Status.PLANNED);
    recorder.next();
    ProgrammeColumns built = recorder.build();
    long[] keys = {built.idKey(0), built.idKey(1), built.idKey(2)};
    // Building again would put the keys right a second time, in the columns already handed out.
    assertThatIllegalStateException().isThrownBy(recorder::build).withMessage("the columns were already built");
    assertThatIllegalStateException().isThrownBy(() -> recorder.event("ad", Optional.empty(), Status.PLANNED))
        .withMessage("the columns were already built");
    assertThat(new long[] {built.idKey(0), built.idKey(1), built.idKey(2)}).containsExactly(keys);
    assertThat(built.idKey(1)).isEqualTo(ProgrammeColumns.keyOfId("ab", 1));
  }

  @Test
  void aRecorderBuildsOnceEveryRequestWasRecorded() {
    ProgrammeColumns.Recorder recorder = new ProgrammeColumns.Recorder(0, 2, 0);
    recorder.request("r1", Optional.empty());
    recorder.requestTopic(3);
    recorder.nextRequest();
    assertThatIllegalStateException().isThrownBy(recorder::build).withMessage("recorded 1 requests of 2");
    recorder.request("r2", Optional.of(org.sprp.core.time.Timing.parse("2016")));
    recorder.requestMission(0);
    recorder.nextRequest();
    ProgrammeColumns built = recorder.build();
    assertThat(built.requests()).isEqualTo(2);
    assertThat(built.requestTopics().start(0)).isZero();
    assertThat(built.requestTopics().end(1)).isEqualTo(1);
    assertThat(built.requestMissions().start(1)).isZero();
    assertThat(built.requestMissions().position(0)).isZero();
    assertThat(built.appendRequestId(new StringBuilder(), 0)).hasToString("r1");
    assertThat(built.appendRequestTiming(new StringBuilder("-"), 0)).hasToString("-");
    assertThat(built.appendRequestId(new StringBuilder(), 1)).hasToString("r2");
    assertThat(built.appendRequestTiming(new StringBuilder(), 1)).hasToString("2016");
    assertThatIllegalStateException().isThrownBy(() -> recorder.request("r3", Optional.empty()))
        .withMessage("the columns were already built");
  }

  @Test
  void onlyProgrammeGrantsAccessToItsColumns() {
    ProgrammeColumns other = ProgrammeColumns.of(LargeProgramme.of(100, 6));
    assertThatIllegalArgumentException().isThrownBy(() -> ProgrammeColumns.grantAccess(p -> other))
        .withMessage("only Programme grants access to its columns");
    // Had the other accessor been taken, every programme would answer with the other's columns.
    assertThat(ProgrammeColumns.of(programme)).isSameAs(columns).isNotSameAs(other);
  }

  @Test
  void idKeysSkipWhatAllIdsOfTheirKindShareThoughTheyWereKeyedWhenMoreWasShared() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    String alphabet = "-0123456789abcdefghijklmnopqrstuvwxyz";
    for (int round = 0; round < 300; round++) {
      // Ids that share a long start, then ever less of it, so the shared start shrinks often.
      String start = "panel-discussion-of-the-provinces-2016";
      int missions = random.nextInt(6);
      int activities = 1 + random.nextInt(12);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < missions + activities; i++) {
        int keep = Math.max(0, start.length() - random.nextInt(i + 1) * random.nextInt(8));
        StringBuilder id = new StringBuilder(start.substring(0, keep));
        for (int c = random.nextInt(14); c >= 0; c--) {
          id.append(alphabet.charAt(1 + random.nextInt(alphabet.length() - 1)));
        }
        ids.add(id.toString());
      }
      ProgrammeColumns.Recorder recorder = new ProgrammeColumns.Recorder(missions, 0, activities);
      for (String id : ids) {
        recorder.event(id, Optional.empty(), Status.PLANNED);
        recorder.next();
      }
      ProgrammeColumns recorded = recorder.build();
      for (int i = 0; i < ids.size(); i++) {
        List<String> ofKind = i < missions ? ids.subList(0, missions) : ids.subList(missions, ids.size());
        int shared = ofKind.get(0).length();
        for (String id : ofKind) {
          shared = Math.min(shared, com.google.common.base.Strings.commonPrefix(ofKind.get(0), id).length());
        }
        long kind = i < missions ? 1L << 60 : 0L;
        assertThat(recorded.idKey(i)).as("round %d, %s among %s", round, ids.get(i), ofKind)
            .isEqualTo(kind | ProgrammeColumns.keyOfId(ids.get(i), shared));
      }
    }
  }

  /** Returns the entities a reference list names, by the positions it records. */
  private static <T> List<EntityId> named(ProgrammeColumns.References references, int entity, List<T> entities,
      Function<T, ? extends EntityId> id) {
    List<EntityId> ids = new ArrayList<>();
    for (int k = references.start(entity); k < references.end(entity); k++) {
      ids.add(id.apply(entities.get(references.position(k))));
    }
    return ids;
  }
}
