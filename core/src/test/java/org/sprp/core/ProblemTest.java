package org.sprp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

/** One problem of a programme: where it is and which rule it breaks. */
class ProblemTest {

  @Test
  void aProblemHasAPathAndAMessage() {
    Problem problem = Problem.of("activities[training-spain-2016].sites[0]", "unknown site 'nowhere'");

    assertThat(problem.path()).isEqualTo("activities[training-spain-2016].sites[0]");
    assertThat(problem.message()).isEqualTo("unknown site 'nowhere'");
  }

  @Test
  void toStringIsThePathThenTheMessage() {
    assertThat(Problem.of("sites[#3].id", "duplicate site id 'luzhou', first used at sites[#1]"))
        .hasToString("sites[#3].id: duplicate site id 'luzhou', first used at sites[#1]");
  }

  @Test
  void problemsAreEqualWhenPathAndMessageAreEqual() {
    new EqualsTester()
        .addEqualityGroup(
            Problem.of("sites[luzhou].place", "unknown place 'luzhou'"),
            Problem.of("sites[luzhou].place", "unknown place 'luzhou'"))
        .addEqualityGroup(Problem.of("sites[huizhou].place", "unknown place 'luzhou'"))
        .addEqualityGroup(Problem.of("sites[luzhou].place", "unknown place 'huizhou'"))
        .testEquals();
  }

  @Test
  void pathAndMessageAreRequired() {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Problem.of(null, "unknown place 'luzhou'"))
        .withMessage("path");
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> Problem.of("sites[luzhou].place", null))
        .withMessage("message");
  }
}
