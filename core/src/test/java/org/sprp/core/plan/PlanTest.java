package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sprp.core.plan.SmallProgramme.*;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sprp.core.ActivityId;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.Programme;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.ThemeId;
import org.sprp.core.activity.ActivityKind;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.time.Timing;

/** Specification of the queries of {@link Plan}, on {@link SmallProgramme}. */
class PlanTest {

  private final Plan plan = Plan.of(SmallProgramme.build());

  static List<String> ids(List<? extends TimelineEvent> events) {
    return events.stream().map(e -> e.id().value()).collect(Collectors.toList());
  }

  static KnowledgeActivity activity(String id, String timing) {
    KnowledgeActivity.Builder builder = KnowledgeActivity.builder().id(ActivityId.of(id))
        .kind(ActivityKind.WORKSHOP).title("Workshop " + id).status(Status.PROPOSED);
    return timing == null ? builder.build() : builder.timing(Timing.parse(timing)).build();
  }

  @Test
  void asTextSummarisesItsProgramme() {
    assertThat(plan).hasToString("Plan of Programme small: 1 component, 2 sites, 1 mission, 1 request, 3 activities");
  }

  @Nested
  class TimelineOrder {

    @Test
    void ordersByEarliestDayFirst() {
      assertThat(ids(plan.timeline()))
          .containsExactly("visit-sichuan", "study-visit", "seminar-huizhou", "training-luzhou");
    }

    @Test
    void ordersEqualEarliestDaysByLatestDay() {
      Programme programme = SmallProgramme.builder().addActivities(activity("january", "2016-01")).build();
      // 2016 and 2016-01 both start on 2016-01-01; the month ends first.
      assertThat(ids(Plan.of(programme).timeline()))
          .containsSubsequence("january", "study-visit");
    }

    @Test
    void ordersEqualBoundsById_soUncertaintyDoesNotMove_anEvent() {
      Programme programme = SmallProgramme.builder()
          .addActivities(activity("a-certain-february", "2016-02"), activity("z-february", "2016-02~")).build();
      assertThat(ids(Plan.of(programme).timeline()))
          .containsExactly("visit-sichuan", "study-visit", "a-certain-february", "seminar-huizhou",
              "z-february", "training-luzhou");
    }

    @Test
    void putsAnOpenStartFirstAndAnOpenEndAfterItsClosedPeers() {
      Programme programme = SmallProgramme.builder()
          .addActivities(activity("open-start", "../2015"), activity("open-end", "2016/..")).build();
      assertThat(ids(Plan.of(programme).timeline()))
          .containsExactly("open-start", "visit-sichuan", "study-visit", "open-end", "seminar-huizhou",
              "training-luzhou");
    }

    @Test
    void putsUnknownTimingsLastById() {
      Programme programme = SmallProgramme.builder()
          .addActivities(activity("zz-undated", null), activity("aa-undated", null)).build();
      assertThat(ids(Plan.of(programme).timeline())).endsWith("training-luzhou", "aa-undated", "zz-undated");
    }
  }

  @Nested
  class Filters {

    private List<String> filtered(EventFilter.Builder filter) {
      return ids(plan.timeline(filter.build()));
    }

    @Test
    void anEmptyFilterKeepsTheWholeTimeline() {
      assertThat(plan.timeline(EventFilter.builder().build())).isEqualTo(plan.timeline());
      // A filter's statuses are in the order of Status's constants, whatever order they were given in.
      assertThat(EventFilter.builder().addStatuses(Status.POSTPONED, Status.PROPOSED, Status.COMPLETED).build()
          .statuses()).containsExactly(Status.PROPOSED, Status.COMPLETED, Status.POSTPONED);
    }

    @Test
    void bySite() {
      assertThat(filtered(EventFilter.builder().site(LUZHOU_SITE)))
          .containsExactly("visit-sichuan", "study-visit", "training-luzhou");
      assertThat(filtered(EventFilter.builder().site(HUIZHOU_SITE))).containsExactly("study-visit", "seminar-huizhou");
      assertThatIllegalArgumentException().isThrownBy(() -> filtered(EventFilter.builder().site(SiteId.of("nowhere"))))
          .withMessage("filter.site: the programme has no site 'nowhere'");
      // An id of another kind with the same text is named, for the common slip of kind.
      assertThatIllegalArgumentException().isThrownBy(() -> filtered(EventFilter.builder().site(SiteId.of("sichuan"))))
          .withMessage("filter.site: the programme has no site 'sichuan' (it has a place 'sichuan')");
      assertThatIllegalArgumentException().isThrownBy(() -> filtered(EventFilter.builder().site(SiteId.of("ndrc"))))
          .withMessage("filter.site: the programme has no site 'ndrc' (it has an organisation 'ndrc')");
      assertThatIllegalArgumentException().isThrownBy(() -> filtered(EventFilter.builder().theme(ThemeId.of("luzhou"))))
          .withMessage("filter.theme: the programme has no theme 'luzhou' (it has a place and a site 'luzhou')");
    }

