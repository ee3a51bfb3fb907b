package org.sprp.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sprp.core.ActivityId;
import org.sprp.core.DecisionId;
import org.sprp.core.EntityId;
import org.sprp.core.MeetingId;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.SiteId;
import org.sprp.core.time.Timing;

/**
 * A decision, taken at a meeting or by organisations between meetings, about entities of any
 * kind.
 */
class DecisionTest {

  private static final MeetingId PAC_2015 = MeetingId.of("pac-2015-04");
  private static final OrganisationId NDRC = OrganisationId.of("ndrc");
  private static final OrganisationId C1_TEAM = OrganisationId.of("c1-team");

  /** "The Project Advisory Committee endorsed three pilot sites." */
  private static Decision.Builder endorseSites() {
    return Decision.builder()
        .id(DecisionId.of("endorse-pilot-sites"))
        .summary("The Project Advisory Committee endorsed three pilot sites")
        .meeting(PAC_2015)
        .addSubjects(SiteId.of("shanghai"), SiteId.of("luzhou"), SiteId.of("huizhou"));
  }

  /** "It was decided by NDRC and the C1 team that the second panel discussion would associate..." */
  private static Decision.Builder sitesAtSecondPanel() {
    return Decision.builder()
        .id(DecisionId.of("sites-at-second-panel"))
        .summary("The second panel discussion will associate representatives of selected pilot sites")
        .addDecidedBy(NDRC, C1_TEAM)
        .timing(Timing.parse("2015-11"))
        .addSubjects(ActivityId.of("second-panel-discussion"));
  }

  @Test
  void aDecisionMayBeTakenAtAMeeting() {
    Decision decision = endorseSites().build();

    assertThat(decision.meeting()).contains(PAC_2015);
    assertThat(decision.decidedBy()).isEmpty();
    assertThat(decision.timing()).isEmpty();
  }

  @Test
  void aDecisionMayBeTakenByOrganisationsOutsideAMeeting() {
    Decision decision = sitesAtSecondPanel().build();

    assertThat(decision.meeting()).isEmpty();
    assertThat(decision.decidedBy()).containsExactly(C1_TEAM, NDRC);
    assertThat(decision.timing()).contains(Timing.parse("2015-11"));
  }

  @Test
  void aDecisionMayNameBothAMeetingAndTheOrganisationsThatTookIt() {
    Decision decision = endorseSites().addDecidedBy(NDRC).build();

    assertThat(decision.meeting()).contains(PAC_2015);
    assertThat(decision.decidedBy()).containsExactly(NDRC);
  }

  @Test
  void subjectsAreIdsOfAnyKindInIdOrder_byKindThenText() {
    Decision decision = endorseSites()
        .subjects(List.of(SiteId.of("luzhou"), PlaceId.of("luzhou"), ActivityId.of("training-spain-2016")))
        .build();

    assertThat(decision.subjects()).containsExactly(
        ActivityId.of("training-spain-2016"), PlaceId.of("luzhou"), SiteId.of("luzhou"));
  }

  @Test
  void decisionsAreEqualWhenAllTheirAttributesAreEqual() {
    new EqualsTester()
        .addEqualityGroup(endorseSites().build(), endorseSites().build())
        .addEqualityGroup(sitesAtSecondPanel().build(), sitesAtSecondPanel().build())
        .addEqualityGroup(endorseSites().id(DecisionId.of("endorse-sites")).build())
        .addEqualityGroup(endorseSites().summary("Three pilot sites were endorsed").build())
        .addEqualityGroup(endorseSites().meeting(MeetingId.of("pac-2016")).build())
        .addEqualityGroup(endorseSites().addDecidedBy(NDRC).build())
        .addEqualityGroup(endorseSites().timing(Timing.parse("2015-04-21")).build())
        .addEqualityGroup(endorseSites().subjects(List.of(SiteId.of("luzhou"))).build())
        .addEqualityGroup(endorseSites().subjects(List.of(PlaceId.of("luzhou"))).build())
        .addEqualityGroup(sitesAtSecondPanel().decidedBy(List.of(NDRC)).build())
        .testEquals();
  }

  @Test
  void theSummaryMustNotBeBlank() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> endorseSites().summary(" ").build())
        .withMessage("Decision 'endorse-pilot-sites': summary must not be blank");
  }

  @Test
  void aDecisionNamesAMeetingOrTheOrganisationsThatTookIt() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> endorseSites().meeting(Optional.empty()).build())
        .withMessage("Decision 'endorse-pilot-sites': meeting or decidedBy must be given: "
            + "a decision is taken at a meeting or by organisations");
  }

  @Test
  void idAndSummaryAreRequired() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> Decision.builder().meeting(PAC_2015).build())
        .withMessage("Cannot build Decision, some of required attributes are not set [id, summary]");
  }

  @Test
  void theCollectionsCannotBeChanged() {
    Decision decision = sitesAtSecondPanel().build();
    Set<OrganisationId> decidedBy = decision.decidedBy();
    Set<EntityId> subjects = decision.subjects();

    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> decidedBy.add(OrganisationId.of("eu-delegation")));
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> subjects.clear());
  }

  @Test
  void aBuilderCopiesAnExistingDecision() {
    Decision decision = sitesAtSecondPanel().build();

    assertThat(Decision.builder().from(decision).build()).isEqualTo(decision);
  }

  @Test
  void itsTextNamesTheKindOfEachSubject() {
    Decision decision = endorseSites().addSubjects(PlaceId.of("luzhou")).build();

    assertThat(decision).hasToString("Decision{id=endorse-pilot-sites, "
        + "summary=The Project Advisory Committee endorsed three pilot sites, meeting=pac-2015-04, decidedBy=[], "
        + "subjects=[place luzhou, site huizhou, site luzhou, site shanghai]}");
    assertThat(sitesAtSecondPanel().build()).hasToString("Decision{id=sites-at-second-panel, "
        + "summary=The second panel discussion will associate representatives of selected pilot sites, "
        + "decidedBy=[c1-team, ndrc], timing=2015-11, subjects=[activity second-panel-discussion]}");
  }
}
