package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sprp.core.plan.SmallProgramme.*;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sprp.core.ActivityId;
import org.sprp.core.DecisionId;
import org.sprp.core.Entity;
import org.sprp.core.EntityId;
import org.sprp.core.InvalidProgrammeException;
import org.sprp.core.MissionId;
import org.sprp.core.Problem;
import org.sprp.core.Programme;
import org.sprp.core.ProgrammeId;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.actor.Decision;
import org.sprp.core.time.Timing;

/** Specification of {@link Edits}, on {@link SmallProgramme}. */
class EditsTest {

  private final Programme programme = SmallProgramme.build();

  @Test
  void eachOfTheElevenListsHoldsEntities() {
    // What Entity's documentation promises, and what add and replace rely on to find the list.
    assertThat(Catalogue.ALL).hasSize(11)
        .allSatisfy(list -> assertThat(Entity.class).isAssignableFrom(list.type));
  }

  @Nested
  class Add {

    @Test
    void appendsTheEntityAndLeavesTheOriginalAlone() {
      KnowledgeActivity workshop = PlanTest.activity("workshop", "2016-05");
      Programme next = Edits.add(programme, workshop);
      assertThat(next.activities()).hasSize(4).last().isEqualTo(workshop);
      assertThat(programme.activities()).hasSize(3);
      assertThat(programme.activity(ActivityId.of("workshop"))).isEmpty();
    }

