package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sprp.core.plan.SmallProgramme.*;

import org.junit.jupiter.api.Test;
import org.sprp.core.ActivityId;
import org.sprp.core.Programme;
import org.sprp.core.RequestId;
import org.sprp.core.Status;
import org.sprp.core.activity.ActivityKind;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.ModalityChoice;

/** Specification of {@link Coverage}, on {@link SmallProgramme}. */
class CoverageTest {

  private static Coverage coverage(Programme programme) {
    return Plan.of(programme).coverage();
  }

  @Test
  void answersEachTopicByReferenceAndByTopic() {
    Coverage coverage = coverage(SmallProgramme.build());
    RequestCoverage request = coverage.request(REQUEST);
    assertThat(request.topics()).hasSize(2);
    TopicCoverage itSystems = request.topics().get(0);
    assertThat(itSystems.topic()).isEqualTo(IT_SYSTEMS);
    assertThat(itSystems.byReference()).containsExactly(TRAINING);
    assertThat(itSystems.byTopic()).containsExactly(TRAINING);
    TopicCoverage portability = request.topics().get(1);
    assertThat(portability.byReference()).containsExactly(STUDY_VISIT);
    // The study visit names the request and lists the topic: it answers both ways.
    assertThat(portability.byTopic()).containsExactly(SEMINAR, STUDY_VISIT);
    assertThat(portability).hasToString(
        "sichuan-request/portability: by reference [study-visit], by topic [seminar-huizhou, study-visit]");
    assertThat(request.unofferedModalities()).isEmpty();
    assertThat(coverage.unansweredTopics()).isEmpty();
    assertThat(coverage.unreachedSites()).isEmpty();
    assertThat(coverage.isComplete()).isTrue();
    assertThat(coverage.requests()).containsExactly(request);
  }

  @Test
  void anActivityNamingTheRequestWithoutTopicsAnswersEveryTopic() {
    Programme programme = Edits.add(SmallProgramme.build(), KnowledgeActivity.builder().id(ActivityId.of("panel"))
        .kind(ActivityKind.PANEL_DISCUSSION).title("Panel").addAnswers(REQUEST).status(Status.PLANNED).build());
    RequestCoverage request = coverage(programme).request(REQUEST);
    assertThat(request.topics().get(0).byReference()).containsExactly(TRAINING, ActivityId.of("panel"));
    assertThat(request.topics().get(1).byReference()).containsExactly(STUDY_VISIT, ActivityId.of("panel"));
  }

  @Test
  void anActivityNamingTheRequestAnswersOnlyTheTopicsItLists() {
    // The training names the request but lists it-systems only: it does not answer portability.
    RequestCoverage request = coverage(SmallProgramme.build()).request(REQUEST);
    assertThat(request.topics().get(1).byReference()).doesNotContain(TRAINING);
  }

  @Test
  void cancelledActivitiesAnswerNothingAndReachNoSite() {
    Programme programme = Edits.changeStatus(SmallProgramme.build(), STUDY_VISIT, Status.CANCELLED);
    Coverage coverage = coverage(programme);
    RequestCoverage request = coverage.request(REQUEST);
    assertThat(request.topics().get(1).byReference()).isEmpty();
    assertThat(request.topics().get(1).byTopic()).containsExactly(SEMINAR);
    assertThat(request.unofferedModalities()).containsExactly(Modality.ABROAD);
    assertThat(coverage.unreachedSites()).isEmpty();
    assertThat(coverage.isComplete()).isFalse();

    Coverage worse = coverage(Edits.changeStatus(programme, SEMINAR, Status.CANCELLED));
    assertThat(worse.unansweredTopics()).extracting(TopicCoverage::topic).containsExactly(PORTABILITY);
    assertThat(worse.unansweredTopics().get(0).isAnswered()).isFalse();
    assertThat(worse.unreachedSites()).containsExactly(HUIZHOU_SITE);
  }

  @Test
  void aModalityOfferedOnlyByActivitiesNotAnsweringTheRequestIsAGap() {
    Programme programme = Edits.replace(SmallProgramme.build(),
        SmallProgramme.studyVisit().answers(java.util.List.of()).topics(java.util.List.of()).build());
    RequestCoverage request = coverage(programme).request(REQUEST);
    assertThat(request.unofferedModalities()).containsExactly(Modality.ABROAD);
    assertThat(request.toString()).endsWith("modalities not offered: abroad");
  }

