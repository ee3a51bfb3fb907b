package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Ordering;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sprp.core.Programme;
import org.sprp.core.Status;
import org.sprp.core.TopicId;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.TimelineEvent;

/** The generator of the benchmark builds valid programmes, and the plan's answers hold at scale. */
class LargeProgrammeTest {

  private final Programme programme = LargeProgramme.of(5_000, 42);
  private final Plan plan = Plan.of(programme);

  @Test
  void isTheSameForTheSameSeed() {
    assertThat(ProgrammeDiff.between(programme, LargeProgramme.of(5_000, 42)).isEmpty()).isTrue();
    assertThat(programme.activities()).hasSize(5_000);
    assertThat(programme.missions()).hasSize(500);
  }

  @Test
  void theTimelineIsOrderedByBoundsThenId() {
    Comparator<TimelineEvent> order = Comparator
        .comparing((TimelineEvent e) -> e.timing().isEmpty())
        .thenComparing(e -> e.timing().flatMap(t -> t.earliest()).orElse(LocalDate.MIN))
        .thenComparing(e -> e.timing().flatMap(t -> t.latest()).orElse(LocalDate.MAX))
        .thenComparing(TimelineEvent::id);
    List<TimelineEvent> timeline = plan.timeline();
    assertThat(timeline).hasSize(5_500).containsExactlyInAnyOrderElementsOf(programme.events());
    assertThat(Ordering.from(order).isStrictlyOrdered(timeline)).isTrue();
  }

  @Test
  void theChecksFindWhatTheGeneratorPlanted() {
    List<Finding> findings = plan.findings(LocalDate.of(2017, 1, 1));
    assertThat(findings).extracting(Finding::code).contains(FindingCode.THEME_MISMATCH,
        FindingCode.STOP_OUTSIDE_SITE_PROVINCES, FindingCode.COMPLETED_IN_FUTURE, FindingCode.MISSING_TIMING);
    assertThat(plan.coverage().requests()).hasSize(100);
  }

  @Test
  void theUnansweredTopicFindingsAreTheCoveragesUnansweredTopics() {
    // The check marks answered topics in its own pass; the coverage builds its lists. Keeping one
    // activity in ten of small generated programmes, and cancelling some, leaves topics unanswered.
    int unanswered = 0;
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      Programme generated = LargeProgramme.of(100, seed);
      List<KnowledgeActivity> kept = new ArrayList<>();
      for (KnowledgeActivity activity : generated.activities()) {
        int draw = random.nextInt(20);
        if (draw == 0) {
          kept.add(KnowledgeActivity.builder().from(activity).status(Status.CANCELLED).build());
        } else if (draw < 3) {
          kept.add(activity);
        }
      }
      Plan small = Plan.of(Programme.builder().from(generated).activities(kept).build());
      List<String> fromCoverage = new ArrayList<>();
      for (RequestCoverage request : small.coverage().requests()) {
        List<TopicId> ownOrder = small.programme().request(request.request()).orElseThrow().topics().asList();
        for (TopicCoverage topic : request.topics()) {
          if (!topic.isAnswered()) {
            fromCoverage.add("requests[" + request.request() + "].topics[" + ownOrder.indexOf(topic.topic()) + "]");
          }
        }
      }
      List<String> fromChecks = small.findings(LocalDate.of(2017, 1, 1)).stream()
          .filter(finding -> finding.code() == FindingCode.UNANSWERED_TOPIC).map(Finding::path).toList();
      assertThat(fromChecks).as("seed %d", seed).isEqualTo(fromCoverage);
      unanswered += fromCoverage.size();
    }
    assertThat(unanswered).as("unanswered topics over the seeds").isGreaterThan(20);
  }
}
