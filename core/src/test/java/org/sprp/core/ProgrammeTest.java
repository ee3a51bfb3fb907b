package org.sprp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sprp.core.activity.ActivityKind;
import org.sprp.core.activity.Engagement;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.RequestChannel;
import org.sprp.core.actor.Decision;
import org.sprp.core.actor.Meeting;
import org.sprp.core.actor.Organisation;
import org.sprp.core.actor.OrganisationKind;
import org.sprp.core.place.Place;
import org.sprp.core.place.PlaceLevel;
import org.sprp.core.time.Timing;

/** Specification of {@link Programme}: lookups, and the checks of the programme as a whole. */
class ProgrammeTest {

  static final ProgrammeId SPRP = ProgrammeId.of("sprp");
  static final PlaceId CHINA = PlaceId.of("china");
  static final PlaceId SICHUAN = PlaceId.of("sichuan");
  static final PlaceId LUZHOU = PlaceId.of("luzhou");
  static final PlaceId SPAIN = PlaceId.of("spain");
  static final OrganisationId NDRC = OrganisationId.of("ndrc");
  static final OrganisationId PAC = OrganisationId.of("pac");
  static final OrganisationId SICHUAN_GOVERNMENT = OrganisationId.of("sichuan-government");
  static final ComponentId C1 = ComponentId.of("c1");
  static final MeetingId PAC_MEETING = MeetingId.of("pac-2015-04-21");
  static final DecisionId ENDORSEMENT = DecisionId.of("pac-endorses-pilot-sites");
  static final SiteId LUZHOU_SITE = SiteId.of("luzhou");
  static final MissionId SICHUAN_VISIT = MissionId.of("field-visit-sichuan-2015-09");
  static final TopicId IT_SYSTEMS = TopicId.of("it-systems");
  static final RequestId SICHUAN_REQUEST = RequestId.of("sichuan-request");
  static final ActivityId TRAINING = ActivityId.of("training-spain-2016");

  static Place china() {
    return Place.builder().id(CHINA).level(PlaceLevel.COUNTRY).name(BilingualName.of("China", "中国"))
        .isoCode("CN").build();
  }

  static Place sichuan() {
    return Place.builder().id(SICHUAN).level(PlaceLevel.PROVINCE).name(BilingualName.of("Sichuan", "四川省"))
        .parent(CHINA).divisionCode("510000").isoCode("CN-SC").build();
  }

  static Place luzhou() {
    return Place.builder().id(LUZHOU).level(PlaceLevel.PREFECTURE).name(BilingualName.of("Luzhou", "泸州市"))
        .parent(SICHUAN).divisionCode("510500").build();
  }

  static Place spain() {
    return Place.builder().id(SPAIN).level(PlaceLevel.COUNTRY).name(BilingualName.of("Spain", "西班牙"))
        .isoCode("ES").build();
  }

  static KnowledgeActivity training() {
    return KnowledgeActivity.builder()
        .id(TRAINING)
        .kind(ActivityKind.TRAINING)
        .title("Training in Spain on ageing")
        .modality(Modality.ABROAD)
        .venue(SPAIN)
        .addThemes(Theme.AGEING_POPULATION.id())
        .addSites(LUZHOU_SITE)
        .addAnswers(SICHUAN_REQUEST)
        .addOrganisers(NDRC)
        .status(Status.PLANNED)
        .timing(Timing.parse("2016"))
        .build();
  }

