package org.sprp.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.sprp.core.ActivityId;
import org.sprp.core.DecisionId;
import org.sprp.core.EntityId;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.Programme;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.activity.ActivityKind;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.ModalityChoice;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.RequestChannel;
import org.sprp.core.actor.Decision;
import org.sprp.core.actor.Organisation;
import org.sprp.core.actor.OrganisationKind;
import org.sprp.core.place.Place;
import org.sprp.core.place.PlaceLevel;
import org.sprp.core.time.Timing;

/**
 * The golden documents, written by hand to the format, read as the programmes they describe and
 * written back byte for byte.
 */
class GoldenDocumentTest {

  private final ProgrammeJson json = ProgrammeJson.strict();

  @ParameterizedTest
  @FieldSource("org.sprp.serialization.Golden#ALL")
  void writingWhatWasReadGivesTheSameBytes(String name) {
    byte[] document = Golden.bytes(name);

    byte[] written = json.write(json.read(document));

    // Compared as text first, for a readable diff, then byte for byte.
    assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(Golden.text(name));
    assertThat(written).isEqualTo(document);
  }

  @ParameterizedTest
  @FieldSource("org.sprp.serialization.Golden#ALL")
  void readingFromTextGivesTheSameProgrammeAsFromBytes(String name) {
    assertThat(json.read(Golden.text(name))).isEqualTo(json.read(Golden.bytes(name)));
  }

  @Test
  void minimalProgrammeHasOnlyItsIdAndName() {
    Programme programme = json.read(Golden.bytes(Golden.MINIMAL));

    assertThat(programme.id().value()).isEqualTo("sprp");
    assertThat(programme.name().english()).isEqualTo("Social Protection Reform Project");
    assertThat(programme.name().chinese()).isEmpty();
    assertThat(programme.components()).isEmpty();
    assertThat(programme.places()).isEmpty();
    assertThat(programme.activities()).isEmpty();
  }

  @Test
  void everyFieldDocumentCarriesEveryOptionalField() {
    Programme programme = json.read(Golden.bytes(Golden.EVERY_FIELD));

    assertThat(programme.components().get(0).lead()).contains(OrganisationId.of("ndrc"));
    assertThat(programme.themes().get(0).description()).contains("Pensions and care for an ageing population");
    Place sichuan = programme.place(PlaceId.of("sichuan")).orElseThrow();
    assertThat(sichuan.parent()).contains(PlaceId.of("china"));
    assertThat(sichuan.divisionCode()).contains("510000");
    assertThat(sichuan.isoCode()).contains("CN-SC");
    Decision decision = programme.decisions().get(0);
    assertThat(decision.subjects()).containsExactly(SiteId.of("luzhou"));
    assertThat(decision.timing()).contains(Timing.parse("2015-04-21"));
    PilotSite site = programme.site(SiteId.of("luzhou")).orElseThrow();
    assertThat(site.endorsedBy()).contains(DecisionId.of("pac-endorses-sites"));
    Mission mission = programme.missions().get(0);
    assertThat(mission.stops().get(0).engagements().get(0).counterpart()).contains(OrganisationId.of("ndrc"));
    assertThat(mission.status()).isEqualTo(Status.COMPLETED);
    KnowledgeRequest request = programme.requests().get(0);
    assertThat(request.channel()).isEqualTo(RequestChannel.DOCUMENT);
    assertThat(request.description()).contains("Detailed document sent to NDRC");
    assertThat(request.modalityChoice()).isEqualTo(ModalityChoice.ANY);
    KnowledgeActivity activity = programme.activity(ActivityId.of("second-panel")).orElseThrow();
    assertThat(activity.sequenceNumber()).hasValue(2);
    assertThat(activity.venue()).contains(PlaceId.of("luzhou"));
    assertThat(activity.timing().orElseThrow().toString()).isEqualTo("2016-02?");
  }

  @Test
  void chineseNamesAndEveryEdtfFormSurviveTheRead() {
    Programme programme = json.read(Golden.bytes(Golden.CHINESE_AND_EDTF));

    assertThat(programme.name().chinese()).contains("社会保障改革项目");
    assertThat(programme.place(PlaceId.of("luzhou")).orElseThrow().name().chinese()).contains("泸州市");
    Organisation ndrc = programme.organisation(OrganisationId.of("ndrc")).orElseThrow();
    assertThat(ndrc.name().chinese()).contains("国家发展和改革委员会");
    assertThat(programme.activities())
        .extracting(a -> a.timing().orElseThrow().toString())
        .containsExactly("2015-04-21", "2015-04-21~", "2015-09", "2016", "2015-21", "2016-02?", "2016-02~",
            "2016-02%", "201X", "20XX", "2016-XX", "2016-02-XX", "2016-XX-XX", "-0500", "2015-09/2016-02",
            "2015-09?/2016-02~", "2016-02/..", "../2016", "/2016", "2016/");
  }

  @Test
  void everyEnumValueIsRead() {
    Programme programme = json.read(Golden.bytes(Golden.EVERY_ENUM_VALUE));

    assertThat(programme.places()).extracting(Place::level).containsExactlyInAnyOrder(PlaceLevel.values());
    assertThat(programme.organisations()).extracting(Organisation::kind)
        .containsExactlyInAnyOrder(OrganisationKind.values());
    assertThat(programme.activities()).extracting(KnowledgeActivity::kind)
        .containsExactlyInAnyOrder(ActivityKind.values());
    assertThat(programme.activities()).extracting(a -> a.modality().orElseThrow())
        .contains(Modality.values());
    assertThat(programme.requests()).extracting(KnowledgeRequest::channel)
        .containsExactlyInAnyOrder(RequestChannel.values());
    assertThat(programme.requests().get(0).modalities()).containsExactly(Modality.IN_COUNTRY, Modality.ABROAD);
    // "each" is the default, which the writer leaves out.
    assertThat(programme.requests()).extracting(KnowledgeRequest::modalityChoice)
        .contains(ModalityChoice.values());
    List<Status> statuses = programme.activities().stream().map(KnowledgeActivity::status)
        .collect(Collectors.toList());
    assertThat(statuses).contains(Status.values());
    assertThat(programme.decisions().get(0).subjects()).extracting(EntityId::kind)
        .containsExactlyInAnyOrderElementsOf(ModelCodecs.ID_FACTORIES.keySet());
  }
}
