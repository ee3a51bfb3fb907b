package org.sprp.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sprp.core.ActivityId;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.RequestId;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.ThemeId;
import org.sprp.core.TopicId;
import org.sprp.core.time.Timing;

/** A knowledge-sharing activity, with a sequence number of at least 1 where it has one. */
class KnowledgeActivityTest {

  private static final PlaceId SPAIN = PlaceId.of("spain");

  /** The training in Spain in 2016 on ageing. */
  private static KnowledgeActivity.Builder trainingInSpain() {
    return KnowledgeActivity.builder()
        .id(ActivityId.of("training-spain-2016"))
        .kind(ActivityKind.TRAINING)
        .title("Training in Spain on ageing")
        .modality(Modality.ABROAD)
        .venue(SPAIN)
        .addThemes(ThemeId.of("ageing-population"))
        .addTopics(TopicId.of("long-term-care"))
        .addSites(SiteId.of("shanghai"))
        .addAnswers(RequestId.of("shanghai-request"))
        .addOrganisers(OrganisationId.of("ndrc"), OrganisationId.of("c1-team"))
        .status(Status.PLANNED)
        .timing(Timing.parse("2016"))
        .description("Suggestions are sought from the site representatives");
  }

  /** The second panel discussion of C1, with representatives of pilot sites. */
  private static KnowledgeActivity.Builder secondPanel() {
    return KnowledgeActivity.builder()
        .id(ActivityId.of("second-panel-discussion"))
        .kind(ActivityKind.PANEL_DISCUSSION)
        .sequenceNumber(2)
        .title("Second panel discussion")
        .addThemes(ThemeId.of("migrant-workers"))
        .addSites(SiteId.of("huizhou"), SiteId.of("luzhou"))
        .status(Status.SCHEDULED)
        .timing(Timing.parse("2016-02?"));
  }

  @Test
  void anActivityHasAKindATitleAndWhatItCovers() {
    KnowledgeActivity training = trainingInSpain().build();

    assertThat(training.id()).isEqualTo(ActivityId.of("training-spain-2016"));
    assertThat(training.kind()).isEqualTo(ActivityKind.TRAINING);
    assertThat(training.sequenceNumber()).isEmpty();
    assertThat(training.title()).isEqualTo("Training in Spain on ageing");
    assertThat(training.modality()).contains(Modality.ABROAD);
    assertThat(training.venue()).contains(SPAIN);
    assertThat(training.themes()).containsExactly(ThemeId.of("ageing-population"));
    assertThat(training.topics()).containsExactly(TopicId.of("long-term-care"));
    assertThat(training.sites()).containsExactly(SiteId.of("shanghai"));
    assertThat(training.answers()).containsExactly(RequestId.of("shanghai-request"));
    assertThat(training.organisers())
        .containsExactly(OrganisationId.of("c1-team"), OrganisationId.of("ndrc"));
    assertThat(training.status()).isEqualTo(Status.PLANNED);
    assertThat(training.timing()).contains(Timing.parse("2016"));
    assertThat(training.description()).contains("Suggestions are sought from the site representatives");
  }

  @Test
  void anActivityMayHaveASequenceNumberAmongThoseOfItsKind() {
    assertThat(secondPanel().build().sequenceNumber()).isEqualTo(OptionalInt.of(2));
  }

  @Test
  void theFirstOfAKindHasSequenceNumber1() {
    assertThat(secondPanel().sequenceNumber(1).build().sequenceNumber()).isEqualTo(OptionalInt.of(1));
  }

  @Test
  void theVenueIsThePlaceOfTheActivity() {
    assertThat(trainingInSpain().build().places()).containsExactly(SPAIN);
  }

  @Test
  void anActivityWithoutVenueHasNoPlace() {
    KnowledgeActivity panel = secondPanel().build();

    assertThat(panel.venue()).isEmpty();
    assertThat(panel.places()).isEmpty();
  }

