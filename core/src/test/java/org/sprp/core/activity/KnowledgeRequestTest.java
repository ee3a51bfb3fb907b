package org.sprp.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sprp.core.MissionId;
import org.sprp.core.OrganisationId;
import org.sprp.core.RequestId;
import org.sprp.core.SiteId;
import org.sprp.core.TopicId;
import org.sprp.core.time.Timing;

/** A request for knowledge sharing, made by at least one body on at least one topic. */
class KnowledgeRequestTest {

  private static final OrganisationId SICHUAN_GOVERNMENT = OrganisationId.of("sichuan-government");
  private static final OrganisationId NDRC = OrganisationId.of("ndrc");
  private static final OrganisationId C1_TEAM = OrganisationId.of("c1-team");
  private static final TopicId IT_SYSTEMS = TopicId.of("it-systems");
  private static final TopicId MIGRANT_PENSIONS = TopicId.of("migrant-pensions");

  /** Sichuan's detailed document sent to NDRC and shared with the C1 team after the mission. */
  private static KnowledgeRequest.Builder sichuanDocument() {
    return KnowledgeRequest.builder()
        .id(RequestId.of("sichuan-document-2015"))
        .addRequestedBy(SICHUAN_GOVERNMENT)
        .addRecipients(NDRC, C1_TEAM)
        .addFollowUpOf(MissionId.of("sichuan-2015-09"))
        .channel(RequestChannel.DOCUMENT)
        .addTopics(IT_SYSTEMS, MIGRANT_PENSIONS)
        .addModalities(Modality.IN_COUNTRY, Modality.ABROAD)
        .addSites(SiteId.of("luzhou"))
        .timing(Timing.parse("2015-10"))
        .description("Asks for a training abroad for officials of the city");
  }

  @Test
  void aRequestSaysWhoAskedWhomForWhatAndHow() {
    KnowledgeRequest request = sichuanDocument().build();

    assertThat(request.id()).isEqualTo(RequestId.of("sichuan-document-2015"));
    assertThat(request.requestedBy()).containsExactly(SICHUAN_GOVERNMENT);
    assertThat(request.recipients()).containsExactly(C1_TEAM, NDRC);
    assertThat(request.followUpOf()).containsExactly(MissionId.of("sichuan-2015-09"));
    assertThat(request.channel()).isEqualTo(RequestChannel.DOCUMENT);
    assertThat(request.topics()).containsExactly(IT_SYSTEMS, MIGRANT_PENSIONS);
    assertThat(request.modalities()).containsExactly(Modality.IN_COUNTRY, Modality.ABROAD);
    assertThat(request.sites()).containsExactly(SiteId.of("luzhou"));
    assertThat(request.timing()).contains(Timing.parse("2015-10"));
    assertThat(request.description()).contains("Asks for a training abroad for officials of the city");
  }

  @Test
  void onlyARequesterATopicAndAChannelAreNeeded() {
    KnowledgeRequest request = KnowledgeRequest.builder()
        .id(RequestId.of("guangdong-request"))
        .addRequestedBy(OrganisationId.of("guangdong-government"))
        .channel(RequestChannel.MEETING)
        .addTopics(IT_SYSTEMS)
        .build();

    assertThat(request.recipients()).isEmpty();
    assertThat(request.followUpOf()).isEmpty();
    assertThat(request.modalities()).isEmpty();
    assertThat(request.modalityChoice()).isEqualTo(ModalityChoice.EACH);
    assertThat(request.sites()).isEmpty();
    assertThat(request.timing()).isEmpty();
    assertThat(request.description()).isEmpty();
  }

  @Test
  void wantingAnyOneModalityNeedsTwoToChooseFrom() {
    assertThat(sichuanDocument().modalityChoice(ModalityChoice.ANY).build().modalities()).hasSize(2);

    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> sichuanDocument().modalities(List.of(Modality.ABROAD)).modalityChoice(ModalityChoice.ANY)
            .build())
        .withMessage("KnowledgeRequest 'sichuan-document-2015': modalityChoice any needs at least two modalities "
            + "to choose from, but there is one, abroad");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> sichuanDocument().modalities(List.of()).modalityChoice(ModalityChoice.ANY).build())
        .withMessageEndingWith("but there are none");
  }

  @Test
  void requestsAreEqualWhenAllTheirAttributesAreEqual() {
    new EqualsTester()
        .addEqualityGroup(sichuanDocument().build(), sichuanDocument().build())
        .addEqualityGroup(sichuanDocument().id(RequestId.of("sichuan-document")).build())
        .addEqualityGroup(sichuanDocument().addRequestedBy(OrganisationId.of("luzhou-government")).build())
        .addEqualityGroup(sichuanDocument().recipients(List.of(NDRC)).build())
        .addEqualityGroup(sichuanDocument().followUpOf(List.of()).build())
        .addEqualityGroup(sichuanDocument().channel(RequestChannel.CORRESPONDENCE).build())
        .addEqualityGroup(sichuanDocument().topics(List.of(IT_SYSTEMS)).build())
        .addEqualityGroup(sichuanDocument().modalities(List.of(Modality.ABROAD)).build())
        .addEqualityGroup(sichuanDocument().modalityChoice(ModalityChoice.ANY).build())
        .addEqualityGroup(sichuanDocument().sites(List.of()).build())
        .addEqualityGroup(sichuanDocument().timing(Timing.parse("2015-11")).build())
        .addEqualityGroup(sichuanDocument().description("Asks for a seminar").build())
        .testEquals();
  }

  @Test
  void aRequestIsMadeByAtLeastOneBody() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> sichuanDocument().requestedBy(List.of()).build())
        .withMessage("KnowledgeRequest 'sichuan-document-2015': requestedBy must not be empty: "
            + "a request is made by at least one body");
  }

  @Test
  void aRequestAsksForAtLeastOneTopic() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> sichuanDocument().topics(List.of()).build())
        .withMessage("KnowledgeRequest 'sichuan-document-2015': topics must not be empty: "
            + "a request asks for at least one topic");
  }

  @Test
  void theDescriptionMustNotBeBlankWhenGiven() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> sichuanDocument().description("\t").build())
        .withMessage("KnowledgeRequest 'sichuan-document-2015': description must not be blank when given");
  }

  @Test
  void idAndChannelAreRequired() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> KnowledgeRequest.builder()
            .addRequestedBy(SICHUAN_GOVERNMENT)
            .addTopics(IT_SYSTEMS)
            .build())
        .withMessage("Cannot build KnowledgeRequest, some of required attributes are not set [id, channel]");
  }

  @Test
  void theCollectionsCannotBeChanged() {
    KnowledgeRequest request = sichuanDocument().build();
    Set<TopicId> topics = request.topics();
    Set<Modality> modalities = request.modalities();

    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> topics.clear());
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> modalities.remove(Modality.ABROAD));
  }

  @Test
  void aBuilderCopiesAnExistingRequest() {
    KnowledgeRequest request = sichuanDocument().build();

    assertThat(KnowledgeRequest.builder().from(request).build()).isEqualTo(request);
  }
}
