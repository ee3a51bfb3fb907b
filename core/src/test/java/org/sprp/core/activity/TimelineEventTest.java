package org.sprp.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sprp.core.ActivityId;
import org.sprp.core.MissionId;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.ThemeId;
import org.sprp.core.time.Timing;

/** Missions and knowledge-sharing activities, seen alike as events of a timeline. */
class TimelineEventTest {

  private final TimelineEvent mission = Mission.builder()
      .id(MissionId.of("sichuan-2015-09"))
      .title("Field visit to Luzhou and Chengdu")
      .initiator(OrganisationId.of("ndrc"))
      .addStops(MissionStop.of(PlaceId.of("luzhou")), MissionStop.of(PlaceId.of("chengdu")))
      .addSites(SiteId.of("luzhou"))
      .addThemes(ThemeId.of("rural-urban-integration"))
      .status(Status.COMPLETED)
      .timing(Timing.parse("2015-09"))
      .build();

  private final TimelineEvent activity = KnowledgeActivity.builder()
      .id(ActivityId.of("training-spain-2016"))
      .kind(ActivityKind.TRAINING)
      .title("Training in Spain on ageing")
      .venue(PlaceId.of("spain"))
      .addSites(SiteId.of("shanghai"))
      .addThemes(ThemeId.of("ageing-population"))
      .status(Status.PLANNED)
      .timing(Timing.parse("2016"))
      .build();

  @Test
  void anEventsIdTellsWhetherItIsAMissionOrAnActivity() {
    assertThat(List.of(mission, activity))
        .extracting(event -> event.id().kind())
        .containsExactly("mission", "activity");
  }

  @Test
  void anEventHasATitleAStatusAndATiming() {
    assertThat(mission.title()).isEqualTo("Field visit to Luzhou and Chengdu");
    assertThat(mission.status()).isEqualTo(Status.COMPLETED);
    assertThat(mission.timing()).contains(Timing.parse("2015-09"));
    assertThat(activity.title()).isEqualTo("Training in Spain on ageing");
    assertThat(activity.status()).isEqualTo(Status.PLANNED);
    assertThat(activity.timing()).contains(Timing.parse("2016"));
  }

  @Test
  void aMissionTakesPlaceAtItsStopsAndAnActivityAtItsVenue() {
    assertThat(mission.places()).containsExactly(PlaceId.of("luzhou"), PlaceId.of("chengdu"));
    assertThat(activity.places()).containsExactly(PlaceId.of("spain"));
  }

  @Test
  void anEventConcernsSitesAndThemes() {
    assertThat(mission.sites()).containsExactly(SiteId.of("luzhou"));
    assertThat(mission.themes()).containsExactly(ThemeId.of("rural-urban-integration"));
    assertThat(activity.sites()).containsExactly(SiteId.of("shanghai"));
    assertThat(activity.themes()).containsExactly(ThemeId.of("ageing-population"));
  }
}
