package org.sprp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sprp.examples.SeedProgramme.PORTABILITY;
import static org.sprp.examples.SeedProgramme.PROVINCES_REQUEST;
import static org.sprp.examples.SeedProgramme.SECOND_PANEL;
import static org.sprp.examples.SeedProgramme.SHANGHAI_CONTACTS;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sprp.core.Programme;
import org.sprp.core.Status;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.plan.Edits;
import org.sprp.core.plan.EntityChange;
import org.sprp.core.plan.Plan;
import org.sprp.core.plan.ProgrammeDiff;
import org.sprp.core.plan.RequestCoverage;
import org.sprp.core.plan.TopicCoverage;
import org.sprp.core.time.Timing;

/** The unit test a planning script's author writes: what the script changes, and what it fixes. */
class NextStepsTest {

  private final Programme seed = SeedProgramme.build();
  private final Programme planned = NextSteps.plan(seed);

  private static RequestCoverage provinces(Programme programme) {
    return Plan.of(programme).coverage().requests().stream()
        .filter(r -> r.request().equals(PROVINCES_REQUEST)).findFirst().orElseThrow();
  }

  @Test
  void theShanghaiContactsAreScheduledOnADay() {
    KnowledgeActivity contacts = planned.activity(SHANGHAI_CONTACTS).orElseThrow();

    assertThat(contacts.status()).isEqualTo(Status.SCHEDULED);
    assertThat(contacts.timing()).contains(Timing.parse("2016-02-16"));
    assertThat(contacts.timing().orElseThrow().isUncertain()).isFalse();
  }

  @Test
  void theSecondPanelGetsATentativeMonth() {
    assertThat(planned.activity(SECOND_PANEL).orElseThrow().timing()).contains(Timing.parse("2015-12?"));
  }

  @Test
  void theStudyVisitOffersTheAbroadTheProvincesAskedFor() {
    assertThat(provinces(seed).unofferedModalities()).containsExactly(
        org.sprp.core.activity.Modality.IN_COUNTRY, org.sprp.core.activity.Modality.ABROAD);

    // Either in-country or abroad would do: the study visit abroad leaves no gap of modality.
    assertThat(provinces(planned).unofferedModalities()).isEmpty();
    TopicCoverage portability = provinces(planned).topics().stream()
        .filter(t -> t.topic().equals(PORTABILITY)).findFirst().orElseThrow();
    assertThat(portability.byTopic()).containsExactly(NextSteps.STUDY_VISIT);
  }

  @Test
  void theDiffSaysWhatChangedAndTheSeedIsUntouched() {
    ProgrammeDiff diff = ProgrammeDiff.between(seed, planned);

    assertThat(diff.changes()).extracting(EntityChange::type, change -> change.id().value()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(EntityChange.Type.CHANGED, "panel-discussion-2"),
        org.assertj.core.groups.Tuple.tuple(EntityChange.Type.CHANGED, "shanghai-contacts"),
        org.assertj.core.groups.Tuple.tuple(EntityChange.Type.ADDED, "study-visit-portability-2016"));
    assertThat(seed).isEqualTo(SeedProgramme.build());
  }

  @Test
  void theReportListsTheChangesAndTheTopicsStillUnanswered() {
    assertThat(NextSteps.report(seed, planned, LocalDate.of(2015, 12, 31))).isEqualTo(
        "3 changes from sprp to sprp:\n"
            + "~ activities[panel-discussion-2]\n"
            + "    timing: none → 2015-12?\n"
            + "~ activities[shanghai-contacts]\n"
            + "    status: planned → scheduled\n"
            + "    timing: 2016-02? → 2016-02-16\n"
            + "+ activities[study-visit-portability-2016]\n"
            + "\n"
            + "Findings on 2015-12-31\n"
            + "  WARNING UNANSWERED_TOPIC requests[provinces-fields-of-interest].topics[0]: "
            + "no activity answers topic 'eu-social-security-policy'\n"
            + "  WARNING UNANSWERED_TOPIC requests[provinces-fields-of-interest].topics[2]: "
            + "no activity answers topic 'monitoring-and-operational-systems'\n"
            + "  WARNING UNANSWERED_TOPIC requests[provinces-fields-of-interest].topics[1]: "
            + "no activity answers topic 'it-systems-and-fund-raising'\n");
  }

  @Test
  void theReportSaysNoneWhenNothingIsFound() {
    Programme withoutRequest = Edits.remove(seed, PROVINCES_REQUEST);
    Programme dated = Edits.reschedule(withoutRequest, SECOND_PANEL, Timing.parse("2015-12"));

    assertThat(NextSteps.report(withoutRequest, dated, LocalDate.of(2015, 12, 31))).isEqualTo(
        "1 change from sprp to sprp:\n"
            + "~ activities[panel-discussion-2]\n"
            + "    timing: none → 2015-12\n"
            + "\n"
            + "Findings on 2015-12-31\n"
            + "  none\n");
  }

  @Test
  void theSeedAloneHasTheUndatedPanelAndTheFourUnansweredTopics() {
    assertThat(Plan.of(seed).findings(LocalDate.of(2015, 12, 31))).extracting(f -> f.path())
        .containsExactly("activities[panel-discussion-2]", "requests[provinces-fields-of-interest].topics[0]",
            "requests[provinces-fields-of-interest].topics[2]", "requests[provinces-fields-of-interest].topics[1]",
            "requests[provinces-fields-of-interest].topics[3]");
  }

  @Test
  void theScriptCannotRunTwice_theStudyVisitWouldBeAddedAgain() {
    assertThatIllegalArgumentException().isThrownBy(() -> NextSteps.plan(planned))
        .withMessageContaining("study-visit-portability-2016");
  }

  /** The script prints UTF-8 whatever the encoding of standard output (here ISO-8859-1, which has no arrow). */
  @Test
  void mainPrintsUtf8WhateverTheEncodingOfStandardOutput() {
    PrintStream before = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.ISO_8859_1));
      NextSteps.main(new String[0]);
    } finally {
      System.setOut(before);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("    timing: none → 2015-12?\n");
  }
}
