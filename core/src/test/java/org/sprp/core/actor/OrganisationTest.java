package org.sprp.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.sprp.core.BilingualName;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;

/** A body that takes part in the programme. */
class OrganisationTest {

  private static Organisation.Builder luzhouGovernment() {
    return Organisation.builder()
        .id(OrganisationId.of("luzhou-government"))
        .name(BilingualName.of("Luzhou Municipal Government", "泸州市人民政府"))
        .kind(OrganisationKind.LOCAL_GOVERNMENT)
        .place(PlaceId.of("luzhou"));
  }

  @Test
  void anOrganisationHasANameAKindAndAPlace() {
    Organisation organisation = luzhouGovernment().build();

    assertThat(organisation.id()).isEqualTo(OrganisationId.of("luzhou-government"));
    assertThat(organisation.name()).hasToString("Luzhou Municipal Government (泸州市人民政府)");
    assertThat(organisation.kind()).isEqualTo(OrganisationKind.LOCAL_GOVERNMENT);
    assertThat(organisation.place()).contains(PlaceId.of("luzhou"));
  }

  @Test
  void thePlaceIsOptional() {
    Organisation ndrc = Organisation.builder()
        .id(OrganisationId.of("ndrc"))
        .name(BilingualName.of("National Development and Reform Commission"))
        .kind(OrganisationKind.MINISTRY)
        .build();

    assertThat(ndrc.place()).isEmpty();
  }

  @Test
  void organisationsAreEqualWhenAllTheirAttributesAreEqual() {
    new EqualsTester()
        .addEqualityGroup(luzhouGovernment().build(), luzhouGovernment().build())
        .addEqualityGroup(luzhouGovernment().id(OrganisationId.of("luzhou-city")).build())
        .addEqualityGroup(luzhouGovernment().name(BilingualName.of("Luzhou Municipal Government")).build())
        .addEqualityGroup(luzhouGovernment().kind(OrganisationKind.PROVINCIAL_GOVERNMENT).build())
        .addEqualityGroup(luzhouGovernment().place(PlaceId.of("sichuan")).build())
        .testEquals();
  }

  @Test
  void idNameAndKindAreRequired() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> Organisation.builder()
            .id(OrganisationId.of("ndrc"))
            .name(BilingualName.of("NDRC"))
            .build())
        .withMessage("Cannot build Organisation, some of required attributes are not set [kind]");
  }

  @Test
  void nullAttributesAreRejectedByName() {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Organisation.builder().kind(null))
        .withMessage("kind");
  }

  @Test
  void aBuilderCopiesAnExistingOrganisation() {
    Organisation organisation = luzhouGovernment().build();

    assertThat(Organisation.builder().from(organisation).build()).isEqualTo(organisation);
  }
}
