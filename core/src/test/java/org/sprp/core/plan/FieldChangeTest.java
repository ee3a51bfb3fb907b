package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

/** Specification of {@link FieldChange}. */
class FieldChangeTest {

  private final FieldChange change = new FieldChange("status", "planned", "scheduled");

  @Test
  void hasTheFieldAndBothValuesAsText() {
    assertThat(change.field()).isEqualTo("status");
    assertThat(change.oldValue()).isEqualTo("planned");
    assertThat(change.newValue()).isEqualTo("scheduled");
    assertThat(change).hasToString("status: planned → scheduled");
  }

  @Test
  void changesAreEqualWhenFieldAndValuesAreEqual() {
    new EqualsTester()
        .addEqualityGroup(change, new FieldChange("status", "planned", "scheduled"))
        .addEqualityGroup(new FieldChange("timing", "planned", "scheduled"))
        .addEqualityGroup(new FieldChange("status", "proposed", "scheduled"))
        .addEqualityGroup(new FieldChange("status", "planned", "completed"))
        .testEquals();
  }
}
