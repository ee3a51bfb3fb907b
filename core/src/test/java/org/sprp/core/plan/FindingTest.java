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

  @Test
  void aFindingWrittenWhenAskedForIsEqualToOneWrittenAtOnceAndWritesItsTextOnce() {
    java.util.concurrent.atomic.AtomicInteger paths = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger messages = new java.util.concurrent.atomic.AtomicInteger();
    Finding lazy = Finding.of(FindingCode.MISSING_TIMING, () -> {
      paths.incrementAndGet();
      return new StringBuilder("activities[").append("seminar-huizhou]").toString();
    }, () -> {
      messages.incrementAndGet();
      return new StringBuilder("planned, ").append("but has no timing").toString();
    });
    assertThat(paths).hasValue(0);
    assertThat(messages).hasValue(0);
    new EqualsTester().addEqualityGroup(finding, lazy).testEquals();
    assertThat(lazy).hasToString(finding.toString());
    assertThat(lazy.path()).isEqualTo(finding.path());
    assertThat(lazy.message()).isEqualTo(finding.message());
    assertThat(paths).hasValue(1);
    assertThat(messages).hasValue(1);
  }

  @Test
  void aTextThatWritesNullFailsNamingIt() {
    Finding noPath = Finding.of(FindingCode.MISSING_TIMING, () -> null, () -> "m");
    org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(noPath::path).withMessage("path");
    Finding noMessage = Finding.of(FindingCode.MISSING_TIMING, () -> "p", () -> null);
    org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(noMessage::message)
        .withMessage("message");
  }
}
