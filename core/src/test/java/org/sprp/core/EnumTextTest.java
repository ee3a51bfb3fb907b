package org.sprp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sprp.core.activity.ActivityKind;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.ModalityChoice;
import org.sprp.core.activity.RequestChannel;
import org.sprp.core.actor.OrganisationKind;
import org.sprp.core.place.PlaceLevel;

/** The enumerations of the model print as their text form, the one JSON and the reports use. */
class EnumTextTest {

  static Stream<Enum<?>> constants() {
    return Stream.of(Status.values(), Modality.values(), ModalityChoice.values(), ActivityKind.values(),
        RequestChannel.values(), OrganisationKind.values(), PlaceLevel.values()).flatMap(Stream::of);
  }

  @ParameterizedTest
  @MethodSource("constants")
  void eachConstantPrintsInLowerCaseWithHyphens(Enum<?> constant) {
    assertThat(constant.toString()).isEqualTo(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  @Test
  void aValuePrintsItsEnumerationsAsText() {
    KnowledgeActivity panel = KnowledgeActivity.builder().id(ActivityId.of("panel-2"))
        .kind(ActivityKind.PANEL_DISCUSSION).title("Second panel discussion").modality(Modality.IN_COUNTRY)
        .status(Status.PLANNED).build();

    assertThat(panel.toString()).contains("kind=panel-discussion", "modality=in-country", "status=planned");
    assertThat(Status.CANCELLED).hasToString("cancelled");
    assertThat(OrganisationKind.EU_BODY).hasToString("eu-body");
  }
}