    @Test
    void failsForAnIdAlreadyUsed() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.add(programme, SmallProgramme.seminar().build()))
          .withMessage("activities[seminar-huizhou]: the programme already has an activity with id "
              + "'seminar-huizhou'; replace it instead");
    }

    @Test
    void failsForTheIdOfTheFirstEntityOfItsList() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.add(programme, SmallProgramme.training().title("Another training").build()))
          .withMessage("activities[training-luzhou]: the programme already has an activity with id "
              + "'training-luzhou'; replace it instead");
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.add(programme, SmallProgramme.visit().build()))
          .withMessage("missions[visit-sichuan]: the programme already has a mission with id "
              + "'visit-sichuan'; replace it instead");
    }

    @Test
    void failsForAnEntityOfATypeNotInTheModel() {
      // Entity is not sealed, so a caller can implement it; the error names the caller's class.
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.add(programme, new OwnEntity()))
          .withMessageStartingWith("entity: org.sprp.core.plan.EditsTest$OwnEntity is not an entity of a "
              + "programme (a component, theme, topic,");
    }

    @Test
    void failsWithTheProblemsOfTheBuildForAnUnresolvedReference() {
      assertThatExceptionOfType(InvalidProgrammeException.class)
          .isThrownBy(() -> Edits.add(programme, KnowledgeActivity.builder().from(PlanTest.activity("workshop", null))
              .addSites(SiteId.of("nowhere")).build()))
          .satisfies(e -> assertThat(e.problems())
              .containsExactly(Problem.of("activities[workshop].sites[0]", "unknown site 'nowhere'")));
    }
  }

  @Nested
  class Replace {

    @Test
    void failsForAnEntityOfATypeNotInTheModel() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.replace(programme, new OwnEntity()))
          .withMessageStartingWith("entity: org.sprp.core.plan.EditsTest$OwnEntity is not an entity of a programme");
    }

    @Test
    void keepsThePosition() {
      Programme next = Edits.replace(programme, SmallProgramme.training().title("Training on IT systems").build());
      assertThat(next.activities().get(0).title()).isEqualTo("Training on IT systems");
      assertThat(next.activities()).hasSize(3);
    }

    @Test
    void correctsAStatusTheLifecycleWouldNotReach() {
      // The visit was recorded as completed by mistake: changeStatus refuses to undo it, replace corrects it.
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.changeStatus(programme, VISIT, Status.SCHEDULED));
      Programme next = Edits.replace(programme, SmallProgramme.visit().status(Status.SCHEDULED).build());
      assertThat(next.mission(VISIT).orElseThrow().status()).isEqualTo(Status.SCHEDULED);
    }

    @Test
    void failsForAnUnknownId() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.replace(programme, PlanTest.activity("workshop", null)))
          .withMessage("activities[workshop]: the programme has no activity with id 'workshop' to replace");
    }
  }

  @Nested
  class Remove {

    @Test
    void removesAnEntityNothingRefersTo() {
      Programme next = Edits.remove(programme, SEMINAR);
      assertThat(next.activity(SEMINAR)).isEmpty();
      assertThat(next.activities()).hasSize(2);
    }

    @Test
    void removesADecisionWhoseOnlyReferenceIsToItself() {
      Programme selfReferring = Edits.add(governed().build(), Decision.builder().id(DecisionId.of("self"))
          .summary("Review this decision next year").meeting(STEERING).addSubjects(DecisionId.of("self")).build());

      Programme next = Edits.remove(selfReferring, DecisionId.of("self"));

      assertThat(next.decision(DecisionId.of("self"))).isEmpty();
      assertThat(next).isEqualTo(governed().build());
    }

    @Test
    void failsForAReferencedEntity_namingEveryReferrer() {
      assertThatExceptionOfType(EntityInUseException.class)
          .isThrownBy(() -> Edits.remove(programme, LUZHOU_SITE))
          .satisfies(e -> {
            assertThat(e.entity()).isEqualTo("site 'luzhou'");
            assertThat(e.referrers()).containsExactly("missions[visit-sichuan].sites[0]",
                "requests[sichuan-request].sites[0]", "activities[training-luzhou].sites[0]",
                "activities[study-visit].sites[1]");
          })
          .withMessageStartingWith("Cannot remove site 'luzhou': 4 references to it remain:\n"
              + "  missions[visit-sichuan].sites[0]\n");
    }

    @Test
    void failsForAPlaceStillAParent() {
      assertThatExceptionOfType(EntityInUseException.class)
          .isThrownBy(() -> Edits.remove(programme, GUANGDONG))
          .satisfies(e -> assertThat(e.referrers()).containsExactly("places[huizhou].parent"))
          .withMessage("Cannot remove place 'guangdong': 1 reference to it remains:\n  places[huizhou].parent");
    }

    @Test
    void failsForAnUnknownIdOrTheProgrammeItself() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.remove(programme, MissionId.of("nowhere")))
          .withMessage("missions[nowhere]: the programme has no mission with id 'nowhere' to remove");
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.remove(programme, ProgrammeId.of("small")))
          .withMessage("id: 'small' is the id of a programme, not of one of its entities");
    }
  }

  @Nested
  class Reschedule {

    @Test
    void anActivityKeepsItsStatus() {
      Programme next = Edits.reschedule(programme, SEMINAR, Timing.parse("2016-04-12"));
      assertThat(next.activity(SEMINAR).orElseThrow().timing()).contains(Timing.parse("2016-04-12"));
      assertThat(next.activity(SEMINAR).orElseThrow().status()).isEqualTo(Status.PLANNED);
    }

    @Test
    void toTheSameTimingReturnsTheSameProgramme() {
      Timing seminar = programme.activity(SEMINAR).orElseThrow().timing().orElseThrow();
      Timing visit = programme.mission(VISIT).orElseThrow().timing().orElseThrow();
      assertThat(Edits.reschedule(programme, SEMINAR, Timing.parse(seminar.toString()))).isSameAs(programme);
      assertThat(Edits.reschedule(programme, VISIT, Timing.parse(visit.toString()))).isSameAs(programme);
    }

    @Test
    void aCompletedEventMayBeGivenMorePreciseDates() {
      assertThat(programme.mission(VISIT).orElseThrow().status()).isEqualTo(Status.COMPLETED);
      Programme next = Edits.reschedule(programme, VISIT, Timing.parse("2015-09-14"));
      assertThat(next.mission(VISIT).orElseThrow().timing()).contains(Timing.parse("2015-09-14"));
    }

    @Test
    void aMission() {
      Programme next = Edits.reschedule(programme, VISIT, Timing.parse("2015-09-14/2015-09-18"));
      assertThat(next.mission(VISIT).orElseThrow().timing()).contains(Timing.parse("2015-09-14/2015-09-18"));
    }

    @Test
    void aMissionFailsWhenAStopWouldFallOutside() {
      Programme dated = SmallProgramme.builder().missions(List.of(SmallProgramme.visit()
          .stops(List.of(MissionStop.builder().place(LUZHOU).timing(Timing.parse("2015-09-10")).build(),
              MissionStop.of(LUZHOU),
              MissionStop.builder().place(LUZHOU).timing(Timing.parse("2015-09-12")).build())).build()))
          .build();
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.reschedule(dated, VISIT, Timing.parse("2015-10")))
          .withMessage("Mission 'visit-sichuan': timing 2015-10 must contain the timing of each stop; "
              + "stops[0].timing 2015-09-10 and stops[2].timing 2015-09-12 lie outside it");
    }

    @Test
    void namesAnEventOfTheOtherKindWithTheSameId() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.reschedule(programme, org.sprp.core.ActivityId.of("visit-sichuan"), Timing.parse("2016")))
          .withMessage("activities[visit-sichuan]: the programme has no activity 'visit-sichuan' "
              + "(it has a mission 'visit-sichuan')");
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.remove(programme, SiteId.of("sichuan")))
          .withMessage("sites[sichuan]: the programme has no site with id 'sichuan' to remove (it has a place 'sichuan')");
    }

    @Test
    void failsForAnUnknownEvent() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.reschedule(programme, ActivityId.of("nowhere"), Timing.parse("2016")))
          .withMessage("activities[nowhere]: the programme has no activity 'nowhere'");
    }
  }

  @Nested
  class ChangeStatus {

    @Test
    void followsTheLifecycle() {
      Programme next = Edits.changeStatus(programme, SEMINAR, Status.SCHEDULED);
      assertThat(next.activity(SEMINAR).orElseThrow().status()).isEqualTo(Status.SCHEDULED);
      assertThat(Edits.changeStatus(next, SEMINAR, Status.COMPLETED).activity(SEMINAR).orElseThrow().status())
          .isEqualTo(Status.COMPLETED);
    }

    @Test
    void aCancelledActivityIsNotCompletedLater() {
      Programme cancelled = Edits.changeStatus(programme, SEMINAR, Status.CANCELLED);
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.changeStatus(cancelled, SEMINAR, Status.COMPLETED))
          .withMessage("activities[seminar-huizhou].status: cannot change from cancelled to completed; "
              + "allowed from cancelled: none, cancelled is final");
    }

    @Test
    void aPlannedActivityIsScheduledBeforeItIsCompleted() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.changeStatus(programme, SEMINAR, Status.COMPLETED))
          .withMessage("activities[seminar-huizhou].status: cannot change from planned to completed; "
              + "allowed from planned: scheduled, postponed, cancelled");
    }

    @Test
    void aCompletedMissionIsFinal() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.changeStatus(programme, VISIT, Status.CANCELLED))
          .withMessage("missions[visit-sichuan].status: cannot change from completed to cancelled; "
              + "allowed from completed: none, completed is final");
    }

    @Test
    void toTheSameStatusReturnsTheSameProgramme() {
      assertThat(Edits.changeStatus(programme, SEMINAR, Status.PLANNED)).isSameAs(programme);
      assertThat(Edits.changeStatus(programme, VISIT, Status.COMPLETED)).isSameAs(programme);
    }

    @Test
    void aMissionFollowsTheLifecycleToo() {
      Programme planned = SmallProgramme.builder().missions(List.of(SmallProgramme.visit().status(Status.PLANNED)
          .build())).build();
      Programme next = Edits.changeStatus(planned, VISIT, Status.SCHEDULED);
      assertThat(next.mission(VISIT).orElseThrow().status()).isEqualTo(Status.SCHEDULED);
      assertThat(planned.mission(VISIT).orElseThrow().status()).isEqualTo(Status.PLANNED);
    }

    @Test
    void failsForAnUnknownMission() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.changeStatus(programme, MissionId.of("nowhere"), Status.SCHEDULED))
          .withMessage("missions[nowhere]: the programme has no mission 'nowhere'");
    }
  }

  /** An entity of the caller's own, which no list of a programme holds. */
  private static final class OwnEntity implements Entity {
    @Override
    public EntityId id() {
      return ActivityId.of("own");
    }
  }
}
