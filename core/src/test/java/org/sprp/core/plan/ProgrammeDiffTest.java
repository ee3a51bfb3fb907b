package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sprp.core.plan.SmallProgramme.*;

import com.google.common.collect.Lists;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sprp.core.ActivityId;
import org.sprp.core.BilingualName;
import org.sprp.core.Programme;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.time.Timing;

/** Specification of {@link ProgrammeDiff}, on {@link SmallProgramme}. */
class ProgrammeDiffTest {

  private final Programme before = SmallProgramme.build();

  @Test
  void nothingChanged() {
    ProgrammeDiff diff = ProgrammeDiff.between(before, SmallProgramme.build());
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.changes()).isEmpty();
    assertThat(diff).hasToString("No change from small to small");
  }

  @Test
  void theOrderOfAListIsNotAChange() {
    Programme reordered = SmallProgramme.builder().activities(Lists.reverse(before.activities())).build();
    assertThat(ProgrammeDiff.between(before, reordered).isEmpty()).isTrue();
  }

  @Test
  void anAddedEntity() {
    Programme after = Edits.add(before, PlanTest.activity("workshop", "2016-05"));
    ProgrammeDiff diff = ProgrammeDiff.between(before, after);
    assertThat(diff.changes()).containsExactly(new EntityChange(EntityChange.Type.ADDED, ActivityId.of("workshop"),
        "activities[workshop]", com.google.common.collect.ImmutableList.of()));
    assertThat(diff).hasToString("1 change from small to small:\n+ activities[workshop]");
  }

  @Test
  void aRemovedEntity() {
    ProgrammeDiff diff = ProgrammeDiff.between(before, Edits.remove(before, SEMINAR));
    assertThat(diff.changes()).singleElement().satisfies(change -> {
      assertThat(change.type()).isEqualTo(EntityChange.Type.REMOVED);
      assertThat(change.id()).isEqualTo(SEMINAR);
      assertThat(change.fields()).isEmpty();
    });
    assertThat(diff).hasToString("1 change from small to small:\n- activities[seminar-huizhou]");
  }

  @Test
  void aChangedEntityWithItsFieldsOldToNew_inDeclarationOrder() {
    Programme after = Edits.reschedule(Edits.changeStatus(before, SEMINAR, Status.SCHEDULED), SEMINAR,
        Timing.parse("2016-02-15"));
    ProgrammeDiff diff = ProgrammeDiff.between(before, after);
    EntityChange change = diff.changes().get(0);
    assertThat(change.type()).isEqualTo(EntityChange.Type.CHANGED);
    assertThat(change.path()).isEqualTo("activities[seminar-huizhou]");
    assertThat(change.fields()).containsExactly(new FieldChange("status", "planned", "scheduled"),
        new FieldChange("timing", "2016-02?", "2016-02-15"));
    assertThat(diff).hasToString("1 change from small to small:\n"
        + "~ activities[seminar-huizhou]\n"
        + "    status: planned → scheduled\n"
        + "    timing: 2016-02? → 2016-02-15");
  }

  @Test
  void listsAndAbsentValuesAsText() {
    Programme after = Edits.replace(before, SmallProgramme.studyVisit().addSites(SiteId.of("huizhou"))
        .sites(List.of(HUIZHOU_SITE)).venue(java.util.Optional.empty()).build());
    assertThat(ProgrammeDiff.between(before, after).changes().get(0).fields()).containsExactly(
        new FieldChange("venue", "spain", "none"),
        new FieldChange("sites", "[luzhou, huizhou]", "[huizhou]"));
  }

  @Test
  void changesComeInTheOrderOfTheListsThenById() {
    Programme after = SmallProgramme.builder()
        .name(BilingualName.of("Small programme", "小项目"))
        .addSites(PilotSite.builder().id(SiteId.of("chengdu")).place(CHENGDU).component(C1).addThemes(AGEING).build())
        .activities(List.of(SmallProgramme.training().build(), SmallProgramme.studyVisit().status(Status.PLANNED).build(),
            PlanTest.activity("a-workshop", null)))
        .build();
    ProgrammeDiff diff = ProgrammeDiff.between(before, after);
    assertThat(diff.changes()).extracting(EntityChange::path).containsExactly(
        "programme", "sites[chengdu]", "activities[a-workshop]", "activities[seminar-huizhou]",
        "activities[study-visit]");
    assertThat(diff).hasToString("5 changes from small to small:\n"
        + "~ programme\n"
        + "    name: Small programme → Small programme (小项目)\n"
        + "+ sites[chengdu]\n"
        + "+ activities[a-workshop]\n"
        + "- activities[seminar-huizhou]\n"
        + "~ activities[study-visit]\n"
        + "    status: proposed → planned");
  }
}
