package org.sprp.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sprp.core.ActivityId;
import org.sprp.core.Component;
import org.sprp.core.ComponentId;
import org.sprp.core.DecisionId;
import org.sprp.core.MeetingId;
import org.sprp.core.RequestId;
import org.sprp.core.SiteId;
import org.sprp.core.Theme;
import org.sprp.core.Topic;
import org.sprp.core.TopicId;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.ModalityChoice;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.RequestChannel;
import org.sprp.core.actor.Decision;
import org.sprp.core.actor.Meeting;
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
          + "    %% Not drawn: open (timing 2016/.., planned); undated (no timing, proposed)\n");
    }

    @Test
    void leavesOutDaysMermaidCannotWrite() {
      // YYYY-MM-DD holds four digits, and Mermaid's dates read a year below 100 as 1900 and more.
      String gantt = MermaidGantt.render(Plan.of(programme(
          activity("negative", "Negative", Status.PLANNED, "-0044"),
          activity("early", "Early", Status.PLANNED, "0044"),
          activity("last", "Last", Status.PLANNED, "9999-12"),
          activity("first", "First", Status.PLANNED, "1000"),
          activity("november", "November", Status.PLANNED, "9999-11"))));
      assertThat(gantt).contains("    First : first, 1000-01-01, 1001-01-01\n")
          .contains("    November : november, 9999-11-01, 9999-12-01\n")
          .contains(": negative (timing -0044, planned); early (timing 0044, planned); last (timing 9999-12, planned)\n")
          .doesNotContain("Negative :").doesNotContain("Early :").doesNotContain("Last :");
    }

    @Test
    void anIdThatIsATagWordIsPrefixedLikeASharedOne() {
      String gantt = MermaidGantt.render(Plan.of(programme(
          activity("done", "Report writing", Status.PLANNED, "2016-01"),
          activity("milestone", "Kick-off", Status.PLANNED, "2016-02"),
          activity("crit", "C", Status.PLANNED, "2016-03"),
          activity("active", "A", Status.PLANNED, "2016-04"),
          activity("vert", "V", Status.PLANNED, "2016-05-01"))));
      assertThat(gantt).contains("    Report writing : activity-done, 2016-01-01, 2016-02-01\n",
          "    Kick-off : activity-milestone, 2016-02-01, 2016-03-01\n",
          "    C : activity-crit, 2016-03-01, 2016-04-01\n",
          "    A : activity-active, 2016-04-01, 2016-05-01\n",
          "    V : activity-vert, 2016-05-01, 2016-05-02\n");
    }

    @Test
    void aTitleThatBeginsWithAKeywordOrADateIsPrecededByAZeroWidthSpace() {
      String gantt = MermaidGantt.render(Plan.of(programme(
          activity("heads", "Section heads meeting", Status.PLANNED, "2016-01"),
          activity("click", "CLICK here", Status.PLANNED, "2016-02"),
          activity("dated", "2016-03-01 workshop", Status.PLANNED, "2016-03"),
          activity("sections", "Sections of the law", Status.PLANNED, "2016-04"))));
      assertThat(gantt).contains("    \u200BSection heads meeting : heads, 2016-01-01, 2016-02-01\n",
          "    \u200BCLICK here : click, 2016-02-01, 2016-03-01\n",
          "    \u200B2016-03-01 workshop : dated, 2016-03-01, 2016-04-01\n",
          "    Sections of the law : sections, 2016-04-01, 2016-05-01\n");
    }

    @Test
    void aPercentSignCannotStartACommentAndAnEmptyTitleBecomesTheId() {
      String gantt = MermaidGantt.render(Plan.of(Programme.builder().from(programme(
          activity("pensions", "5% increase in pensions %%{init}%%", Status.PLANNED, "2016-01"),
          activity("hash", "#", Status.PLANNED, "2016-02")))
          .name(BilingualName.of("##")).build()));
      assertThat(gantt).startsWith("gantt\n    title tiny\n")
          .contains("    5\uFF05 increase in pensions \uFF05\uFF05{init}\uFF05\uFF05 : pensions, 2016-01-01, 2016-02-01\n",
              "    hash : hash, 2016-02-01, 2016-03-01\n");
    }

    @Test
    void keepsTaskIdsUniqueAndTitlesFreeOfSyntax() {
      String gantt = MermaidGantt.render(Plan.of(programme(
          activity("visit", "Visit #2: follow-up; again", Status.PLANNED, "2016-07"))));
      assertThat(gantt).contains("    Visit : active, mission-visit, 2016-05-02, 2016-05-07\n",
          "    Visit 2- follow-up, again : activity-visit, 2016-07-01, 2016-08-01\n");
    }

    @Test
    void keepsTaskIdsUniqueWhenAPrefixedIdIsAnotherEventsId() {
      // The mission "visit" and the activity "visit" share an id; "mission-visit" is an activity's.
      String gantt = MermaidGantt.render(Plan.of(programme(
          activity("visit", "Shared", Status.PLANNED, "2016-07"),
          activity("mission-visit", "Taken", Status.PLANNED, "2016-08"))));
      assertThat(gantt).contains("    Visit : active, mission-visit-2, 2016-05-02, 2016-05-07\n",
          "    Shared : activity-visit, 2016-07-01, 2016-08-01\n",
          "    Taken : mission-visit, 2016-08-01, 2016-09-01\n");
      String twoTaken = MermaidGantt.render(Plan.of(programme(
          activity("visit", "Shared", Status.PLANNED, "2016-07"),
          activity("mission-visit", "Taken", Status.PLANNED, "2016-08"),
          activity("mission-visit-2", "Also taken", Status.PLANNED, "2016-09"))));
      assertThat(twoTaken).contains("    Visit : active, mission-visit-3, 2016-05-02, 2016-05-07\n");
    }

    @Test
    void putsATitleWithLineBreaksOnOneLine() {
      String gantt = MermaidGantt.render(Plan.of(programme(
          activity("broken", "Line one\nline two\r\n\r\nthree", Status.PLANNED, "2016-07"))));
      assertThat(gantt).contains("    Line one line two three : broken, 2016-07-01, 2016-08-01\n");
    }
  }

  @Test
  void markdownShowsFreeTextAsWrittenWithoutMarkupOrHtml() {
    Plan plan = Plan.of(Programme.builder().from(programme(
        activity("ticks", "One ` backtick, *stars*, _under_, [link](x), <script>alert(1)</script> & ~~gone~~ \\*",
            Status.PLANNED, "2016")))
        .name(BilingualName.of("Tiny <b>bold")).build());
    String markdown = MarkdownReport.render(plan);
    assertThat(markdown).startsWith("# Tiny \\<b\\>bold (`tiny`)\n");
    assertThat(markdown).contains("| `2016` | One \\` backtick, \\*stars\\*, \\_under\\_, \\[link\\](x), "
        + "\\<script\\>alert(1)\\</script\\> \\& \\~\\~gone\\~\\~ \\\\\\* `ticks` | seminar | planned | — |");
  }

  @Test
  void outlineAndMarkdownPutNamesWithLineBreaksOnOneLine() {
    Plan plan = Plan.of(Programme.builder().from(programme()).name(BilingualName.of("First line\nSecond line"))
        .organisations(List.of(Organisation.builder().id(NDRC).name(BilingualName.of("NDRC\nsecond line"))
            .kind(OrganisationKind.MINISTRY).build()))
        .build());
    assertThat(OutlineReport.render(plan)).startsWith("First line Second line (tiny)\n").doesNotContain("NDRC\n");
    assertThat(MarkdownReport.render(plan)).startsWith("# First line Second line (`tiny`)\n");
  }

  @Test
  void markdownEscapesPipesInCells() {
    String markdown = MarkdownReport.render(Plan.of(programme(
        activity("pipes", "In | out", Status.PLANNED, "2016"))));
    assertThat(markdown).contains("| `2016` | In \\| out `pipes` | seminar | planned | — |");
    assertThat(markdown).contains("- Topics no activity answers: none\n- Sites no activity reaches: none\n");
  }

  @Test
  void markdownAndOutlineKeepATitleWithLineBreaksOnOneLine() {
    Plan plan = Plan.of(programme(activity("broken", "Line one\nline | two", Status.PLANNED, "2016")));
    assertThat(MarkdownReport.render(plan)).contains("| `2016` | Line one line \\| two `broken` | seminar | planned | — |");
    assertThat(OutlineReport.render(plan)).contains(" Line one line | two [broken]\n");
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

  /**
   * A programme with a site in a prefecture and one in a province, governance, a mission with a
   * participant, and a request with one topic answered, one not, and a modality no activity offers.
   */
  private static Programme governed() {
    PlaceId sichuan = PlaceId.of("sichuan");
    PlaceId luzhou = PlaceId.of("luzhou");
    OrganisationId eu = OrganisationId.of("eu");
    MeetingId steering = MeetingId.of("steering");
    return Programme.builder().from(programme())
        .missions(List.of(Mission.builder().from(programme().missions().get(0)).addParticipants(eu, NDRC)
            .addSites(SiteId.of("luzhou")).build()))
        .addComponents(Component.builder().id(ComponentId.of("c1")).name(BilingualName.of("C1")).build())
        .addThemes(Theme.AGEING_POPULATION, Theme.MIGRANT_WORKERS)
        .addTopics(Topic.builder().id(TopicId.of("pensions")).name(BilingualName.of("Pensions", "养老金")).build(),
            Topic.builder().id(TopicId.of("it")).name(BilingualName.of("IT systems")).build())
        .addPlaces(
            Place.builder().id(PlaceId.of("china")).level(PlaceLevel.COUNTRY).name(BilingualName.of("China")).build(),
            Place.builder().id(sichuan).level(PlaceLevel.PROVINCE).name(BilingualName.of("Sichuan", "四川省"))
                .parent(PlaceId.of("china")).build(),
            Place.builder().id(luzhou).level(PlaceLevel.PREFECTURE).name(BilingualName.of("Luzhou", "泸州市"))
                .parent(sichuan).build())
        .addOrganisations(Organisation.builder().id(eu).name(BilingualName.of("EU delegation"))
            .kind(OrganisationKind.EU_BODY).build())
        .addMeetings(Meeting.builder().id(steering).title("Steering committee").body(NDRC)
            .timing(Timing.parse("2015-06")).build())
        .addDecisions(
            Decision.builder().id(DecisionId.of("endorse")).summary("Endorse the sites").meeting(steering).build(),
            Decision.builder().id(DecisionId.of("fund")).summary("Fund a study visit").addDecidedBy(eu, NDRC).build(),
            Decision.builder().id(DecisionId.of("extend")).summary("Extend the project").addDecidedBy(NDRC)
                .timing(Timing.parse("2016-12")).build())
        .addSites(
            PilotSite.builder().id(SiteId.of("sichuan")).place(sichuan).component(ComponentId.of("c1"))
                .addThemes(Theme.AGEING_POPULATION.id()).build(),
            PilotSite.builder().id(SiteId.of("luzhou")).place(luzhou).component(ComponentId.of("c1"))
                .addThemes(Theme.MIGRANT_WORKERS.id(), Theme.AGEING_POPULATION.id()).build())
        .addRequests(KnowledgeRequest.builder().id(RequestId.of("ask")).addRequestedBy(NDRC)
            .channel(RequestChannel.DOCUMENT).addTopics(TopicId.of("it"), TopicId.of("pensions"))
            .addModalities(Modality.ABROAD, Modality.IN_COUNTRY).build())
        .addActivities(
            KnowledgeActivity.builder().id(ActivityId.of("course")).kind(ActivityKind.TRAINING).title("IT course")
                .modality(Modality.IN_COUNTRY).addTopics(TopicId.of("it")).addAnswers(RequestId.of("ask"))
                .addSites(SiteId.of("luzhou")).status(Status.PLANNED).timing(Timing.parse("2016-06?")).build(),
            KnowledgeActivity.builder().id(ActivityId.of("forum")).kind(ActivityKind.SEMINAR).title("IT forum")
                .addTopics(TopicId.of("it")).status(Status.PROPOSED).build())
        .build();
  }

  @Test
  void outlineOfAGovernedProgrammeWithGaps() {
    assertThat(OutlineReport.render(Plan.of(governed()))).isEqualTo(
        "Tiny: a programme (tiny)\n"
        + "\n"
        + "Sites\n"
        + "  sichuan  Sichuan (四川省): Ageing population\n"
        + "  luzhou   Luzhou (泸州市), Sichuan (四川省): Ageing population, Migrant workers\n"
        + "\n"
        + "Governance\n"
        + "  2015-06          Steering committee, NDRC\n"
        + "                     decided: Endorse the sites\n"
        + "  (no date)        Decided by NDRC, EU delegation: Fund a study visit\n"
        + "  2016-12          Decided by NDRC: Extend the project\n"
        + "\n"
        + "Timeline\n"
        + "  2016-05-02/2016-05-06 scheduled  mission           Visit [visit]\n"
        + "                                                in Spain\n"
        + "                                                sites luzhou\n"
        + "                                                with NDRC, EU delegation\n"
        + "  2016-06?         planned    training          IT course [course]\n"
        + "                                                sites luzhou\n"
        + "  (no date)        proposed   seminar           IT forum [forum]\n"
        + "\n"
        + "Coverage\n"
        + "  ask\n"
        + "    Pensions: not answered\n"
        + "    IT systems: course; by topic: course, forum\n"
        + "    modalities not offered: abroad\n"
        + "  sites no activity reaches: sichuan\n"
        + "\n"
        + "Still open\n"
        + "  Visit [visit]: scheduled, 2016-05-02/2016-05-06\n"
        + "  IT course [course]: planned, tentatively 2016-06?\n"
        + "  IT forum [forum]: proposed, no date yet\n"
        + "  no activity answers Pensions [ask]\n"
        + "  no activity offers abroad knowledge sharing asked for by ask\n");
  }

  @Test
  void markdownOfAGovernedProgrammeWithGaps() {
    assertThat(MarkdownReport.render(Plan.of(governed()))).isEqualTo(
        "# Tiny: a programme (`tiny`)\n"
        + "\n"
        + "## Pilot sites\n"
        + "\n"
        + "| Site | Place | Themes | Events |\n"
        + "|---|---|---|---:|\n"
        + "| `sichuan` | Sichuan (四川省) | Ageing population | 0 |\n"
        + "| `luzhou` | Luzhou (泸州市), Sichuan (四川省) | Ageing population, Migrant workers | 2 |\n"
        + "\n"
        + "## Timeline\n"
        + "\n"
        + "In order of the earliest possible day, then the latest, then id (activities before missions); events with no date come last. EDTF marks an uncertain date with `?`, an approximate one with `~` and one both with `%`.\n"
        + "\n"
        + "| When | Event | Kind | Status | Sites |\n"
        + "|---|---|---|---|---|\n"
        + "| `2016-05-02/2016-05-06` | Visit `visit` | mission | scheduled | `luzhou` |\n"
        + "| `2016-06?` | IT course `course` | training | planned | `luzhou` |\n"
        + "| (no date) | IT forum `forum` | seminar | proposed | — |\n"
        + "\n"
        + "## Coverage\n"
        + "\n"
        + "### Request `ask`\n"
        + "\n"
        + "Requested by `ndrc`; modalities: in-country, abroad.\n"
        + "\n"
        + "| Topic | By reference | By topic |\n"
        + "|---|---|---|\n"
        + "| Pensions `pensions` | — | — |\n"
        + "| IT systems `it` | `course` | `course`, `forum` |\n"
        + "\n"
        + "### Gaps\n"
        + "\n"
        + "- Topics no activity answers: `pensions` of `ask`\n"
        + "- Sites no activity reaches: `sichuan`\n"
        + "- Requested modalities no answering activity offers: abroad (`ask`)\n");
  }

  @Test
  void outlineCountsEveryGapAsStillOpen() {
    // One event ahead and one gap: the gap is listed and is not taken for "nothing".
    Topic pensions = Topic.builder().id(TopicId.of("pensions")).name(BilingualName.of("Pensions")).build();
    KnowledgeRequest.Builder ask = KnowledgeRequest.builder().id(RequestId.of("ask")).addRequestedBy(NDRC)
        .channel(RequestChannel.DOCUMENT).addTopics(pensions.id());
    Programme unanswered = Programme.builder().from(programme()).addTopics(pensions).addRequests(ask.build()).build();
    assertThat(OutlineReport.render(Plan.of(unanswered))).endsWith("\nStill open\n"
        + "  Visit [visit]: scheduled, 2016-05-02/2016-05-06\n"
        + "  no activity answers Pensions [ask]\n");

    Programme unoffered = Programme.builder().from(programme()).addTopics(pensions)
        .addRequests(ask.addModalities(Modality.ABROAD).build())
        .addActivities(KnowledgeActivity.builder().id(ActivityId.of("course")).kind(ActivityKind.TRAINING)
            .title("Course").modality(Modality.IN_COUNTRY).addTopics(pensions.id()).status(Status.COMPLETED)
            .timing(Timing.parse("2016-01")).build())
        .build();
    assertThat(OutlineReport.render(Plan.of(unoffered))).endsWith("\nStill open\n"
        + "  Visit [visit]: scheduled, 2016-05-02/2016-05-06\n"
        + "  no activity offers abroad knowledge sharing asked for by ask\n");
  }

  @Test
  void aRequestWantingAnyOfItsModalitiesHasOneGapForThemAll() {
    Programme governed = governed();
    KnowledgeRequest ask = governed.request(RequestId.of("ask")).orElseThrow();
    KnowledgeActivity course = governed.activity(ActivityId.of("course")).orElseThrow();
    Programme anyModality = Programme.builder().from(governed)
        .requests(List.of(KnowledgeRequest.builder().from(ask).modalityChoice(ModalityChoice.ANY).build()))
        .activities(List.of(KnowledgeActivity.builder().from(course).modality(Optional.empty()).build(),
            governed.activities().get(1)))
        .build();

    assertThat(OutlineReport.render(Plan.of(anyModality))).contains(
        "    modalities not offered: in-country or abroad\n",
        "  no activity offers in-country or abroad knowledge sharing asked for by ask\n");
    assertThat(MarkdownReport.render(Plan.of(anyModality))).contains(
        "Requested by `ndrc`; modalities: in-country or abroad.\n",
        "- Requested modalities no answering activity offers: in-country or abroad (`ask`)\n");
    // While the course offers one of them, there is no gap.
    Programme offered = Programme.builder().from(anyModality).activities(governed.activities()).build();
    assertThat(OutlineReport.render(Plan.of(offered))).doesNotContain("modalities not offered", "no activity offers");
  }
}