  @Test
  void activitiesAreEqualWhenAllTheirAttributesAreEqual() {
    new EqualsTester()
        .addEqualityGroup(trainingInSpain().build(), trainingInSpain().build())
        .addEqualityGroup(secondPanel().build(), secondPanel().build())
        .addEqualityGroup(trainingInSpain().id(ActivityId.of("training-spain")).build())
        .addEqualityGroup(trainingInSpain().kind(ActivityKind.STUDY_VISIT).build())
        .addEqualityGroup(trainingInSpain().sequenceNumber(1).build())
        .addEqualityGroup(trainingInSpain().title("Training on ageing").build())
        .addEqualityGroup(trainingInSpain().modality(Optional.empty()).build())
        .addEqualityGroup(trainingInSpain().venue(PlaceId.of("portugal")).build())
        .addEqualityGroup(trainingInSpain().themes(List.of()).build())
        .addEqualityGroup(trainingInSpain().topics(List.of(TopicId.of("pensions"))).build())
        .addEqualityGroup(trainingInSpain().sites(List.of(SiteId.of("luzhou"))).build())
        .addEqualityGroup(trainingInSpain().answers(List.of()).build())
        .addEqualityGroup(trainingInSpain().organisers(List.of(OrganisationId.of("ndrc"))).build())
        .addEqualityGroup(trainingInSpain().status(Status.POSTPONED).build())
        .addEqualityGroup(trainingInSpain().timing(Optional.empty()).build())
        .addEqualityGroup(trainingInSpain().description(Optional.empty()).build())
        .addEqualityGroup(secondPanel().sequenceNumber(3).build())
        .testEquals();
  }

  @Test
  void theTitleMustNotBeBlank() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> secondPanel().title("").build())
        .withMessage("KnowledgeActivity 'second-panel-discussion': title must not be blank");
  }

  @Test
  void theDescriptionMustNotBeBlankWhenGiven() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> secondPanel().description(" ").build())
        .withMessage("KnowledgeActivity 'second-panel-discussion': description must not be blank when given");
  }

  @Test
  void theSequenceNumberMustNotBe0() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> secondPanel().sequenceNumber(0).build())
        .withMessage("KnowledgeActivity 'second-panel-discussion': sequenceNumber 0 must be at least 1");
  }

  @Test
  void theSequenceNumberMustNotBeNegative() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> secondPanel().sequenceNumber(-1).build())
        .withMessage("KnowledgeActivity 'second-panel-discussion': sequenceNumber -1 must be at least 1");
  }

  @Test
  void idKindTitleAndStatusAreRequired() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> KnowledgeActivity.builder()
            .id(ActivityId.of("second-panel-discussion"))
            .title("Second panel discussion")
            .build())
        .withMessage("Cannot build KnowledgeActivity, some of required attributes are not set [kind, status]");
  }

  @Test
  void theCollectionsCannotBeChanged() {
    KnowledgeActivity panel = secondPanel().build();
    Set<SiteId> sites = panel.sites();
    Set<PlaceId> places = panel.places();

    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> sites.add(SiteId.of("shanghai")));
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> places.add(SPAIN));
  }

  @Test
  void aBuilderCopiesAnExistingActivity() {
    KnowledgeActivity training = trainingInSpain().build();

    assertThat(KnowledgeActivity.builder().from(training).build()).isEqualTo(training);
  }
  @Test
  void setsHoldTheirIdsInIdOrder_soEqualActivitiesPrintAlike() {
    KnowledgeActivity given = KnowledgeActivity.builder().id(ActivityId.of("seminar")).kind(ActivityKind.SEMINAR)
        .title("Seminar").status(Status.PLANNED)
        .addSites(SiteId.of("shanghai"), SiteId.of("luzhou")).addOrganisers(OrganisationId.of("ndrc"))
        .addOrganisers(OrganisationId.of("c1-team")).build();
    KnowledgeActivity reversed = KnowledgeActivity.builder().id(ActivityId.of("seminar")).kind(ActivityKind.SEMINAR)
        .title("Seminar").status(Status.PLANNED)
        .addSites(SiteId.of("luzhou"), SiteId.of("shanghai")).addOrganisers(OrganisationId.of("c1-team"))
        .addOrganisers(OrganisationId.of("ndrc")).build();

    assertThat(given).isEqualTo(reversed);
    assertThat(given.sites()).containsExactly(SiteId.of("luzhou"), SiteId.of("shanghai"));
    assertThat(given.organisers()).containsExactly(OrganisationId.of("c1-team"), OrganisationId.of("ndrc"));
    assertThat(given.toString()).isEqualTo(reversed.toString()).contains("sites=[luzhou, shanghai]");
  }
}