  @Test
  void aNullRequestIsRejectedByName() {
    Coverage coverage = coverage(SmallProgramme.build());
    assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> coverage.request(null))
        .withMessage("request");
  }

  @Test
  void anUnknownRequestIsAMistakeNamedInTheMessage() {
    Coverage coverage = coverage(SmallProgramme.build());

    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> coverage.request(RequestId.of("nowhere")))
        .withMessage("request: the programme has no request 'nowhere'");
    // The text of an entity of another kind: the message says which, for the slip of kind.
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> coverage.request(RequestId.of(STUDY_VISIT.value())))
        .withMessage("request: the programme has no request 'study-visit' (it has an activity 'study-visit')");
  }

  @Test
  void isComputedOncePerPlan() {
    Plan plan = Plan.of(SmallProgramme.build());
    assertThat(plan.coverage()).isSameAs(plan.coverage());
  }

  @Test
  void aModalityIsOfferedByAnActivityOnTheTopicEvenWithoutNamingTheRequest() {
    // The study visit no longer names the request but still works on portability, abroad.
    Programme programme = Edits.replace(SmallProgramme.build(),
        SmallProgramme.studyVisit().answers(java.util.List.of()).build());
    RequestCoverage request = coverage(programme).request(REQUEST);
    assertThat(request.topics().get(1).byReference()).isEmpty();
    assertThat(request.unofferedModalities()).isEmpty();
  }

  @Test
  void aModalityIsOfferedByAnActivityNamingTheRequestWithoutTopics() {
    Programme withoutAbroad = Edits.replace(SmallProgramme.build(),
        SmallProgramme.studyVisit().answers(java.util.List.of()).topics(java.util.List.of()).build());
    Programme programme = Edits.add(withoutAbroad, KnowledgeActivity.builder().id(ActivityId.of("panel"))
        .kind(ActivityKind.PANEL_DISCUSSION).title("Panel").modality(Modality.ABROAD).addAnswers(REQUEST)
        .status(Status.PLANNED).build());
    assertThat(coverage(programme).request(REQUEST).unofferedModalities()).isEmpty();
  }

  @Test
  void asTextListsEachRequestThenTheGaps() {
    Programme programme = Edits.changeStatus(Edits.changeStatus(SmallProgramme.build(), STUDY_VISIT,
        Status.CANCELLED), SEMINAR, Status.CANCELLED);
    Coverage coverage = coverage(programme);
    assertThat(coverage.unansweredTopics().get(0).request()).isEqualTo(REQUEST);
    assertThat(coverage).hasToString("sichuan-request\n"
        + "  it-systems: by reference [training-luzhou], by topic [training-luzhou]\n"
        + "  portability: by reference [], by topic []\n"
        + "  modalities not offered: abroad\n"
        + "unanswered topics: [sichuan-request/portability]\n"
        + "unreached sites: [huizhou]");
  }

  /** The programme with its request wanting any one of its modalities rather than each. */
  private static Programme wantingAnyModality(Programme programme) {
    KnowledgeRequest request = programme.request(REQUEST).orElseThrow();
    return Edits.replace(programme, KnowledgeRequest.builder().from(request).modalityChoice(ModalityChoice.ANY).build());
  }

  @Test
  void aRequestWantingAnyModalityHasNoGapWhileOneIsOffered() {
    // The study visit, the one activity abroad, no longer answers the request; the training in-country does.
    Programme programme = Edits.replace(SmallProgramme.build(),
        SmallProgramme.studyVisit().answers(java.util.List.of()).topics(java.util.List.of()).build());
    assertThat(coverage(programme).request(REQUEST).unofferedModalities())
        .containsExactly(Modality.ABROAD);

    Coverage coverage = coverage(wantingAnyModality(programme));
    assertThat(coverage.request(REQUEST).unofferedModalities()).isEmpty();
    assertThat(coverage.isComplete()).isTrue();
  }

  @Test
  void aRequestWantingAnyModalityHasThemAllAsAGapWhenNoneIsOffered() {
    Programme programme = Edits.changeStatus(Edits.changeStatus(SmallProgramme.build(), STUDY_VISIT,
        Status.CANCELLED), TRAINING, Status.CANCELLED);
    assertThat(coverage(programme).request(REQUEST).toString())
        .endsWith("modalities not offered: in-country, abroad");

    RequestCoverage request = coverage(wantingAnyModality(programme)).request(REQUEST);
    assertThat(request.unofferedModalities()).containsExactly(Modality.IN_COUNTRY, Modality.ABROAD);
    assertThat(request.toString()).endsWith("modalities not offered: in-country or abroad");
  }
}
