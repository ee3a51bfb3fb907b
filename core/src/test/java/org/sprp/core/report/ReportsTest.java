package org.sprp.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sprp.core.ActivityId;
import org.sprp.core.MissionId;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.Programme;
import org.sprp.core.ProgrammeId;
import org.sprp.core.BilingualName;
import org.sprp.core.Status;
import org.sprp.core.activity.ActivityKind;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.actor.Organisation;
import org.sprp.core.actor.OrganisationKind;
import org.sprp.core.place.Place;
import org.sprp.core.place.PlaceLevel;
import org.sprp.core.plan.Plan;
import org.sprp.core.time.Timing;

/** Specification of the reports on small hand-made programmes; the seed's reports are golden files in examples. */
class ReportsTest {

  private static final PlaceId SPAIN = PlaceId.of("spain");
  private static final OrganisationId NDRC = OrganisationId.of("ndrc");

  private static KnowledgeActivity activity(String id, String title, Status status, String timing) {
    KnowledgeActivity.Builder builder = KnowledgeActivity.builder().id(ActivityId.of(id)).kind(ActivityKind.SEMINAR)
        .title(title).status(status);
    return timing == null ? builder.build() : builder.timing(Timing.parse(timing)).build();
  }

  private static Programme programme(KnowledgeActivity... activities) {
    return Programme.builder().id(ProgrammeId.of("tiny")).name(BilingualName.of("Tiny: a programme"))
        .addPlaces(Place.builder().id(SPAIN).level(PlaceLevel.COUNTRY).name(BilingualName.of("Spain")).build())
        .addOrganisations(Organisation.builder().id(NDRC).name(BilingualName.of("NDRC"))
            .kind(OrganisationKind.MINISTRY).build())
        .addMissions(Mission.builder().id(MissionId.of("visit")).title("Visit").initiator(NDRC)
            .addStops(MissionStop.of(SPAIN)).status(Status.SCHEDULED).timing(Timing.parse("2016-05-02/2016-05-06"))
            .build())
        .addActivities(activities)
        .build();
  }

  @Nested
  class Mermaid {

    @Test
    void marksApproximateAndUncertainDatesAndStatuses() {
      String gantt = MermaidGantt.render(Plan.of(programme(
          activity("approx", "Approximate", Status.PLANNED, "2016-03~"),
          activity("both", "Both", Status.PLANNED, "2016-04%"),
          activity("dropped", "Dropped", Status.CANCELLED, "2016-06-01"))));
      assertThat(gantt).isEqualTo("gantt\n"
          + "    title Tiny- a programme\n"
          + "    dateFormat YYYY-MM-DD\n"
          + "    axisFormat %Y-%m\n"
          + "    section Missions\n"
          + "    Visit : active, visit, 2016-05-02, 2016-05-07\n"
          + "    section Activities\n"
          + "    Approximate ~ : crit, approx, 2016-03-01, 2016-04-01\n"
          + "    Both ?~ : crit, both, 2016-04-01, 2016-05-01\n"
          + "    Dropped (cancelled) : dropped, 2016-06-01, 2016-06-02\n");
    }

    @Test
    void listsWhatCannotBeDrawnInAComment() {
      String gantt = MermaidGantt.render(Plan.of(programme(
          activity("open", "Open", Status.PLANNED, "2016/.."),
          activity("undated", "Undated", Status.PROPOSED, null))));
      assertThat(gantt).endsWith("    section Activities\n"
          + "    %% Not drawn, no timing or an open end: open (timing 2016/.., planned); undated (no timing, proposed)\n");
    }

    @Test
    void keepsTaskIdsUniqueAndTitlesFreeOfSyntax() {
      String gantt = MermaidGantt.render(Plan.of(programme(
          activity("visit", "Visit #2: follow-up; again", Status.PLANNED, "2016-07"))));
      assertThat(gantt).contains("    Visit : active, mission-visit, 2016-05-02, 2016-05-07\n",
          "    Visit 2- follow-up, again : activity-visit, 2016-07-01, 2016-08-01\n");
    }
  }

  @Test
  void markdownEscapesPipesInCells() {
    String markdown = MarkdownReport.render(Plan.of(programme(
        activity("pipes", "In | out", Status.PLANNED, "2016"))));
    assertThat(markdown).contains("| `2016` | In \\| out `pipes` | seminar | planned | — |");
    assertThat(markdown).contains("- Topics no activity answers: none\n- Sites no activity reaches: none\n");
  }

  @Test
  void outlineSaysWhenNothingIsOpen() {
    Programme done = Programme.builder().from(programme()).missions(List.of(
        Mission.builder().from(programme().missions().get(0)).status(Status.COMPLETED).build())).build();

    assertThat(OutlineReport.render(Plan.of(done))).endsWith("\nStill open\n  nothing\n");
  }

  @Test
  void outlineOfAProgrammeWithoutSitesOrRequests() {
    assertThat(OutlineReport.render(Plan.of(programme(List.of().toArray(new KnowledgeActivity[0])))))
        .isEqualTo("Tiny: a programme (tiny)\n\nSites\n\nTimeline\n"
            + "  2016-05-02/2016-05-06 scheduled  mission           Visit [visit]\n"
            + " ".repeat(48) + "in Spain\n\n"
            + "Coverage\n  sites no activity reaches: none\n\n"
            + "Still open\n  Visit [visit]: scheduled, 2016-05-02/2016-05-06\n");
  }
}
