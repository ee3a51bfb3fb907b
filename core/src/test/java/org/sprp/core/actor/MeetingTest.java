package org.sprp.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.sprp.core.MeetingId;
import org.sprp.core.OrganisationId;
import org.sprp.core.time.Timing;

/** A meeting of a governance body. */
class MeetingTest {

  private static Meeting.Builder pac2015() {
    return Meeting.builder()
        .id(MeetingId.of("pac-2015-04"))
        .title("Project Advisory Committee meeting")
        .body(OrganisationId.of("pac"))
        .timing(Timing.parse("2015-04-21"));
  }

  @Test
  void aMeetingHasATitleABodyAndATiming() {
    Meeting meeting = pac2015().build();

    assertThat(meeting.id()).isEqualTo(MeetingId.of("pac-2015-04"));
    assertThat(meeting.title()).isEqualTo("Project Advisory Committee meeting");
    assertThat(meeting.body()).isEqualTo(OrganisationId.of("pac"));
    assertThat(meeting.timing()).isEqualTo(Timing.parse("2015-04-21"));
  }

  @Test
  void meetingsAreEqualWhenAllTheirAttributesAreEqual() {
    new EqualsTester()
        .addEqualityGroup(pac2015().build(), pac2015().build())
        .addEqualityGroup(pac2015().id(MeetingId.of("pac-2015")).build())
        .addEqualityGroup(pac2015().title("Second PAC meeting").build())
        .addEqualityGroup(pac2015().body(OrganisationId.of("steering-committee")).build())
        .addEqualityGroup(pac2015().timing(Timing.parse("2015-04")).build())
        .testEquals();
  }

  @Test
  void theTitleMustNotBeEmpty() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> pac2015().title("").build())
        .withMessage("Meeting 'pac-2015-04': title must not be blank");
  }

  @Test
  void theTitleMustNotBeWhiteSpaceAlone() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> pac2015().title("  \n").build())
        .withMessage("Meeting 'pac-2015-04': title must not be blank");
  }

  @Test
  void idTitleBodyAndTimingAreRequired() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> Meeting.builder().id(MeetingId.of("pac-2015-04")).build())
        .withMessage("Cannot build Meeting, some of required attributes are not set [title, body, timing]");
  }

  @Test
  void aBuilderCopiesAnExistingMeeting() {
    Meeting meeting = pac2015().build();

    assertThat(Meeting.builder().from(meeting).build()).isEqualTo(meeting);
  }
}
