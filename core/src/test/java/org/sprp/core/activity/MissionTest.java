package org.sprp.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sprp.core.ActivityId;
import org.sprp.core.MissionId;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.ThemeId;
import org.sprp.core.TopicId;
import org.sprp.core.time.Timing;

/**
 * A mission: a field visit with an itinerary of at least one stop, each stop's timing lying within
 * the mission's.
 */
class MissionTest {

  private static final PlaceId CHENGDU = PlaceId.of("chengdu");
  private static final PlaceId LUZHOU = PlaceId.of("luzhou");
  private static final OrganisationId NDRC = OrganisationId.of("ndrc");
  private static final OrganisationId EU_DELEGATION = OrganisationId.of("eu-delegation");

  /**
   * The visit of September 2015 to Luzhou and Chengdu at the initiative of NDRC, with the EU
   * delegation taking part.
   */
  private static Mission.Builder sichuan2015() {
    return Mission.builder()
        .id(MissionId.of("sichuan-2015-09"))
        .title("Field visit to Luzhou and Chengdu")
        .initiator(NDRC)
        .addParticipants(EU_DELEGATION)
        .addPurposes("Meet the city government", "Visit social security service centres")
        .addStops(
            MissionStop.builder().place(LUZHOU).timing(Timing.parse("2015-09-14")).build(),
            MissionStop.builder().place(CHENGDU).timing(Timing.parse("2015-09-16")).build())
        .addSites(SiteId.of("luzhou"))
        .addThemes(ThemeId.of("rural-urban-integration"))
        .status(Status.COMPLETED)
        .timing(Timing.parse("2015-09"));
  }

  @Test
  void aMissionHasAnInitiatorParticipantsPurposesAndAnItinerary() {
    Mission mission = sichuan2015().build();

    assertThat(mission.id()).isEqualTo(MissionId.of("sichuan-2015-09"));
    assertThat(mission.title()).isEqualTo("Field visit to Luzhou and Chengdu");
    assertThat(mission.initiator()).isEqualTo(NDRC);
    assertThat(mission.participants()).containsExactly(EU_DELEGATION);
    assertThat(mission.purposes())
        .containsExactly("Meet the city government", "Visit social security service centres");
    assertThat(mission.stops()).extracting(MissionStop::place).containsExactly(LUZHOU, CHENGDU);
    assertThat(mission.sites()).containsExactly(SiteId.of("luzhou"));
    assertThat(mission.themes()).containsExactly(ThemeId.of("rural-urban-integration"));
    assertThat(mission.status()).isEqualTo(Status.COMPLETED);
    assertThat(mission.timing()).contains(Timing.parse("2015-09"));
  }

  @Test
  void setsAreInIdOrderWhateverTheOrderGiven_whileStopsAndPurposesKeepTheirs() {
    Mission mission = sichuan2015()
        .addParticipants(OrganisationId.of("ai-team"))
        .addSites(SiteId.of("chengdu"))
        .addThemes(ThemeId.of("ageing-population"))
        .build();

    assertThat(mission.participants()).containsExactly(OrganisationId.of("ai-team"), EU_DELEGATION);
    assertThat(mission.sites()).containsExactly(SiteId.of("chengdu"), SiteId.of("luzhou"));
    assertThat(mission.themes()).containsExactly(ThemeId.of("ageing-population"), ThemeId.of("rural-urban-integration"));
    assertThat(mission.stops()).extracting(MissionStop::place).containsExactly(LUZHOU, CHENGDU);
    assertThat(mission.purposes())
        .containsExactly("Meet the city government", "Visit social security service centres");
  }

  @Test
  void placesAreThoseOfTheStopsEachOnceInTheOrderFirstVisited() {
    Mission mission = sichuan2015()
        .stops(List.of(
            MissionStop.of(CHENGDU),
            MissionStop.of(LUZHOU),
            MissionStop.of(CHENGDU),
            MissionStop.of(PlaceId.of("yibin")),
            MissionStop.of(LUZHOU)))
        .build();

    assertThat(mission.places()).containsExactly(CHENGDU, LUZHOU, PlaceId.of("yibin"));
  }

  @Test
  void aStopTimingWithinTheMissionTimingIsAccepted() {
    Mission mission = sichuan2015()
        .stops(List.of(
            MissionStop.builder().place(LUZHOU).timing(Timing.parse("2015-09-01")).build(),
            MissionStop.builder().place(CHENGDU).timing(Timing.parse("2015-09")).build()))
        .build();

    assertThat(mission.stops()).hasSize(2);
  }

  @Test
  void stopTimingsAreNotCheckedWhenTheMissionTimingIsUnknown() {
    Mission mission = sichuan2015()
        .timing(Optional.empty())
        .stops(List.of(MissionStop.builder().place(LUZHOU).timing(Timing.parse("2016-03")).build()))
        .build();

    assertThat(mission.timing()).isEmpty();
    assertThat(mission.stops().get(0).timing()).contains(Timing.parse("2016-03"));
  }

