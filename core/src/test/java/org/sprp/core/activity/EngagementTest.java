package org.sprp.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.sprp.core.OrganisationId;

/** Something a mission does at one of its stops. */
class EngagementTest {

  private static final OrganisationId LUZHOU_GOVERNMENT = OrganisationId.of("luzhou-government");

  @Test
  void anEngagementMayNameNoCounterpart() {
    Engagement engagement = Engagement.of("Visit to the social security community centre");

    assertThat(engagement.description()).isEqualTo("Visit to the social security community centre");
    assertThat(engagement.counterpart()).isEmpty();
  }

  @Test
  void anEngagementMayNameTheOrganisationItMeets() {
    Engagement engagement = Engagement.of("Meeting with city government officials", LUZHOU_GOVERNMENT);

    assertThat(engagement.description()).isEqualTo("Meeting with city government officials");
    assertThat(engagement.counterpart()).contains(LUZHOU_GOVERNMENT);
  }

  @Test
  void engagementsAreEqualWhenDescriptionAndCounterpartAreEqual() {
    new EqualsTester()
        .addEqualityGroup(
            Engagement.of("Meeting with city government officials", LUZHOU_GOVERNMENT),
            Engagement.builder()
                .description("Meeting with city government officials")
                .counterpart(LUZHOU_GOVERNMENT)
                .build())
        .addEqualityGroup(
            Engagement.of("Meeting with city government officials"),
            Engagement.of("Meeting with city government officials"))
        .addEqualityGroup(Engagement.of("Meeting with city government officials",
            OrganisationId.of("chengdu-government")))
        .addEqualityGroup(Engagement.of("Lunch with city government officials", LUZHOU_GOVERNMENT))
        .testEquals();
  }

  @Test
  void theDescriptionMustNotBeBlank() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Engagement.of(" "))
        .withMessage("Engagement: description must not be blank");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Engagement.of("", LUZHOU_GOVERNMENT))
        .withMessage("Engagement: description must not be blank");
  }

  @Test
  void theDescriptionIsRequired() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> Engagement.builder().counterpart(LUZHOU_GOVERNMENT).build())
        .withMessage("Cannot build Engagement, some of required attributes are not set [description]");
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Engagement.of(null))
        .withMessage("description");
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Engagement.of("Meeting with city government officials", null))
        .withMessage("counterpart");
  }

  @Test
  void aBuilderCopiesAnExistingEngagement() {
    Engagement engagement = Engagement.of("Meeting with city government officials", LUZHOU_GOVERNMENT);

    assertThat(Engagement.builder().from(engagement).build()).isEqualTo(engagement);
  }
}
