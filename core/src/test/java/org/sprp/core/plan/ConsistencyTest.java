package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sprp.core.plan.SmallProgramme.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sprp.core.Programme;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.time.Timing;

/**
 * Specification of {@link Consistency}: each code by a programme that triggers it and one that
 * does not, both one change away from {@link SmallProgramme}, which has no finding.
 */
class ConsistencyTest {

  static final LocalDate TODAY = LocalDate.of(2016, 1, 1);

  private static List<Finding> check(Programme programme) {
    return Consistency.check(programme, TODAY);
  }

  @Test
  void theSmallProgrammeHasNoFinding() {
    assertThat(check(SmallProgramme.build())).isEmpty();
  }

  @Nested
  class ThemeMismatch {

    @Test
    void anActivityWhoseThemesAreNoneOfItsSitesThemes() {
      Programme programme = Edits.replace(SmallProgramme.build(),
          SmallProgramme.seminar().themes(List.of(AGEING)).build());
      assertThat(check(programme)).containsExactly(Finding.of(FindingCode.THEME_MISMATCH, "activities[seminar-huizhou]",
          "themes [ageing-population] share nothing with the themes of its sites [huizhou]: huizhou [migrant-workers]"));
      assertThat(check(programme).get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void givesTheSameMessageWhateverTheOrderTheSetsWereBuiltIn() {
      // Catalogue order: themes ageing, rural-urban, migrant-workers; sites luzhou, huizhou.
      Programme oneWay = Edits.replace(SmallProgramme.build(), SmallProgramme.studyVisit()
          .themes(List.of(AGEING)).sites(List.of(LUZHOU_SITE, HUIZHOU_SITE)).build());
      Programme otherWay = Edits.replace(Edits.replace(SmallProgramme.build(), SmallProgramme.studyVisit()
          .themes(List.of(AGEING)).sites(List.of(HUIZHOU_SITE, LUZHOU_SITE)).build()),
          PilotSite.builder().from(SmallProgramme.build().site(LUZHOU_SITE).orElseThrow())
              .themes(List.of(MIGRANT_WORKERS, RURAL_URBAN)).build());
      assertThat(otherWay).isEqualTo(oneWay);
      Finding expected = Finding.of(FindingCode.THEME_MISMATCH, "activities[study-visit]",
          "themes [ageing-population] share nothing with the themes of its sites [luzhou, huizhou]: "
              + "luzhou [rural-urban-integration, migrant-workers], huizhou [migrant-workers]");
      assertThat(check(oneWay)).containsExactly(expected);
      assertThat(check(otherWay)).containsExactly(expected);

      Programme themesOneWay = Edits.replace(SmallProgramme.build(), SmallProgramme.studyVisit()
          .themes(List.of(AGEING, RURAL_URBAN)).sites(List.of(HUIZHOU_SITE)).build());
      Programme themesOtherWay = Edits.replace(SmallProgramme.build(), SmallProgramme.studyVisit()
          .themes(List.of(RURAL_URBAN, AGEING)).sites(List.of(HUIZHOU_SITE)).build());
      assertThat(check(themesOtherWay)).isEqualTo(check(themesOneWay)).containsExactly(Finding.of(
          FindingCode.THEME_MISMATCH, "activities[study-visit]", "themes [ageing-population, rural-urban-integration]"
              + " share nothing with the themes of its sites [huizhou]: huizhou [migrant-workers]"));
    }

    @Test
    void notForOneSharedThemeNorForAnActivityWithoutThemes() {
      assertThat(check(Edits.replace(SmallProgramme.build(),
          SmallProgramme.seminar().themes(List.of(AGEING, MIGRANT_WORKERS)).build()))).isEmpty();
      assertThat(check(Edits.replace(SmallProgramme.build(), SmallProgramme.seminar().themes(List.of()).build())))
          .isEmpty();
    }
  }

  @Nested
  class MissingTiming {

    @Test
    void aPlannedOrScheduledEventWithoutTiming() {
      Programme programme = SmallProgramme.builder()
          .activities(List.of(SmallProgramme.training().timing(java.util.Optional.empty()).build(),
              SmallProgramme.seminar().timing(java.util.Optional.empty()).build(),
              SmallProgramme.studyVisit().build()))
          .build();
      assertThat(check(programme)).containsExactly(
          Finding.of(FindingCode.MISSING_TIMING, "activities[training-luzhou]", "scheduled, but has no timing"),
          Finding.of(FindingCode.MISSING_TIMING, "activities[seminar-huizhou]", "planned, but has no timing"));
    }

    @Test
    void aPlannedMissionWithoutTiming() {
      Programme programme = SmallProgramme.builder()
          .missions(List.of(SmallProgramme.visit().status(Status.PLANNED).timing(java.util.Optional.empty()).build()))
          .build();
      assertThat(check(programme)).containsExactly(
          Finding.of(FindingCode.MISSING_TIMING, "missions[visit-sichuan]", "planned, but has no timing"));
    }

    @Test
    void missionsComeBeforeActivitiesUnderTheSameCode() {
      // The activity is listed first in the builder; Programme.events() puts missions first.
      Programme programme = SmallProgramme.builder()
          .activities(List.of(SmallProgramme.seminar().timing(java.util.Optional.empty()).build()))
          .missions(List.of(SmallProgramme.visit().status(Status.PLANNED).timing(java.util.Optional.empty()).build()))
          .build();
      assertThat(check(programme)).containsExactly(
          Finding.of(FindingCode.MISSING_TIMING, "missions[visit-sichuan]", "planned, but has no timing"),
          Finding.of(FindingCode.MISSING_TIMING, "activities[seminar-huizhou]", "planned, but has no timing"),
          // Without the training, nothing answers the request's topic.
          Finding.of(FindingCode.UNANSWERED_TOPIC, "requests[sichuan-request].topics[0]",
              "no activity answers topic 'it-systems'"));
    }

    @Test
    void notForAProposedActivityWithoutTiming() {
      assertThat(check(Edits.replace(SmallProgramme.build(),
          SmallProgramme.studyVisit().timing(java.util.Optional.empty()).build()))).isEmpty();
    }
  }

  @Nested
  class UnansweredTopic {

    @Test
    void aRequestTopicNoActivityAnswers() {
      Programme programme = SmallProgramme.builder()
          .activities(List.of(SmallProgramme.training().build(), SmallProgramme.studyVisit().topics(List.of(IT_SYSTEMS))
              .build())).build();
      assertThat(check(programme)).containsExactly(Finding.of(FindingCode.UNANSWERED_TOPIC,
          "requests[sichuan-request].topics[1]", "no activity answers topic 'portability'"));
    }

    @Test
    void givesTheTopicsPositionInTheRequestsSet_inIdOrderWhateverTheOrderGiven() {
      // The request is given portability first; a set holds its ids in id order, and paths follow
      // the set, as Referrers and the programme's problems do.
      KnowledgeRequest request = KnowledgeRequest.builder().from(SmallProgramme.build().request(REQUEST).orElseThrow())
          .topics(List.of(PORTABILITY, IT_SYSTEMS)).build();
      Programme programme = SmallProgramme.builder().requests(List.of(request))
          .activities(List.of(SmallProgramme.training().build(), SmallProgramme.seminar().topics(List.of()).build()))
          .build();
      assertThat(check(programme)).containsExactly(Finding.of(FindingCode.UNANSWERED_TOPIC,
          "requests[sichuan-request].topics[1]", "no activity answers topic 'portability'"));
      assertThat(Referrers.of(programme, PORTABILITY)).contains("requests[sichuan-request].topics[1]");
    }

    @Test
    void aCancelledActivityAnswersNothing() {
      Programme programme = SmallProgramme.builder()
          .activities(List.of(SmallProgramme.training().build(),
              SmallProgramme.studyVisit().status(Status.CANCELLED).build()))
          .build();
      assertThat(check(programme)).containsExactly(Finding.of(FindingCode.UNANSWERED_TOPIC,
          "requests[sichuan-request].topics[1]", "no activity answers topic 'portability'"));
    }

    @Test
    void notWhenAnActivityNamingTheRequestHasNoTopic() {
      // Without topics of its own, an activity that names the request answers every topic of it.
      Programme programme = SmallProgramme.builder()
          .activities(List.of(SmallProgramme.training().build(), SmallProgramme.studyVisit().topics(List.of())
              .build())).build();
      assertThat(check(programme)).isEmpty();
    }

    @Test
    void notWhenAnActivityCoversTheTopicWithoutNamingTheRequest() {
      Programme programme = SmallProgramme.builder()
          .activities(List.of(SmallProgramme.training().build(), SmallProgramme.seminar().build())).build();
      assertThat(check(programme)).isEmpty();
    }
  }

  @Nested
  class ActivityBeforeRequestOrMission {

    @Test
    void anActivityEndingBeforeTheRequestIsMade() {
      Programme programme = Edits.reschedule(SmallProgramme.build(), TRAINING, Timing.parse("2015-09-20"));
      assertThat(check(programme)).containsExactly(Finding.of(FindingCode.ACTIVITY_BEFORE_REQUEST,
          "activities[training-luzhou].answers[0]", "timing 2015-09-20 ends by 2015-09-20, before request "
              + "'sichuan-request' (2015-10) can have been made, not before 2015-10-01"));
    }

    @Test
    void anActivityEndingBeforeTheMissionThatPromptedTheRequest() {
      Programme undatedRequest = SmallProgramme.builder()
          .requests(List.of(KnowledgeRequest.builder().from(SmallProgramme.build().request(REQUEST).orElseThrow())
              .timing(java.util.Optional.empty()).build()))
          .build();
      Programme programme = Edits.reschedule(undatedRequest, TRAINING, Timing.parse("2015-08"));
      assertThat(check(programme)).containsExactly(Finding.of(FindingCode.ACTIVITY_BEFORE_MISSION,
          "activities[training-luzhou].answers[0]", "timing 2015-08 ends by 2015-08-31, before mission "
              + "'visit-sichuan' (2015-09), which prompted request 'sichuan-request', can have started, "
              + "not before 2015-09-01"));
    }

    @Test
    void bothWhenBeforeBoth() {
      Programme programme = Edits.reschedule(SmallProgramme.build(), TRAINING, Timing.parse("2015-08"));
      assertThat(check(programme)).extracting(Finding::code)
          .containsExactly(FindingCode.ACTIVITY_BEFORE_REQUEST, FindingCode.ACTIVITY_BEFORE_MISSION);
    }

    /**
     * The small programme whose request, undated, follows up a completed scoping mission of the
     * given timing as well as the visit of 2015-09.
     */
    private Programme withScopingMission(String timing) {
      return SmallProgramme.builder()
          .addMissions(org.sprp.core.activity.Mission.builder().id(org.sprp.core.MissionId.of("scoping"))
              .title("Scoping mission").initiator(NDRC).addStops(MissionStop.of(CHENGDU))
              .status(org.sprp.core.Status.COMPLETED).timing(Timing.parse(timing)).build())
          .requests(List.of(KnowledgeRequest.builder().from(SmallProgramme.build().request(REQUEST).orElseThrow())
              .timing(java.util.Optional.empty()).addFollowUpOf(org.sprp.core.MissionId.of("scoping")).build()))
          .build();
    }

    @Test
    void anActivityEndingBeforeOneOfTwoMissionsThatPromptedTheRequest() {
      // The request follows up a scoping mission in June 2015 and the visit in September 2015; an
      // activity in July 2015 ends after the scoping has started but before the visit can have.
      Programme programme = withScopingMission("2015-06");
      assertThat(check(Edits.reschedule(programme, TRAINING, Timing.parse("2015-07")))).containsExactly(
          Finding.of(FindingCode.ACTIVITY_BEFORE_MISSION, "activities[training-luzhou].answers[0]",
              "timing 2015-07 ends by 2015-07-31, before mission 'visit-sichuan' (2015-09), which prompted "
                  + "request 'sichuan-request', can have started, not before 2015-09-01"));
      assertThat(check(Edits.reschedule(programme, TRAINING, Timing.parse("2015-05"))))
          .extracting(Finding::message).containsExactly(
              "timing 2015-05 ends by 2015-05-31, before mission 'visit-sichuan' (2015-09), which prompted "
                  + "request 'sichuan-request', can have started, not before 2015-09-01",
              "timing 2015-05 ends by 2015-05-31, before mission 'scoping' (2015-06), which prompted "
                  + "request 'sichuan-request', can have started, not before 2015-06-01");
    }

    @Test
    void equalProgrammesGiveTheirFindingsInTheSameOrderWhateverOrderTheirSetsWereBuiltIn() {
      // Two requests, both made after the training, which answers both: its answers and the second
      // request's missions are sets, built here in one order and in the other.
      org.sprp.core.MissionId scoping = org.sprp.core.MissionId.of("scoping");
      org.sprp.core.RequestId later = org.sprp.core.RequestId.of("later-request");
      java.util.function.BiFunction<List<org.sprp.core.MissionId>, List<org.sprp.core.RequestId>, Programme> built =
          (followUps, answers) -> SmallProgramme.builder()
              .addMissions(org.sprp.core.activity.Mission.builder().id(scoping).title("Scoping mission")
                  .initiator(NDRC).addStops(MissionStop.of(CHENGDU)).status(org.sprp.core.Status.PLANNED)
                  .timing(Timing.parse("2016-06")).build())
              .addRequests(KnowledgeRequest.builder().id(later).addRequestedBy(SICHUAN_GOVERNMENT)
                  .addRecipients(NDRC).channel(org.sprp.core.activity.RequestChannel.DOCUMENT).addTopics(IT_SYSTEMS)
                  .followUpOf(followUps).timing(Timing.parse("2016-07")).build())
              .activities(List.of(SmallProgramme.training().timing(Timing.parse("2015-08")).answers(answers).build(),
                  SmallProgramme.seminar().build(), SmallProgramme.studyVisit().build()))
              .build();
      Programme one = built.apply(List.of(VISIT, scoping), List.of(REQUEST, later));
      Programme other = built.apply(List.of(scoping, VISIT), List.of(later, REQUEST));
      assertThat(one).isEqualTo(other);

      // Requests in the order of the programme's list, then missions in the order of theirs.
      List<String> expected = List.of(
          "timing 2015-08 ends by 2015-08-31, before request 'sichuan-request' (2015-10) can have been made, "
              + "not before 2015-10-01",
          "timing 2015-08 ends by 2015-08-31, before request 'later-request' (2016-07) can have been made, "
              + "not before 2016-07-01",
          "timing 2015-08 ends by 2015-08-31, before mission 'visit-sichuan' (2015-09), which prompted "
              + "request 'sichuan-request', can have started, not before 2015-09-01",
          "timing 2015-08 ends by 2015-08-31, before mission 'visit-sichuan' (2015-09), which prompted "
              + "request 'later-request', can have started, not before 2015-09-01",
          "timing 2015-08 ends by 2015-08-31, before mission 'scoping' (2016-06), which prompted "
              + "request 'later-request', can have started, not before 2016-06-01");
      assertThat(check(one)).extracting(Finding::message).containsExactlyElementsOf(expected);
      assertThat(check(other)).extracting(Finding::message).containsExactlyElementsOf(expected);
      // Each path still gives the request's position in the activity's own set.
      assertThat(check(other)).extracting(Finding::path).startsWith(
          "activities[training-luzhou].answers[1]", "activities[training-luzhou].answers[0]");
    }

    @Test
    void namesTheAnswerByItsIndex() {
      Programme programme = Edits.add(SmallProgramme.build(), KnowledgeRequest.builder()
          .id(org.sprp.core.RequestId.of("yunnan-request")).addRequestedBy(SICHUAN_GOVERNMENT).addRecipients(NDRC)
          .channel(org.sprp.core.activity.RequestChannel.DOCUMENT).addTopics(IT_SYSTEMS)
          .timing(Timing.parse("2016-06")).build());
      programme = Edits.replace(programme, SmallProgramme.training()
          .addAnswers(org.sprp.core.RequestId.of("yunnan-request")).build());
      assertThat(check(programme)).containsExactly(Finding.of(FindingCode.ACTIVITY_BEFORE_REQUEST,
          "activities[training-luzhou].answers[1]", "timing 2016-03-10 ends by 2016-03-10, before request "
              + "'yunnan-request' (2016-06) can have been made, not before 2016-06-01"));
    }

    @Test
    void onlyWhenItEndsTheDayBeforeTheRequestOrMissionAtTheLatest() {
      // The request is made from 2015-10-01; the visit that prompted it starts on 2015-09-01.
      assertThat(check(Edits.reschedule(SmallProgramme.build(), TRAINING, Timing.parse("2015-10-01")))).isEmpty();
      assertThat(check(Edits.reschedule(SmallProgramme.build(), TRAINING, Timing.parse("2015-09-30"))))
          .extracting(Finding::code).containsExactly(FindingCode.ACTIVITY_BEFORE_REQUEST);
      assertThat(check(Edits.reschedule(SmallProgramme.build(), TRAINING, Timing.parse("2015-09-01"))))
          .extracting(Finding::code).containsExactly(FindingCode.ACTIVITY_BEFORE_REQUEST);
      assertThat(check(Edits.reschedule(SmallProgramme.build(), TRAINING, Timing.parse("2015-08-31"))))
          .extracting(Finding::code)
          .containsExactly(FindingCode.ACTIVITY_BEFORE_REQUEST, FindingCode.ACTIVITY_BEFORE_MISSION);
    }

    @Test
    void anActivityWithAnOpenStartEndingBeforeTheRequest() {
      assertThat(check(Edits.reschedule(SmallProgramme.build(), TRAINING, Timing.parse("../2015-09-20"))))
          .extracting(Finding::code).containsExactly(FindingCode.ACTIVITY_BEFORE_REQUEST);
    }

    @Test
    void namesTheAnswerByItsIndexInItsOwnSet_afterOtherActivitiesAnswers() {
      // The seminar comes after the training, which answers the request too: the seminar's own
      // answers start at 0 all the same.
      Programme programme = SmallProgramme.builder()
          .activities(List.of(SmallProgramme.training().build(),
              SmallProgramme.seminar().answers(List.of(REQUEST)).timing(Timing.parse("2015-09-20")).build(),
              SmallProgramme.studyVisit().build()))
          .build();
      assertThat(check(programme)).extracting(Finding::path)
          .containsExactly("activities[seminar-huizhou].answers[0]");
    }

    @Test
    void namesTwoAnswersInTheRequestsCatalogueOrder_afterOtherActivitiesAnswers() {
      // The seminar, after the training, answers both requests; "later-request" comes first in
      // its set (id order) and second in the programme's list of requests.
      org.sprp.core.RequestId later = org.sprp.core.RequestId.of("later-request");
      Programme programme = SmallProgramme.builder()
          .addRequests(KnowledgeRequest.builder().id(later).addRequestedBy(SICHUAN_GOVERNMENT).addRecipients(NDRC)
              .channel(org.sprp.core.activity.RequestChannel.DOCUMENT).addTopics(IT_SYSTEMS)
              .timing(Timing.parse("2016-07")).build())
          .activities(List.of(SmallProgramme.training().build(),
              SmallProgramme.seminar().answers(List.of(later, REQUEST)).timing(Timing.parse("2015-09-20")).build(),
              SmallProgramme.studyVisit().build()))
          .build();
      assertThat(check(programme)).extracting(Finding::path).containsExactly(
          "activities[seminar-huizhou].answers[1]", "activities[seminar-huizhou].answers[0]");
    }

    @Test
    void notBeforeAMissionThatStartsTheDayItEnds() {
      // The request follows up a scoping mission from 2015-07-01 and the visit from 2015-09-01.
      Programme programme = withScopingMission("2015-07");
      assertThat(check(Edits.reschedule(programme, TRAINING, Timing.parse("2015-07-01"))))
          .extracting(Finding::message).singleElement().asString().contains("mission 'visit-sichuan'");
    }

    @Test
    void notForAnActivityThatMayFollowTheRequest() {
      // October 2015 may end after the request was made in October 2015.
      assertThat(check(Edits.reschedule(SmallProgramme.build(), TRAINING, Timing.parse("2015-10")))).isEmpty();
      assertThat(check(Edits.reschedule(SmallProgramme.build(), TRAINING, Timing.parse("../2015-12")))).isEmpty();
    }
  }

  @Nested
  class StopOutsideSiteProvinces {

    @Test
    void aStopInAnotherProvinceOrAbroad() {
      Programme programme = SmallProgramme.builder()
          .missions(List.of(SmallProgramme.visit().addStops(MissionStop.of(HUIZHOU), MissionStop.of(SPAIN)).build()))
          .build();
      assertThat(check(programme)).containsExactly(
          Finding.of(FindingCode.STOP_OUTSIDE_SITE_PROVINCES, "missions[visit-sichuan].stops[2]",
              "stops in 'huizhou' (guangdong), outside the provinces of its sites [sichuan]"),
          Finding.of(FindingCode.STOP_OUTSIDE_SITE_PROVINCES, "missions[visit-sichuan].stops[3]",
              "stops in 'spain' (not in a province), outside the provinces of its sites [sichuan]"));
    }

    /** Returns the small programme's places with one of them moved to position 0. */
    private List<org.sprp.core.place.Place> placesFirst(org.sprp.core.PlaceId first) {
      List<org.sprp.core.place.Place> places = new java.util.ArrayList<>(SmallProgramme.build().places());
      places.sort(java.util.Comparator.comparing(place -> !place.id().equals(first)));
      return places;
    }

    @Test
    void notForStopsInTheSitesProvinceListedFirstAmongThePlaces() {
      // Sichuan at position 0 of the places, before China: a province like any other.
      Programme sichuanFirst = SmallProgramme.builder().places(placesFirst(SICHUAN)).build();
      assertThat(sichuanFirst.places().get(0).id()).isEqualTo(SICHUAN);
      assertThat(check(sichuanFirst)).isEmpty();
    }

    @Test
    void namesAProvinceListedFirstAmongThePlacesAsAStopsAndAsASites() {
      // Guangdong at position 0 of the places, before China: a province like any other, both as
      // the province of a stop and as the province of a site.
      Programme programme = SmallProgramme.builder().places(placesFirst(GUANGDONG))
          .missions(List.of(
              SmallProgramme.visit().id(org.sprp.core.MissionId.of("scoping")).sites(List.of(HUIZHOU_SITE))
                  .stops(List.of(MissionStop.of(SPAIN))).build(),
              SmallProgramme.visit().addStops(MissionStop.of(HUIZHOU)).build()))
          .build();
      assertThat(programme.places().get(0).id()).isEqualTo(GUANGDONG);
      assertThat(check(programme)).filteredOn(f -> f.code() == FindingCode.STOP_OUTSIDE_SITE_PROVINCES).containsExactly(
          Finding.of(FindingCode.STOP_OUTSIDE_SITE_PROVINCES, "missions[scoping].stops[0]",
              "stops in 'spain' (not in a province), outside the provinces of its sites [guangdong]"),
          Finding.of(FindingCode.STOP_OUTSIDE_SITE_PROVINCES, "missions[visit-sichuan].stops[2]",
              "stops in 'huizhou' (guangdong), outside the provinces of its sites [sichuan]"));
    }

    @Test
    void namesAProvinceOfSeveralSitesOnce() {
      // Luzhou and Chengdu both lie in Sichuan.
      SiteId chengdu = SiteId.of("chengdu");
      Programme programme = SmallProgramme.builder()
          .addSites(PilotSite.builder().id(chengdu).place(CHENGDU).component(C1).addThemes(AGEING).build())
          .missions(List.of(SmallProgramme.visit().sites(List.of(LUZHOU_SITE, chengdu))
              .stops(List.of(MissionStop.of(SPAIN))).build()))
          .build();
      assertThat(check(programme)).filteredOn(f -> f.code() == FindingCode.STOP_OUTSIDE_SITE_PROVINCES).containsExactly(
          Finding.of(FindingCode.STOP_OUTSIDE_SITE_PROVINCES, "missions[visit-sichuan].stops[0]",
              "stops in 'spain' (not in a province), outside the provinces of its sites [sichuan]"));
    }

    @Test
    void namesTheStopByItsIndexInItsOwnMission() {
      // A first mission's stops come before the visit's among all stops; the visit's own count from 0.
      Programme programme = SmallProgramme.builder()
          .missions(List.of(
              SmallProgramme.visit().id(org.sprp.core.MissionId.of("scoping")).addStops(MissionStop.of(SICHUAN)).build(),
              SmallProgramme.visit().stops(List.of(MissionStop.of(SPAIN), MissionStop.of(LUZHOU))).build()))
          .build();
      assertThat(check(programme)).filteredOn(f -> f.code() == FindingCode.STOP_OUTSIDE_SITE_PROVINCES)
          .extracting(Finding::path).containsExactly("missions[visit-sichuan].stops[0]");
    }

    @Test
    void listsTheSitesProvincesInCatalogueOrder() {
      // Sites in Guangdong (Huizhou) and Sichuan (Luzhou), given in that order; the programme
      // lists Sichuan first.
      Programme programme = SmallProgramme.builder()
          .missions(List.of(SmallProgramme.visit().sites(List.of(HUIZHOU_SITE, LUZHOU_SITE))
              .addStops(MissionStop.of(SPAIN)).build()))
          .build();
      assertThat(check(programme)).containsExactly(
          Finding.of(FindingCode.STOP_OUTSIDE_SITE_PROVINCES, "missions[visit-sichuan].stops[2]",
              "stops in 'spain' (not in a province), outside the provinces of its sites [sichuan, guangdong]"));
    }

    @Test
    void notForStopsInTheSitesProvincesNorForAMissionWithoutSites() {
      Programme provinceStop = SmallProgramme.builder()
          .missions(List.of(SmallProgramme.visit().addStops(MissionStop.of(SICHUAN)).build())).build();
      assertThat(check(provinceStop)).isEmpty();
      Programme noSites = SmallProgramme.builder()
          .missions(List.of(SmallProgramme.visit().sites(List.of()).addStops(MissionStop.of(SPAIN)).build())).build();
      assertThat(check(noSites)).isEmpty();
    }
  }

  @Nested
  class CompletedInFuture {

    @Test
    void aCompletedEventThatCannotHaveStartedByToday() {
      assertThat(Consistency.check(SmallProgramme.build(), LocalDate.of(2015, 8, 31))).containsExactly(
          Finding.of(FindingCode.COMPLETED_IN_FUTURE, "missions[visit-sichuan]",
              "completed, but its timing 2015-09 starts on 2015-09-01, after today 2015-08-31"));
    }

    @Test
    void aCompletedActivityToo_afterTheMissions() {
      Programme programme = Edits.replace(SmallProgramme.build(),
          SmallProgramme.seminar().status(Status.COMPLETED).build());
      assertThat(Consistency.check(programme, LocalDate.of(2015, 8, 31))).containsExactly(
          Finding.of(FindingCode.COMPLETED_IN_FUTURE, "missions[visit-sichuan]",
              "completed, but its timing 2015-09 starts on 2015-09-01, after today 2015-08-31"),
          Finding.of(FindingCode.COMPLETED_IN_FUTURE, "activities[seminar-huizhou]",
              "completed, but its timing 2016-02? starts on 2016-02-01, after today 2015-08-31"));
    }

    @Test
    void notWhenItMayHaveStartedByToday() {
      assertThat(Consistency.check(SmallProgramme.build(), LocalDate.of(2015, 9, 1))).isEmpty();
    }
  }

  @Nested
  class SiteWithoutEvents {

    @Test
    void aSiteNoEventConcerns() {
      Programme programme = SmallProgramme.builder()
          .addSites(PilotSite.builder().id(SiteId.of("chengdu")).place(CHENGDU).component(C1).addThemes(AGEING).build())
          .build();
      List<Finding> findings = check(programme);
      assertThat(findings).containsExactly(Finding.of(FindingCode.SITE_WITHOUT_EVENTS, "sites[chengdu]",
          "no mission or activity concerns the site"));
      assertThat(findings.get(0).severity()).isEqualTo(Severity.INFO);
      assertThat(findings.get(0)).hasToString(
          "INFO SITE_WITHOUT_EVENTS sites[chengdu]: no mission or activity concerns the site");
    }

    @Test
    void notForASiteOnlyAMissionConcerns() {
      Programme programme = SmallProgramme.builder()
          .activities(List.of(SmallProgramme.seminar().build())).build();
      assertThat(check(programme)).extracting(Finding::code).doesNotContain(FindingCode.SITE_WITHOUT_EVENTS);
    }
  }

  @Test
  void findingsComeInTheOrderOfTheCodes() {
    Programme programme = SmallProgramme.builder()
        .addSites(PilotSite.builder().id(SiteId.of("chengdu")).place(CHENGDU).component(C1).addThemes(AGEING).build())
        .activities(List.of(SmallProgramme.training().timing(java.util.Optional.empty()).build(),
            SmallProgramme.seminar().themes(List.of(AGEING)).build()))
        .build();
    assertThat(Consistency.check(programme, LocalDate.of(2015, 1, 1))).extracting(Finding::code).containsExactly(
        FindingCode.THEME_MISMATCH, FindingCode.MISSING_TIMING, FindingCode.COMPLETED_IN_FUTURE,
        FindingCode.SITE_WITHOUT_EVENTS);
  }
}