  @Test
  void missionsAreEqualWhenAllTheirAttributesAreEqual() {
    new EqualsTester()
        .addEqualityGroup(sichuan2015().build(), sichuan2015().build())
        .addEqualityGroup(sichuan2015().id(MissionId.of("sichuan-2015")).build())
        .addEqualityGroup(sichuan2015().title("Field visit to Sichuan").build())
        .addEqualityGroup(sichuan2015().initiator(EU_DELEGATION).build())
        .addEqualityGroup(sichuan2015().participants(List.of()).build())
        .addEqualityGroup(sichuan2015().purposes(List.of("Meet the city government")).build())
        .addEqualityGroup(sichuan2015().stops(List.of(MissionStop.of(LUZHOU))).build())
        .addEqualityGroup(sichuan2015()
            .stops(List.of(MissionStop.of(CHENGDU), MissionStop.of(LUZHOU)))
            .build())
        .addEqualityGroup(sichuan2015()
            .stops(List.of(MissionStop.of(LUZHOU), MissionStop.of(CHENGDU)))
            .build())
        .addEqualityGroup(sichuan2015().sites(List.of(SiteId.of("huizhou"))).build())
        .addEqualityGroup(sichuan2015().themes(List.of(ThemeId.of("migrant-workers"))).build())
        .addEqualityGroup(sichuan2015().status(Status.SCHEDULED).build())
        .addEqualityGroup(sichuan2015().timing(Timing.parse("2015-21/2015-23")).build())
        .testEquals();
  }

  @Test
  void theTitleMustNotBeBlank() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> sichuan2015().title("  ").build())
        .withMessage("Mission 'sichuan-2015-09': title must not be blank");
  }

  @Test
  void aBlankPurposeIsRejectedWithItsIndex() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> sichuan2015()
            .purposes(List.of("Meet the city government", " ", "Visit a company"))
            .build())
        .withMessage("Mission 'sichuan-2015-09': purposes[1] must not be blank");
  }

  @Test
  void aMissionHasAtLeastOneStop() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> sichuan2015().stops(List.of()).build())
        .withMessage("Mission 'sichuan-2015-09': stops must not be empty: a mission has at least one stop");
  }

  @Test
  void aStopTimingOutsideTheMissionTimingIsRejectedWithItsIndex() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> sichuan2015()
            .timing(Timing.parse("2015-09"))
            .stops(List.of(
                MissionStop.of(LUZHOU),
                MissionStop.builder().place(CHENGDU).timing(Timing.parse("2015-10")).build()))
            .build())
        .withMessage("Mission 'sichuan-2015-09': timing 2015-09 must contain the timing of each stop; "
            + "stops[1].timing 2015-10 lies outside it");
  }

  @Test
  void aStopTimingOnlyPartlyWithinTheMissionTimingIsRejected() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> sichuan2015()
            .timing(Timing.parse("2015-09"))
            .stops(List.of(
                MissionStop.builder().place(LUZHOU).timing(Timing.parse("2015-09/2015-10")).build()))
            .build())
        .withMessage("Mission 'sichuan-2015-09': timing 2015-09 must contain the timing of each stop; "
            + "stops[0].timing 2015-09/2015-10 lies outside it");
  }

  @Test
  void idTitleInitiatorAndStatusAreRequired() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> Mission.builder()
            .id(MissionId.of("sichuan-2015-09"))
            .title("Field visit to Luzhou and Chengdu")
            .addStops(MissionStop.of(LUZHOU))
            .build())
        .withMessage("Cannot build Mission, some of required attributes are not set [initiator, status]");
  }

  @Test
  void theCollectionsCannotBeChanged() {
    Mission mission = sichuan2015().build();
    List<MissionStop> stops = mission.stops();
    List<String> purposes = mission.purposes();
    Set<OrganisationId> participants = mission.participants();
    Set<PlaceId> places = mission.places();

    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> stops.add(MissionStop.of(PlaceId.of("yibin"))));
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> purposes.set(0, "Something else"));
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> participants.add(NDRC));
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> places.add(PlaceId.of("yibin")));
  }

  @Test
  void changingTheListGivenToTheBuilderDoesNotChangeTheMission() {
    List<MissionStop> given = new ArrayList<>(List.of(MissionStop.of(LUZHOU)));
    Mission mission = sichuan2015().stops(given).build();

    given.add(MissionStop.of(CHENGDU));

    assertThat(mission.stops()).containsExactly(MissionStop.of(LUZHOU));
  }

  @Test
  void aBuilderCopiesAnExistingMission() {
    Mission mission = sichuan2015().build();

    assertThat(Mission.builder().from(mission).build()).isEqualTo(mission);
  }

  @Test
  void fromAnyEventTheBuilderCopiesOnlyWhatEveryEventHas() {
    TimelineEvent training = KnowledgeActivity.builder().id(ActivityId.of("training"))
        .kind(ActivityKind.TRAINING).title("Training in situ").addSites(SiteId.of("luzhou"))
        .addThemes(ThemeId.of("migrant-workers")).addTopics(TopicId.of("portability"))
        .status(Status.PLANNED).timing(Timing.parse("2016-02")).build();

    Mission visit = Mission.builder().id(MissionId.of("visit")).initiator(NDRC).addStops(MissionStop.of(LUZHOU))
        .from(training).build();

    assertThat(visit.title()).isEqualTo("Training in situ");
    assertThat(visit.status()).isEqualTo(Status.PLANNED);
    assertThat(visit.timing()).contains(Timing.parse("2016-02"));
    assertThat(visit.sites()).containsExactly(SiteId.of("luzhou"));
    assertThat(visit.themes()).containsExactly(ThemeId.of("migrant-workers"));
    assertThat(visit.id()).isEqualTo(MissionId.of("visit"));
    assertThat(visit.initiator()).isEqualTo(NDRC);
  }
}
