package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

/** Specification of {@link Finding}. */
class FindingTest {

  private final Finding finding =
      Finding.of(FindingCode.MISSING_TIMING, "activities[seminar-huizhou]", "planned, but has no timing");

  @Test
  void hasItsCodeSeverityPathAndMessage() {
    assertThat(finding.code()).isEqualTo(FindingCode.MISSING_TIMING);
    assertThat(finding.severity()).isEqualTo(FindingCode.MISSING_TIMING.severity());
    assertThat(finding.path()).isEqualTo("activities[seminar-huizhou]");
    assertThat(finding.message()).isEqualTo("planned, but has no timing");
    assertThat(finding).hasToString(
        finding.severity() + " MISSING_TIMING activities[seminar-huizhou]: planned, but has no timing");
  }

  @Test
  void findingsAreEqualWhenCodePathAndMessageAreEqual() {
    new EqualsTester()
        .addEqualityGroup(finding,
            Finding.of(FindingCode.MISSING_TIMING, "activities[seminar-huizhou]", "planned, but has no timing"))
        .addEqualityGroup(
            Finding.of(FindingCode.THEME_MISMATCH, "activities[seminar-huizhou]", "planned, but has no timing"))
        .addEqualityGroup(
            Finding.of(FindingCode.MISSING_TIMING, "activities[training-luzhou]", "planned, but has no timing"))
        .addEqualityGroup(
            Finding.of(FindingCode.MISSING_TIMING, "activities[seminar-huizhou]", "scheduled, but has no timing"))
        .testEquals();
  }
}