  /** A small programme in which every kind of reference is used once and resolves. */
  static Programme.Builder valid() {
    return Programme.builder()
        .id(SPRP)
        .name(BilingualName.of("Social Protection Reform Project"))
        .addComponents(Component.builder().id(C1).name(BilingualName.of("Component 1")).lead(NDRC).build())
        .addThemes(Theme.AGEING_POPULATION, Theme.RURAL_URBAN_INTEGRATION)
        .addTopics(Topic.builder().id(IT_SYSTEMS)
            .name(BilingualName.of("Building IT systems for social security and fund raising"))
            .addThemes(Theme.RURAL_URBAN_INTEGRATION.id()).build())
        .addPlaces(china(), sichuan(), luzhou(), spain())
        .addOrganisations(
            Organisation.builder().id(NDRC).kind(OrganisationKind.MINISTRY)
                .name(BilingualName.of("National Development and Reform Commission", "国家发展和改革委员会")).build(),
            Organisation.builder().id(PAC).kind(OrganisationKind.COMMITTEE)
                .name(BilingualName.of("Project Advisory Committee")).build(),
            Organisation.builder().id(SICHUAN_GOVERNMENT).kind(OrganisationKind.PROVINCIAL_GOVERNMENT)
                .name(BilingualName.of("Sichuan provincial government")).place(SICHUAN).build())
        .addMeetings(Meeting.builder().id(PAC_MEETING).title("Project Advisory Committee meeting")
            .body(PAC).timing(Timing.parse("2015-04-21")).build())
        .addDecisions(Decision.builder().id(ENDORSEMENT).summary("Endorses the pilot sites of C1")
            .meeting(PAC_MEETING).addSubjects(LUZHOU_SITE).build())
        .addSites(PilotSite.builder().id(LUZHOU_SITE).place(LUZHOU).component(C1)
            .addThemes(Theme.RURAL_URBAN_INTEGRATION.id()).endorsedBy(ENDORSEMENT).build())
        .addMissions(Mission.builder().id(SICHUAN_VISIT).title("Field visit to Sichuan")
            .initiator(NDRC).addStops(MissionStop.builder().place(LUZHOU)
                .addEngagements(Engagement.of("Meeting with city government officials")).build())
            .addSites(LUZHOU_SITE).status(Status.COMPLETED).timing(Timing.parse("2015-09")).build())
        .addRequests(KnowledgeRequest.builder().id(SICHUAN_REQUEST).addRequestedBy(SICHUAN_GOVERNMENT)
            .addRecipients(NDRC).addFollowUpOf(SICHUAN_VISIT).channel(RequestChannel.DOCUMENT)
            .addTopics(IT_SYSTEMS).addModalities(Modality.IN_COUNTRY, Modality.ABROAD).addSites(LUZHOU_SITE)
            .build())
        .addActivities(training());
  }

  @Nested
  class Lookups {
    private final Programme programme = valid().build();

    @Test
    void findsEachKindOfEntityById() {
      assertThat(programme.component(C1).map(Component::lead)).contains(java.util.Optional.of(NDRC));
      assertThat(programme.theme(Theme.AGEING_POPULATION.id())).contains(Theme.AGEING_POPULATION);
      assertThat(programme.topic(IT_SYSTEMS).map(Topic::id)).contains(IT_SYSTEMS);
      assertThat(programme.place(LUZHOU)).contains(luzhou());
      assertThat(programme.organisation(PAC).map(Organisation::kind)).contains(OrganisationKind.COMMITTEE);
      assertThat(programme.meeting(PAC_MEETING).map(Meeting::timing)).contains(Timing.parse("2015-04-21"));
      assertThat(programme.decision(ENDORSEMENT).map(Decision::meeting))
          .contains(java.util.Optional.of(PAC_MEETING));
      assertThat(programme.site(LUZHOU_SITE).map(PilotSite::place)).contains(LUZHOU);
      assertThat(programme.mission(SICHUAN_VISIT).map(Mission::title)).contains("Field visit to Sichuan");
      assertThat(programme.request(SICHUAN_REQUEST).map(KnowledgeRequest::channel))
          .contains(RequestChannel.DOCUMENT);
      assertThat(programme.activity(TRAINING)).contains(training());
    }

    @Test
    void findsNothingForAnUnknownId() {
      assertThat(programme.site(SiteId.of("shanghai"))).isEmpty();
      assertThat(programme.activity(ActivityId.of("luzhou"))).isEmpty();
    }

    @Test
    void anIdOfOneKindDoesNotFindAnEntityOfAnother() {
      // The site and the place are both called "luzhou"; their ids are not interchangeable.
      assertThat(programme.contains(LUZHOU)).isTrue();
      assertThat(programme.contains(LUZHOU_SITE)).isTrue();
      assertThat(programme.contains(MissionId.of("luzhou"))).isFalse();
    }

    @Test
    void containsItsOwnId() {
      assertThat(programme.contains(SPRP)).isTrue();
      assertThat(programme.contains(ProgrammeId.of("other"))).isFalse();
    }

    @Test
    void eventsAreTheMissionsThenTheActivities() {
      assertThat(programme.events()).extracting(e -> e.id().toString())
          .containsExactly("field-visit-sichuan-2015-09", "training-spain-2016");
    }

