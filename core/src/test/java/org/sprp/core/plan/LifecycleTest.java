package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sprp.core.Status.*;
import static org.sprp.core.plan.SmallProgramme.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sprp.core.Programme;
import org.sprp.core.Status;

/** Specification of {@link Lifecycle}: every one of the 36 pairs of statuses, for activities and missions. */
class LifecycleTest {

  /** The table of the class comment, written out again independently. */
  static final List<List<Status>> ALLOWED = List.of(
      List.of(PROPOSED, PLANNED), List.of(PROPOSED, SCHEDULED), List.of(PROPOSED, CANCELLED),
      List.of(PLANNED, SCHEDULED), List.of(PLANNED, POSTPONED), List.of(PLANNED, CANCELLED),
      List.of(SCHEDULED, COMPLETED), List.of(SCHEDULED, POSTPONED), List.of(SCHEDULED, CANCELLED),
      List.of(POSTPONED, PLANNED), List.of(POSTPONED, SCHEDULED), List.of(POSTPONED, CANCELLED));

  static Stream<Arguments> pairs() {
    return Stream.of(Status.values()).flatMap(from -> Stream.of(Status.values()).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("pairs")
  void theTableDecidesEveryChange(Status from, Status to) {
    boolean allowed = ALLOWED.contains(List.of(from, to));
    assertThat(Lifecycle.allows(from, to)).isEqualTo(allowed);

    Programme programme = SmallProgramme.builder()
        .activities(List.of(SmallProgramme.seminar().status(from).build()))
        .missions(List.of(SmallProgramme.visit().status(from).build()))
        .build();
    if (allowed) {
      assertThat(Edits.changeStatus(programme, SEMINAR, to).activity(SEMINAR).orElseThrow().status()).isEqualTo(to);
      assertThat(Edits.changeStatus(programme, VISIT, to).mission(VISIT).orElseThrow().status()).isEqualTo(to);
    } else if (from == to) {
      assertThat(Edits.changeStatus(programme, SEMINAR, to)).isSameAs(programme);
    } else {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.changeStatus(programme, SEMINAR, to))
          .withMessageStartingWith("activities[seminar-huizhou].status: cannot change from ");
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Edits.changeStatus(programme, VISIT, to))
          .withMessageStartingWith("missions[visit-sichuan].status: cannot change from ");
    }
  }

  @Test
  void completedAndCancelledAreFinal() {
    Set<Status> finals = EnumSet.noneOf(Status.class);
    for (Status status : Status.values()) {
      if (Lifecycle.isFinal(status)) {
        finals.add(status);
      }
    }
    assertThat(finals).containsExactly(COMPLETED, CANCELLED);
    assertThat(Lifecycle.next(PLANNED)).containsExactly(SCHEDULED, POSTPONED, CANCELLED);
  }
}
