package org.sprp.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.time.Timing;

/** One stop of a mission's itinerary. */
class MissionStopTest {

  private static final PlaceId LUZHOU = PlaceId.of("luzhou");
  private static final Engagement OFFICIALS =
      Engagement.of("Meeting with city government officials", OrganisationId.of("luzhou-government"));
  private static final Engagement CENTRE =
      Engagement.of("Visit to the social security community centre");

  private static MissionStop.Builder luzhou() {
    return MissionStop.builder()
        .place(LUZHOU)
        .timing(Timing.parse("2015-09-14"))
        .addEngagements(OFFICIALS, CENTRE);
  }

  @Test
  void ofGivesAStopWithNoDateAndNoEngagements() {
    MissionStop stop = MissionStop.of(LUZHOU);

    assertThat(stop.place()).isEqualTo(LUZHOU);
    assertThat(stop.timing()).isEmpty();
    assertThat(stop.engagements()).isEmpty();
  }

  @Test
  void aStopKeepsItsEngagementsInOrder() {
    MissionStop stop = luzhou().build();

    assertThat(stop.timing()).contains(Timing.parse("2015-09-14"));
    assertThat(stop.engagements()).containsExactly(OFFICIALS, CENTRE);
  }

  @Test
  void stopsAreEqualWhenAllTheirAttributesAreEqual() {
    new EqualsTester()
        .addEqualityGroup(luzhou().build(), luzhou().build())
        .addEqualityGroup(MissionStop.of(LUZHOU), MissionStop.builder().place(LUZHOU).build())
        .addEqualityGroup(luzhou().place(PlaceId.of("chengdu")).build())
        .addEqualityGroup(luzhou().timing(Timing.parse("2015-09-15")).build())
        .addEqualityGroup(luzhou().engagements(List.of(OFFICIALS)).build())
        .addEqualityGroup(luzhou().engagements(List.of(CENTRE, OFFICIALS)).build())
        .testEquals();
  }

  @Test
  void theEngagementsCannotBeChanged() {
    List<Engagement> engagements = luzhou().build().engagements();

    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> engagements.add(Engagement.of("Press conference")));
  }

  @Test
  void thePlaceIsRequired() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> MissionStop.builder().addEngagements(CENTRE).build())
        .withMessage("Cannot build MissionStop, some of required attributes are not set [place]");
  }

  @Test
  void aBuilderCopiesAnExistingStop() {
    MissionStop stop = luzhou().build();

    assertThat(MissionStop.builder().from(stop).build()).isEqualTo(stop);
  }
}
