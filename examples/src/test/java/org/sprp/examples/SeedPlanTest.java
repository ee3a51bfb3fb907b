package org.sprp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sprp.examples.SeedProgramme.*;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sprp.core.Programme;
import org.sprp.core.Status;
import org.sprp.core.Theme;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.plan.Consistency;
import org.sprp.core.plan.Edits;
import org.sprp.core.plan.EntityInUseException;
import org.sprp.core.plan.EventFilter;
import org.sprp.core.plan.Finding;
import org.sprp.core.plan.FindingCode;
import org.sprp.core.plan.Plan;
import org.sprp.core.plan.ProgrammeDiff;
import org.sprp.core.plan.RequestCoverage;
import org.sprp.core.plan.SiteRecord;
import org.sprp.core.plan.TopicCoverage;
import org.sprp.core.time.Timing;

/** The planning API on the programme of the source document: what a planning script would ask of it. */
class SeedPlanTest {

  private final Programme seed = SeedProgramme.build();
  private final Plan plan = Plan.of(seed);

  private static List<String> ids(List<? extends TimelineEvent> events) {
    return events.stream().map(e -> e.id().value()).collect(Collectors.toList());
  }

  @Test
  void theTimelineRunsFromTheSeptemberVisitsToTheUndatedPanel() {
    // The tentative contacts with Shanghai (2016-02?) and the training in situ (2016-02) have the same
    // bounds and are ordered by id; the year 2016 may start earlier than both.
    assertThat(ids(plan.timeline())).containsExactly("field-visit-guangdong-2015-09", "field-visit-sichuan-2015-09",
        "training-spain-2016", "shanghai-contacts", "training-in-situ-2016-02", "panel-discussion-2");
  }

  @Test
  void filters() {
    // The training in Spain will seek the sites' suggestions, but no site is said to take part in it.
    assertThat(ids(plan.timeline(EventFilter.builder().site(SHANGHAI_SITE).build())))
        .containsExactly("shanghai-contacts");
    assertThat(ids(plan.timeline(EventFilter.builder().province(SICHUAN).build())))
        .containsExactly("field-visit-sichuan-2015-09", "training-in-situ-2016-02", "panel-discussion-2");
    assertThat(ids(plan.timeline(EventFilter.builder().organisation(EU_DELEGATION).build())))
        .containsExactly("field-visit-sichuan-2015-09");
    assertThat(ids(plan.timeline(EventFilter.builder().theme(Theme.AGEING_POPULATION.id()).build())))
        .containsExactly("training-spain-2016", "shanghai-contacts");
    assertThat(ids(plan.timeline(EventFilter.builder().window(Timing.parse("2016-02")).build())))
        .containsExactly("training-spain-2016", "shanghai-contacts", "training-in-situ-2016-02");
    assertThat(ids(plan.timeline(EventFilter.builder().addStatuses(Status.COMPLETED).build())))
        .containsExactly("field-visit-guangdong-2015-09", "field-visit-sichuan-2015-09");
  }

  @Test
  void sitesByTheme() {
    assertThat(plan.sitesByTheme(Theme.MIGRANT_WORKERS.id())).extracting(s -> s.id())
        .containsExactly(LUZHOU_SITE, HUIZHOU_SITE);
    assertThat(plan.sitesByTheme(Theme.AGEING_POPULATION.id())).extracting(s -> s.id()).containsExactly(SHANGHAI_SITE);
  }

  @Test
  void everythingAboutLuzhou() {
    SiteRecord luzhou = plan.concerning(LUZHOU_SITE);
    assertThat(luzhou.province().id()).isEqualTo(SICHUAN);
    assertThat(luzhou.decisions()).extracting(d -> d.id()).containsExactly(PILOT_SITES_ENDORSED);
    assertThat(luzhou.requests()).extracting(r -> r.id()).containsExactly(PROVINCES_REQUEST);
    assertThat(ids(luzhou.events()))
        .containsExactly("field-visit-sichuan-2015-09", "training-in-situ-2016-02", "panel-discussion-2");
  }

  @Test
  void thePacMeetingEndorsedTheSitesAndTheProvincesOfTheirPlaces() {
    assertThat(plan.decisionsAt(PAC_MEETING)).extracting(d -> d.id()).containsExactly(PILOT_SITES_ENDORSED);
    assertThat(plan.provinceOf(LUZHOU).map(p -> p.id())).contains(SICHUAN);
    assertThat(plan.provinceOf(HUIZHOU).map(p -> p.id())).contains(GUANGDONG);
    assertThat(plan.provinceOf(SHANGHAI).map(p -> p.id())).contains(SHANGHAI);
    assertThat(plan.provinceOf(SPAIN)).isEmpty();
  }