    @Test
    void byTheme() {
      assertThat(filtered(EventFilter.builder().theme(RURAL_URBAN))).containsExactly("training-luzhou");
      assertThat(filtered(EventFilter.builder().theme(MIGRANT_WORKERS))).containsExactly("study-visit", "seminar-huizhou");
      assertThat(filtered(EventFilter.builder().theme(AGEING))).isEmpty();
      assertThatIllegalArgumentException().isThrownBy(() -> filtered(EventFilter.builder().theme(ThemeId.of("pensions"))))
          .withMessage("filter.theme: the programme has no theme 'pensions'");
    }

    @Test
    void byProvince_throughPlacesAndSites() {
      // The visit stops in Sichuan, the study visit has the Luzhou site, the training is held in Luzhou.
      assertThat(filtered(EventFilter.builder().province(SICHUAN)))
          .containsExactly("visit-sichuan", "study-visit", "training-luzhou");
      assertThat(filtered(EventFilter.builder().province(GUANGDONG))).containsExactly("study-visit", "seminar-huizhou");
      assertThatIllegalArgumentException().isThrownBy(() -> filtered(EventFilter.builder().province(PlaceId.of("spain"))))
          .withMessage("filter.province: 'spain' is a country, not a province-level division");
      assertThatIllegalArgumentException().isThrownBy(() -> filtered(EventFilter.builder().province(LUZHOU)))
          .withMessage("filter.province: 'luzhou' is a prefecture, not a province-level division");
      assertThatIllegalArgumentException().isThrownBy(() -> filtered(EventFilter.builder().province(PlaceId.of("tibet"))))
          .withMessage("filter.province: the programme has no place 'tibet'");
    }

    @Test
    void byOrganisation_asInitiatorParticipantOrOrganiser() {
      assertThat(filtered(EventFilter.builder().organisation(NDRC))).containsExactly("visit-sichuan", "training-luzhou");
      assertThat(filtered(EventFilter.builder().organisation(EU))).containsExactly("visit-sichuan");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> filtered(EventFilter.builder().organisation(OrganisationId.of("who"))))
          .withMessage("filter.organisation: the programme has no organisation 'who'");
    }

    @Test
    void byStatus() {
      assertThat(filtered(EventFilter.builder().addStatuses(Status.PLANNED))).containsExactly("seminar-huizhou");
      assertThat(filtered(EventFilter.builder().addStatuses(Status.PLANNED, Status.SCHEDULED)))
          .containsExactly("seminar-huizhou", "training-luzhou");
      assertThat(filtered(EventFilter.builder().addStatuses(Status.CANCELLED))).isEmpty();
    }

    @Test
    void byWindow_keepsTimingsThatOverlapIt() {
      assertThat(filtered(EventFilter.builder().window(Timing.parse("2016-02"))))
          .containsExactly("study-visit", "seminar-huizhou");
      assertThat(filtered(EventFilter.builder().window(Timing.parse("2015-09-30/2016-01-01"))))
          .containsExactly("visit-sichuan", "study-visit");
      assertThat(filtered(EventFilter.builder().window(Timing.parse("2016-03/..")))).containsExactly("study-visit",
          "training-luzhou");
    }

    @Test
    void byWindow_dropsEventsWithoutTiming() {
      Plan undated = Plan.of(SmallProgramme.builder().addActivities(activity("undated", null)).build());
      assertThat(ids(undated.timeline(EventFilter.builder().window(Timing.parse("1900/..")).build())))
          .doesNotContain("undated").hasSize(4);
    }

