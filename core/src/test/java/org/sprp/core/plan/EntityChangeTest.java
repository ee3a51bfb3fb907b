package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.sprp.core.ActivityId;
import org.sprp.core.MissionId;

/** Specification of {@link EntityChange}. */
class EntityChangeTest {

  private static final ActivityId SEMINAR = ActivityId.of("seminar");
  private static final ImmutableList<FieldChange> STATUS =
      ImmutableList.of(new FieldChange("status", "planned", "scheduled"));

  private static EntityChange changed(ImmutableList<FieldChange> fields) {
    return new EntityChange(EntityChange.Type.CHANGED, SEMINAR, "activities[seminar]", fields);
  }

  @Test
  void asTextMarksAddedRemovedAndChangedEntities() {
    assertThat(new EntityChange(EntityChange.Type.ADDED, SEMINAR, "activities[seminar]", ImmutableList.of()))
        .hasToString("+ activities[seminar]");
    assertThat(new EntityChange(EntityChange.Type.REMOVED, SEMINAR, "activities[seminar]", ImmutableList.of()))
        .hasToString("- activities[seminar]");
    assertThat(changed(STATUS)).hasToString("~ activities[seminar]\n    status: planned → scheduled");
  }

  @Test
  void changesAreEqualWhenTypeIdPathAndFieldsAreEqual() {
    new EqualsTester()
        .addEqualityGroup(changed(STATUS), changed(ImmutableList.of(new FieldChange("status", "planned", "scheduled"))))
        .addEqualityGroup(new EntityChange(EntityChange.Type.REMOVED, SEMINAR, "activities[seminar]", STATUS))
        .addEqualityGroup(new EntityChange(EntityChange.Type.CHANGED, ActivityId.of("panel"), "activities[seminar]",
            STATUS))
        .addEqualityGroup(new EntityChange(EntityChange.Type.CHANGED, MissionId.of("seminar"), "activities[seminar]",
            STATUS))
        .addEqualityGroup(new EntityChange(EntityChange.Type.CHANGED, SEMINAR, "missions[seminar]", STATUS))
        .addEqualityGroup(changed(ImmutableList.of(new FieldChange("timing", "2016", "2016-02"))))
        .testEquals();
  }
}
