package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Ordering;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sprp.core.Programme;
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
    assertThat(timeline).hasSize(5_500);
    assertThat(Ordering.from(order).isStrictlyOrdered(timeline)).isTrue();
  }

  @Test
  void sortingPackedKeysGivesTheOrderOfSortingEntries() {
    Plan.Entry[] entries = programme.events().stream().map(Plan.Entry::new).toArray(Plan.Entry[]::new);
    assertThat(Plan.packedKeys(entries, Long.SIZE - 1)).as("the keys of the generated programme fit")
        .hasSize(entries.length);
    Plan.Entry[] packed = Plan.inTimelineOrder(programme.events(), Long.SIZE - 1);
    Plan.Entry[] objects = Plan.inTimelineOrder(programme.events(), 0);
    assertThat(packed).hasSize(5_500);
    for (int i = 0; i < packed.length; i++) {
      assertThat(packed[i].event).isSameAs(objects[i].event);
    }
    assertThat(plan.timeline().get(0)).isSameAs(packed[0].event);
  }

  @Test
  void theChecksFindWhatTheGeneratorPlanted() {
    List<Finding> findings = plan.findings(LocalDate.of(2017, 1, 1));
    assertThat(findings).extracting(Finding::code).contains(FindingCode.THEME_MISMATCH,
        FindingCode.STOP_OUTSIDE_SITE_PROVINCES, FindingCode.COMPLETED_IN_FUTURE, FindingCode.MISSING_TIMING);
    assertThat(plan.coverage().requests()).hasSize(100);
  }
}
