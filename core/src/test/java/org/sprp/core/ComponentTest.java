package org.sprp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

/** A component of the programme, with the organisation that leads it. */
class ComponentTest {

  private static Component.Builder c1() {
    return Component.builder()
        .id(ComponentId.of("c1"))
        .name(BilingualName.of("Social insurance reform"))
        .lead(OrganisationId.of("ndrc"));
  }

  @Test
  void aComponentHasAnIdANameAndALead() {
    Component component = c1().build();

    assertThat(component.id()).isEqualTo(ComponentId.of("c1"));
    assertThat(component.name()).isEqualTo(BilingualName.of("Social insurance reform"));
    assertThat(component.lead()).contains(OrganisationId.of("ndrc"));
  }

  @Test
  void theLeadIsOptional() {
    Component component = Component.builder()
        .id(ComponentId.of("c2"))
        .name(BilingualName.of("Social assistance"))
        .build();

    assertThat(component.lead()).isEmpty();
  }

  @Test
  void componentsAreEqualWhenAllTheirAttributesAreEqual() {
    new EqualsTester()
        .addEqualityGroup(c1().build(), c1().build())
        .addEqualityGroup(c1().id(ComponentId.of("c2")).build())
        .addEqualityGroup(c1().name(BilingualName.of("Social insurance reform", "社会保险改革")).build())
        .addEqualityGroup(c1().lead(OrganisationId.of("mohrss")).build())
        .addEqualityGroup(Component.builder()
            .id(ComponentId.of("c1"))
            .name(BilingualName.of("Social insurance reform"))
            .build())
        .testEquals();
  }

  @Test
  void idAndNameAreRequired() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> Component.builder().lead(OrganisationId.of("ndrc")).build())
        .withMessage("Cannot build Component, some of required attributes are not set [id, name]");
  }

  @Test
  void nullAttributesAreRejectedByName() {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Component.builder().id(null))
        .withMessage("id");
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Component.builder().lead((OrganisationId) null))
        .withMessage("lead");
  }

  @Test
  void aBuilderCopiesAnExistingComponent() {
    Component component = c1().build();

    assertThat(Component.builder().from(component).build()).isEqualTo(component);
  }
}