    @Test
    void toStringSummarisesTheCatalogues() {
      assertThat(programme.toString())
          .isEqualTo("Programme sprp: 1 component, 1 site, 1 mission, 1 request, 1 activity");
      assertThat(valid().addActivities(KnowledgeActivity.builder().from(training()).id(ActivityId.of("training-2")).build()).build()
          .toString()).endsWith("2 activities");
    }

    @Test
    void aNullIdIsRejectedByName() {
      assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> programme.site(null))
          .withMessage("id");
      assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> programme.contains(null))
          .withMessage("id");
    }
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(valid().build(), valid().build())
        .addEqualityGroup(valid().name(BilingualName.of("SPRP")).build())
        .addEqualityGroup(valid().activities(java.util.List.of()).build())
        .addEqualityGroup(valid().id(ProgrammeId.of("other")).build())
        .testEquals();
  }

  @Nested
  class WholeProgrammeChecks {

    @Test
    void reportsAllProblemsAtOnceWithTheirPaths() {
      // Two dangling references and one duplicate id: one exception, three problems.
      Programme.Builder builder = valid()
          .activities(java.util.List.of(KnowledgeActivity.builder().from(training())
              .sites(java.util.List.of(SiteId.of("nowhere")))
              .answers(java.util.List.of(RequestId.of("no-such-request")))
              .build()))
          .addPlaces(luzhou());

      assertThatExceptionOfType(InvalidProgrammeException.class)
          .isThrownBy(builder::build)
          .satisfies(e -> assertThat(e.problems()).containsExactly(
              Problem.of("places[#4].id", "duplicate place id 'luzhou', first used at places[#2]"),
              Problem.of("activities[training-spain-2016].sites[0]", "unknown site 'nowhere'"),
              Problem.of("activities[training-spain-2016].answers[0]", "unknown request 'no-such-request'")))
          .withMessage("Programme 'sprp' has 3 problems:\n"
              + "  places[#4].id: duplicate place id 'luzhou', first used at places[#2]\n"
              + "  activities[training-spain-2016].sites[0]: unknown site 'nowhere'\n"
              + "  activities[training-spain-2016].answers[0]: unknown request 'no-such-request'");
    }

    @Test
    void theExceptionSerializesWithItsProblems() {
      InvalidProgrammeException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
          InvalidProgrammeException.class, () -> valid().addThemes(Theme.AGEING_POPULATION).build());
      InvalidProgrammeException read = SerializableTester.reserialize(thrown);
      assertThat(read.problems()).isEqualTo(thrown.problems()).hasSize(1);
      assertThat(read).hasMessage(thrown.getMessage());
    }

    @Test
    void aSingleProblemIsSaidInTheSingular() {
      assertThatExceptionOfType(InvalidProgrammeException.class)
          .isThrownBy(() -> valid().addThemes(Theme.AGEING_POPULATION).build())
          .withMessage("Programme 'sprp' has 1 problem:\n"
              + "  themes[#2].id: duplicate theme id 'ageing-population', first used at themes[#0]");
    }

    @Test
    void everyKindOfReferenceIsChecked() {
      OrganisationId ghost = OrganisationId.of("ghost");
      PlaceId atlantis = PlaceId.of("atlantis");
      Programme.Builder builder = Programme.builder()
          .id(SPRP)
          .name(BilingualName.of("Broken"))
          .addComponents(Component.builder().id(C1).name(BilingualName.of("C1")).lead(ghost).build())
          .addTopics(Topic.builder().id(IT_SYSTEMS).name(BilingualName.of("IT"))
              .addThemes(ThemeId.of("no-theme")).build())
          .addPlaces(Place.builder().id(LUZHOU).level(PlaceLevel.PREFECTURE).name(BilingualName.of("Luzhou"))
              .parent(SICHUAN).build())
          .addOrganisations(Organisation.builder().id(NDRC).kind(OrganisationKind.MINISTRY)
              .name(BilingualName.of("NDRC")).place(atlantis).build())
          .addMeetings(Meeting.builder().id(PAC_MEETING).title("PAC").body(PAC)
              .timing(Timing.parse("2015-04-21")).build())
          .addDecisions(Decision.builder().id(ENDORSEMENT).summary("Endorses")
              .meeting(MeetingId.of("no-meeting")).addDecidedBy(ghost)
              .addSubjects(LUZHOU_SITE, ProgrammeId.of("other-programme")).build())
          .addSites(PilotSite.builder().id(LUZHOU_SITE).place(atlantis).component(ComponentId.of("c9"))
              .addThemes(ThemeId.of("no-theme")).endorsedBy(DecisionId.of("no-decision")).build())
          .addMissions(Mission.builder().id(SICHUAN_VISIT).title("Visit").initiator(ghost)
              .addParticipants(PAC)
              .addStops(MissionStop.builder().place(atlantis)
                  .addEngagements(Engagement.of("Meeting", ghost)).build())
              .addSites(SiteId.of("no-site")).addThemes(ThemeId.of("no-theme"))
              .status(Status.COMPLETED).build())
          .addRequests(KnowledgeRequest.builder().id(SICHUAN_REQUEST).addRequestedBy(ghost)
              .addRecipients(PAC).addFollowUpOf(MissionId.of("no-mission")).channel(RequestChannel.DOCUMENT)
              .addTopics(TopicId.of("no-topic")).addSites(SiteId.of("no-site")).build())
          .addActivities(KnowledgeActivity.builder().id(TRAINING).kind(ActivityKind.TRAINING).title("Training")
              .venue(atlantis).addThemes(ThemeId.of("no-theme")).addTopics(TopicId.of("no-topic"))
              .addSites(SiteId.of("no-site")).addAnswers(RequestId.of("no-request")).addOrganisers(ghost)
              .status(Status.PLANNED).build());

      assertThatExceptionOfType(InvalidProgrammeException.class)
          .isThrownBy(builder::build)
          .satisfies(e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly(
              "components[c1].lead: unknown organisation 'ghost'",
              "topics[it-systems].themes[0]: unknown theme 'no-theme'",
              "places[luzhou].parent: unknown place 'sichuan'",
              "organisations[ndrc].place: unknown place 'atlantis'",
              "meetings[pac-2015-04-21].body: unknown organisation 'pac'",
              "decisions[pac-endorses-pilot-sites].meeting: unknown meeting 'no-meeting'",
              "decisions[pac-endorses-pilot-sites].decidedBy[0]: unknown organisation 'ghost'",
              "decisions[pac-endorses-pilot-sites].subjects[0]: unknown programme 'other-programme'",
              "sites[luzhou].place: unknown place 'atlantis'",
              "sites[luzhou].component: unknown component 'c9'",
              "sites[luzhou].themes[0]: unknown theme 'no-theme'",
              "sites[luzhou].endorsedBy: unknown decision 'no-decision'",
              "missions[field-visit-sichuan-2015-09].initiator: unknown organisation 'ghost'",
              "missions[field-visit-sichuan-2015-09].participants[0]: unknown organisation 'pac'",
              "missions[field-visit-sichuan-2015-09].stops[0].place: unknown place 'atlantis'",
              "missions[field-visit-sichuan-2015-09].stops[0].engagements[0].counterpart: "
                  + "unknown organisation 'ghost'",
              "missions[field-visit-sichuan-2015-09].sites[0]: unknown site 'no-site'",
              "missions[field-visit-sichuan-2015-09].themes[0]: unknown theme 'no-theme'",
              "requests[sichuan-request].requestedBy[0]: unknown organisation 'ghost'",
              "requests[sichuan-request].recipients[0]: unknown organisation 'pac'",
              "requests[sichuan-request].followUpOf[0]: unknown mission 'no-mission'",
              "requests[sichuan-request].topics[0]: unknown topic 'no-topic'",
              "requests[sichuan-request].sites[0]: unknown site 'no-site'",
              "activities[training-spain-2016].venue: unknown place 'atlantis'",
              "activities[training-spain-2016].themes[0]: unknown theme 'no-theme'",
              "activities[training-spain-2016].topics[0]: unknown topic 'no-topic'",
              "activities[training-spain-2016].sites[0]: unknown site 'no-site'",
              "activities[training-spain-2016].answers[0]: unknown request 'no-request'",
              "activities[training-spain-2016].organisers[0]: unknown organisation 'ghost'"));
    }

    @Test
    void everyKindOfIdMustBeUniqueWithinItsKind() {
      Programme programme = valid().build();
      Programme.Builder builder = Programme.builder().from(programme)
          .addComponents(programme.components().get(0))
          .addTopics(programme.topics().get(0))
          .addOrganisations(programme.organisations().get(0))
          .addMeetings(programme.meetings().get(0))
          .addDecisions(programme.decisions().get(0))
          .addSites(programme.sites().get(0))
          .addMissions(programme.missions().get(0))
          .addRequests(programme.requests().get(0))
          .addActivities(programme.activities().get(0));

      assertThatExceptionOfType(InvalidProgrammeException.class)
          .isThrownBy(builder::build)
          .satisfies(e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly(
              "components[#1].id: duplicate component id 'c1', first used at components[#0]",
              "topics[#1].id: duplicate topic id 'it-systems', first used at topics[#0]",
              "organisations[#3].id: duplicate organisation id 'ndrc', first used at organisations[#0]",
              "meetings[#1].id: duplicate meeting id 'pac-2015-04-21', first used at meetings[#0]",
              "decisions[#1].id: duplicate decision id 'pac-endorses-pilot-sites', first used at decisions[#0]",
              "sites[#1].id: duplicate site id 'luzhou', first used at sites[#0]",
              "missions[#1].id: duplicate mission id 'field-visit-sichuan-2015-09', first used at missions[#0]",
              "requests[#1].id: duplicate request id 'sichuan-request', first used at requests[#0]",
              "activities[#1].id: duplicate activity id 'training-spain-2016', first used at activities[#0]"));
    }

    @Test
    void aPlaceLiesInAPlaceOfTheLevelAbove() {
      Place huizhouUnderChina = Place.builder().id(PlaceId.of("huizhou")).level(PlaceLevel.PREFECTURE)
          .name(BilingualName.of("Huizhou")).parent(CHINA).build();
      Place provinceUnderProvince = Place.builder().id(PlaceId.of("guangdong")).level(PlaceLevel.PROVINCE)
          .name(BilingualName.of("Guangdong")).parent(SICHUAN).build();

      assertThatExceptionOfType(InvalidProgrammeException.class)
          .isThrownBy(() -> valid().addPlaces(huizhouUnderChina, provinceUnderProvince).build())
          .satisfies(e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly(
              "places[huizhou].parent: parent 'china' is a country, but a prefecture lies in a "
                  + "province-level division",
              "places[guangdong].parent: parent 'sichuan' is a province-level division, but a "
                  + "province-level division lies in a country"));
    }

    @Test
    void aPlaceSharesTheCodePrefixOfItsParent() {
      Place huizhouInSichuan = Place.builder().id(PlaceId.of("huizhou")).level(PlaceLevel.PREFECTURE)
          .name(BilingualName.of("Huizhou")).parent(SICHUAN).divisionCode("441300").build();
      Place guangdongInSpain = Place.builder().id(PlaceId.of("guangdong")).level(PlaceLevel.PROVINCE)
          .name(BilingualName.of("Guangdong")).parent(SPAIN).isoCode("CN-GD").build();

      assertThatExceptionOfType(InvalidProgrammeException.class)
          .isThrownBy(() -> valid().addPlaces(huizhouInSichuan, guangdongInSpain).build())
          .satisfies(e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly(
              "places[huizhou].divisionCode: division code 441300 does not start with 51, the province "
                  + "code of its parent 'sichuan' (510000)",
              "places[guangdong].isoCode: ISO code CN-GD does not start with ES-, the code of its "
                  + "country 'spain'"));
    }

    @Test
    void aPilotSiteDoesNotStandInACountry() {
      PilotSite inChina = PilotSite.builder().id(SiteId.of("china")).place(CHINA).component(C1)
          .addThemes(Theme.AGEING_POPULATION.id()).build();

      assertThatExceptionOfType(InvalidProgrammeException.class)
          .isThrownBy(() -> valid().addSites(inChina).build())
          .satisfies(e -> assertThat(e.problems()).containsExactly(Problem.of("sites[china].place",
              "place 'china' is a country, but a pilot site stands in a province-level division or a prefecture")));
    }

    @Test
    void aDecisionMayReferToTheProgrammeItself() {
      Programme programme = valid().addDecisions(Decision.builder().id(DecisionId.of("launch"))
          .summary("Launches the programme").addDecidedBy(NDRC).addSubjects(SPRP).build()).build();

      assertThat(programme.decision(DecisionId.of("launch")).map(Decision::subjects).orElseThrow())
          .containsExactly(SPRP);
    }
  }
}