  @Test
  void theNextEventOfEachSiteAfterTheVisits() {
    assertThat(plan.nextEvents(LocalDate.of(2015, 12, 31))).hasSize(3)
        .hasEntrySatisfying(SHANGHAI_SITE, e -> assertThat(e.id()).isEqualTo(SHANGHAI_CONTACTS))
        .hasEntrySatisfying(LUZHOU_SITE, e -> assertThat(e.id()).isEqualTo(TRAINING_IN_SITU))
        .hasEntrySatisfying(HUIZHOU_SITE, e -> assertThat(e.id()).isEqualTo(TRAINING_IN_SITU));
    // On 1 February 2016 the tentative contacts may have begun, and Shanghai has nothing else ahead.
    assertThat(plan.nextEvent(SHANGHAI_SITE, LocalDate.of(2016, 1, 31)).map(TimelineEvent::id))
        .contains(SHANGHAI_CONTACTS);
    assertThat(plan.nextEvent(SHANGHAI_SITE, LocalDate.of(2016, 2, 1))).isEmpty();
  }

  @Test
  void theDocumentLinksNoActivityToTheProvincesRequest() {
    RequestCoverage request = plan.coverage().request(PROVINCES_REQUEST);
    assertThat(request.topics()).extracting(TopicCoverage::topic)
        .containsExactly(EU_POLICY, MONITORING, IT_AND_FUNDS, PORTABILITY);
    // The training in situ is the kind of thing they asked for, but the document does not say it
    // answers them, nor on which topics; the training in Spain is abroad, but on ageing.
    assertThat(request.topics()).allSatisfy(topic -> {
      assertThat(topic.byReference()).isEmpty();
      assertThat(topic.byTopic()).isEmpty();
    });
    // Either would do, and neither is offered.
    assertThat(request.unofferedModalities()).containsExactly(Modality.IN_COUNTRY, Modality.ABROAD);
    assertThat(request.toString()).endsWith("modalities not offered: in-country or abroad");
    assertThat(plan.coverage().unansweredTopics()).extracting(TopicCoverage::topic)
        .containsExactly(EU_POLICY, MONITORING, IT_AND_FUNDS, PORTABILITY);
    // Every site takes part in an activity: the training in situ and the contacts with Shanghai.
    assertThat(plan.coverage().unreachedSites()).isEmpty();
  }

  @Test
  void theFindingsAreTheUndatedPanelDiscussionAndTheUnansweredTopics() {
    // The request's topics are written in id order, so the paths index them in that order; the
    // findings follow the programme's list of topics.
    assertThat(Consistency.check(seed, LocalDate.of(2015, 12, 31))).containsExactly(
        Finding.of(FindingCode.MISSING_TIMING, "activities[panel-discussion-2]", "planned, but has no timing"),
        Finding.of(FindingCode.UNANSWERED_TOPIC, "requests[provinces-fields-of-interest].topics[0]",
            "no activity answers topic 'eu-social-security-policy'"),
        Finding.of(FindingCode.UNANSWERED_TOPIC, "requests[provinces-fields-of-interest].topics[2]",
            "no activity answers topic 'monitoring-and-operational-systems'"),
        Finding.of(FindingCode.UNANSWERED_TOPIC, "requests[provinces-fields-of-interest].topics[1]",
            "no activity answers topic 'it-systems-and-fund-raising'"),
        Finding.of(FindingCode.UNANSWERED_TOPIC, "requests[provinces-fields-of-interest].topics[3]",
            "no activity answers topic 'portability-for-migrant-workers'"));
    // Checked in August 2015, the September visits could not yet be completed.
    assertThat(Consistency.check(seed, LocalDate.of(2015, 8, 31))).extracting(Finding::path)
        .contains("missions[field-visit-guangdong-2015-09]", "missions[field-visit-sichuan-2015-09]");
  }

  @Test
  void schedulingThePanelClearsTheFindingAndTheDiffSaysWhatChanged() {
    Programme next = Edits.reschedule(seed, SECOND_PANEL, Timing.parse("2015-12"));
    next = Edits.changeStatus(next, SECOND_PANEL, Status.SCHEDULED);
    assertThat(Consistency.check(next, LocalDate.of(2015, 12, 31))).extracting(Finding::code)
        .containsOnly(FindingCode.UNANSWERED_TOPIC);
    assertThat(ProgrammeDiff.between(seed, next)).hasToString("1 change from sprp to sprp:\n"
        + "~ activities[panel-discussion-2]\n"
        + "    status: planned → scheduled\n"
        + "    timing: none → 2015-12");
  }

  @Test
  void huizhouCannotBeRemovedWhileTheProgrammeRefersToIt() {
    assertThatExceptionOfType(EntityInUseException.class)
        .isThrownBy(() -> Edits.remove(seed, HUIZHOU_SITE))
        .satisfies(e -> assertThat(e.referrers()).containsExactly(
            "decisions[pac-endorses-c1-pilot-sites].subjects[0]",
            "missions[field-visit-guangdong-2015-09].sites[0]",
            "requests[provinces-fields-of-interest].sites[0]",
            "activities[panel-discussion-2].sites[0]",
            "activities[training-in-situ-2016-02].sites[0]"));
  }
}