    @Test
    void criteriaCombine() {
      assertThat(filtered(EventFilter.builder().site(LUZHOU_SITE).window(Timing.parse("2016"))))
          .containsExactly("study-visit", "training-luzhou");
      assertThat(filtered(EventFilter.builder().province(SICHUAN).theme(MIGRANT_WORKERS).addStatuses(Status.PROPOSED)))
          .containsExactly("study-visit");
      assertThat(filtered(EventFilter.builder().organisation(EU).site(HUIZHOU_SITE))).isEmpty();
    }
  }

  @Test
  void sitesByTheme() {
    assertThat(plan.sitesByTheme(MIGRANT_WORKERS)).extracting(s -> s.id().value()).containsExactly("luzhou", "huizhou");
    assertThat(plan.sitesByTheme(RURAL_URBAN)).extracting(s -> s.id().value()).containsExactly("luzhou");
    assertThat(plan.sitesByTheme(AGEING)).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> plan.sitesByTheme(ThemeId.of("pensions")))
        .withMessage("theme: the programme has no theme 'pensions'");
  }

  @Test
  void aQueryAboutASiteTheProgrammeLacksFailsLikeConcerning() {
    assertThatIllegalArgumentException().isThrownBy(() -> plan.eventsOf(SiteId.of("nowhere")))
        .withMessage("site: the programme has no site 'nowhere'");
    assertThatIllegalArgumentException().isThrownBy(() -> plan.concerning(SiteId.of("nowhere")))
        .withMessage("site: the programme has no site 'nowhere'");
  }

  @Test
  void concerning_gathersEverythingAboutASite() {
    SiteRecord luzhou = plan.concerning(LUZHOU_SITE);
    assertThat(luzhou.site().id()).isEqualTo(LUZHOU_SITE);
    assertThat(luzhou.place().id()).isEqualTo(LUZHOU);
    assertThat(luzhou.province().id()).isEqualTo(SICHUAN);
    assertThat(luzhou.requests()).extracting(r -> r.id()).containsExactly(REQUEST);
    assertThat(luzhou.decisions()).isEmpty();
    assertThat(ids(luzhou.events())).containsExactly("visit-sichuan", "study-visit", "training-luzhou");
    assertThat(luzhou).hasToString("luzhou: 0 decisions, 1 request, 3 events");
  }

  @Test
  void concerning_anUnknownSiteFails() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> plan.concerning(SiteId.of("nowhere")))
        .withMessage("site: the programme has no site 'nowhere'");
  }

  @Nested
  class NextEvent {

    @Test
    void isTheFirstEventStartingAfterTheDate() {
      assertThat(plan.nextEvent(LUZHOU_SITE, LocalDate.of(2015, 12, 31)).map(e -> e.id().value())).contains("study-visit");
      assertThat(plan.nextEvent(HUIZHOU_SITE, LocalDate.of(2016, 1, 15)).map(e -> e.id().value()))
          .contains("seminar-huizhou");
    }

    @Test
    void skipsAnEventStartingOnTheDate() {
      assertThat(plan.nextEvent(LUZHOU_SITE, LocalDate.of(2016, 1, 1)).map(e -> e.id().value()))
          .contains("training-luzhou");
    }

    @Test
    void skipsCompletedAndCancelledEvents() {
      assertThat(plan.nextEvent(LUZHOU_SITE, LocalDate.of(2015, 1, 1)).map(e -> e.id().value())).contains("study-visit");
      Plan cancelled = Plan.of(Edits.changeStatus(SmallProgramme.build(), STUDY_VISIT, Status.CANCELLED));
      assertThat(cancelled.nextEvent(LUZHOU_SITE, LocalDate.of(2015, 1, 1)).map(e -> e.id().value()))
          .contains("training-luzhou");
    }

    @Test
    void isEmptyWhenNothingIsAhead() {
      assertThat(plan.nextEvent(LUZHOU_SITE, LocalDate.of(2016, 3, 10))).isEmpty();
      assertThatIllegalArgumentException().isThrownBy(() -> plan.nextEvent(SiteId.of("nowhere"), LocalDate.of(2000, 1, 1)))
          .withMessage("site: the programme has no site 'nowhere'");
    }

    @Test
    void perSite() {
      assertThat(plan.nextEvents(LocalDate.of(2016, 1, 1)))
          .containsExactly(
              org.assertj.core.api.Assertions.entry(LUZHOU_SITE, plan.programme().activity(TRAINING).orElseThrow()),
              org.assertj.core.api.Assertions.entry(HUIZHOU_SITE, plan.programme().activity(SEMINAR).orElseThrow()));
      assertThat(plan.nextEvents(LocalDate.of(2016, 3, 1)).keySet()).containsExactly(LUZHOU_SITE);
    }
  }

  @Test
  void concerning_listsTheDecisionsThatNameTheSite() {
    Plan governed = Plan.of(SmallProgramme.governed().build());
    assertThat(governed.concerning(LUZHOU_SITE).decisions()).extracting(d -> d.id()).containsExactly(ENDORSE);
    assertThat(governed.concerning(HUIZHOU_SITE).decisions()).isEmpty();
  }

  @Test
  void concerning_listsTheDecisionThatEndorsedTheSiteWithoutNamingIt() {
    // In the governed programme, fund-training names only the training; here it also endorses Huizhou.
    Programme programme = SmallProgramme.governed().build();
    Programme endorsed = Edits.replace(programme, PilotSite.builder().from(programme.site(HUIZHOU_SITE).orElseThrow())
        .endorsedBy(FUND).build());
    assertThat(Plan.of(endorsed).concerning(HUIZHOU_SITE).decisions()).extracting(d -> d.id()).containsExactly(FUND);
    // Named and endorsing at once, the decision comes once.
    assertThat(Plan.of(programme).concerning(LUZHOU_SITE).decisions()).extracting(d -> d.id()).containsExactly(ENDORSE);
    assertThat(programme.site(LUZHOU_SITE).orElseThrow().endorsedBy()).contains(ENDORSE);
  }

  @Test
  void byOrganisation_alsoAsCounterpartMetOnAStop() {
    Plan governed = Plan.of(SmallProgramme.governed().build());
    // The Sichuan government takes part in the visit; the NDRC initiates it and is met in Chengdu.
    assertThat(ids(governed.timeline(EventFilter.builder().organisation(SICHUAN_GOVERNMENT).build())))
        .containsExactly("visit-sichuan");
    Programme metOnly = SmallProgramme.builder().missions(List.of(SmallProgramme.visit().participants(List.of())
        .stops(List.of(org.sprp.core.activity.MissionStop.builder().place(LUZHOU)
            .addEngagements(org.sprp.core.activity.Engagement.of("Talks", SICHUAN_GOVERNMENT)).build()))
        .build())).build();
    assertThat(ids(Plan.of(metOnly).timeline(EventFilter.builder().organisation(SICHUAN_GOVERNMENT).build())))
        .containsExactly("visit-sichuan");
  }

  @Test
  void decisionsAt_aMeeting() {
    Plan governed = Plan.of(SmallProgramme.governed().build());
    assertThat(governed.decisionsAt(STEERING)).extracting(d -> d.id()).containsExactly(ENDORSE);
    assertThatIllegalArgumentException().isThrownBy(() -> governed.decisionsAt(org.sprp.core.MeetingId.of("nowhere")))
        .withMessage("meeting: the programme has no meeting 'nowhere'");
    assertThatIllegalArgumentException().isThrownBy(() -> plan.decisionsAt(STEERING))
        .withMessage("meeting: the programme has no meeting 'steering-2015'");
  }

  @Test
  void inCatalogueOrder_followsTheProgrammesListsThenPutsUnknownIdsLastById() {
    // The catalogue lists ageing, rural-urban, migrant workers: not the alphabetical order.
    assertThat(plan.inCatalogueOrder(List.of(MIGRANT_WORKERS, ThemeId.of("zz-unknown"), RURAL_URBAN,
        ThemeId.of("aa-unknown"), AGEING)))
        .containsExactly(AGEING, RURAL_URBAN, MIGRANT_WORKERS, ThemeId.of("aa-unknown"), ThemeId.of("zz-unknown"));
    assertThat(plan.inCatalogueOrder(List.of(HUIZHOU_SITE, LUZHOU_SITE))).containsExactly(LUZHOU_SITE, HUIZHOU_SITE);
    assertThat(plan.inCatalogueOrder(List.<ThemeId>of())).isEmpty();
  }

  @Test
  void provinceOf() {
    assertThat(plan.provinceOf(LUZHOU).map(p -> p.id())).contains(SICHUAN);
    assertThat(plan.provinceOf(SICHUAN).map(p -> p.id())).contains(SICHUAN);
    assertThat(plan.provinceOf(CHINA)).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> plan.provinceOf(PlaceId.of("nowhere")))
        .withMessage("place: the programme has no place 'nowhere'");
  }

  @Test
  void findingsAreThoseOfTheConsistencyChecks() {
    assertThat(plan.findings(LocalDate.of(2016, 1, 1))).isEmpty();
  }
}
