package org.sprp.core.plan;

import org.sprp.core.ActivityId;
import org.sprp.core.BilingualName;
import org.sprp.core.Component;
import org.sprp.core.ComponentId;
import org.sprp.core.DecisionId;
import org.sprp.core.MeetingId;
import org.sprp.core.MissionId;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.Programme;
import org.sprp.core.ProgrammeId;
import org.sprp.core.RequestId;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.Theme;
import org.sprp.core.ThemeId;
import org.sprp.core.Topic;
import org.sprp.core.TopicId;
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

/**
 * A small hand-made programme with no finding at all: two sites, one mission, one request whose
 * two topics are answered, three activities. Tests change one thing in it to trigger one finding.
 *
 * <pre>
 * visit-sichuan   2015-09    completed  mission, stops luzhou and chengdu, site luzhou
 * study-visit     2016       proposed   abroad (spain), sites luzhou huizhou, answers the request, portability
 * seminar-huizhou 2016-02?   planned    site huizhou, topic portability (not naming the request)
 * training-luzhou 2016-03-10 scheduled  in-country, site luzhou, answers the request, it-systems
 * </pre>
 */
final class SmallProgramme {

  static final PlaceId CHINA = PlaceId.of("china");
  static final PlaceId SICHUAN = PlaceId.of("sichuan");
  static final PlaceId LUZHOU = PlaceId.of("luzhou");
  static final PlaceId CHENGDU = PlaceId.of("chengdu");
  static final PlaceId GUANGDONG = PlaceId.of("guangdong");
  static final PlaceId HUIZHOU = PlaceId.of("huizhou");
  static final PlaceId SPAIN = PlaceId.of("spain");
  static final OrganisationId NDRC = OrganisationId.of("ndrc");
  static final OrganisationId EU = OrganisationId.of("eu-delegation");
  static final OrganisationId SICHUAN_GOVERNMENT = OrganisationId.of("sichuan-government");
  static final ComponentId C1 = ComponentId.of("c1");
  static final ThemeId AGEING = Theme.AGEING_POPULATION.id();
  static final ThemeId RURAL_URBAN = Theme.RURAL_URBAN_INTEGRATION.id();
  static final ThemeId MIGRANT_WORKERS = Theme.MIGRANT_WORKERS.id();
  static final TopicId IT_SYSTEMS = TopicId.of("it-systems");
  static final TopicId PORTABILITY = TopicId.of("portability");
  static final SiteId LUZHOU_SITE = SiteId.of("luzhou");
  static final SiteId HUIZHOU_SITE = SiteId.of("huizhou");
  static final MissionId VISIT = MissionId.of("visit-sichuan");
  static final RequestId REQUEST = RequestId.of("sichuan-request");
  static final ActivityId TRAINING = ActivityId.of("training-luzhou");
  static final ActivityId SEMINAR = ActivityId.of("seminar-huizhou");
  static final ActivityId STUDY_VISIT = ActivityId.of("study-visit");
  static final MeetingId STEERING = MeetingId.of("steering-2015");
  static final DecisionId ENDORSE = DecisionId.of("endorse-sites");
  static final DecisionId FUND = DecisionId.of("fund-training");

  private SmallProgramme() {}

  static Programme build() {
    return builder().build();
  }

  static Programme.Builder builder() {
    return Programme.builder()
        .id(ProgrammeId.of("small"))
        .name(BilingualName.of("Small programme"))
        .addComponents(Component.builder().id(C1).name(BilingualName.of("C1")).lead(NDRC).build())
        .addThemes(Theme.AGEING_POPULATION, Theme.RURAL_URBAN_INTEGRATION, Theme.MIGRANT_WORKERS)
        .addTopics(
            Topic.builder().id(IT_SYSTEMS).name(BilingualName.of("IT systems")).addThemes(RURAL_URBAN).build(),
            Topic.builder().id(PORTABILITY).name(BilingualName.of("Portability")).addThemes(MIGRANT_WORKERS).build())
        .addPlaces(
            Place.builder().id(CHINA).level(PlaceLevel.COUNTRY).name(BilingualName.of("China", "中国")).build(),
            province(SICHUAN, "Sichuan", "510000"),
            city(LUZHOU, "Luzhou", SICHUAN, "510500"),
            city(CHENGDU, "Chengdu", SICHUAN, "510100"),
            province(GUANGDONG, "Guangdong", "440000"),
            city(HUIZHOU, "Huizhou", GUANGDONG, "441300"),
            Place.builder().id(SPAIN).level(PlaceLevel.COUNTRY).name(BilingualName.of("Spain")).build())
        .addOrganisations(
            Organisation.builder().id(NDRC).name(BilingualName.of("NDRC")).kind(OrganisationKind.MINISTRY).build(),
            Organisation.builder().id(EU).name(BilingualName.of("EU delegation")).kind(OrganisationKind.EU_BODY).build(),
            Organisation.builder().id(SICHUAN_GOVERNMENT).name(BilingualName.of("Sichuan government"))
                .kind(OrganisationKind.PROVINCIAL_GOVERNMENT).place(SICHUAN).build())
        .addSites(
            PilotSite.builder().id(LUZHOU_SITE).place(LUZHOU).component(C1).addThemes(RURAL_URBAN, MIGRANT_WORKERS)
                .build(),
            PilotSite.builder().id(HUIZHOU_SITE).place(HUIZHOU).component(C1).addThemes(MIGRANT_WORKERS).build())
        .addMissions(visit().build())
        .addRequests(KnowledgeRequest.builder().id(REQUEST).addRequestedBy(SICHUAN_GOVERNMENT).addRecipients(NDRC)
            .addFollowUpOf(VISIT).channel(RequestChannel.DOCUMENT).addTopics(IT_SYSTEMS, PORTABILITY)
            .addModalities(Modality.IN_COUNTRY, Modality.ABROAD).addSites(LUZHOU_SITE)
            .timing(Timing.parse("2015-10")).build())
        .addActivities(training().build(), seminar().build(), studyVisit().build());
  }

  /**
   * The small programme with governance and people met, still with no finding: a steering meeting
   * of the NDRC that endorses the Luzhou site and the seminar (decided by the NDRC and the Sichuan
   * government), a decision taken without a meeting, the Luzhou site endorsed by that decision, and
   * a visit on migrant workers with the Sichuan government as participant, talks with it in Luzhou
   * and a debrief with the NDRC in Chengdu.
   */
  static Programme.Builder governed() {
    Programme small = build();
    return builder()
        .addMeetings(Meeting.builder().id(STEERING).title("Steering committee").body(NDRC)
            .timing(Timing.parse("2015-06")).build())
        .addDecisions(
            Decision.builder().id(ENDORSE).summary("Endorse the pilot sites").meeting(STEERING)
                .addDecidedBy(NDRC, SICHUAN_GOVERNMENT).addSubjects(LUZHOU_SITE, SEMINAR).build(),
            Decision.builder().id(FUND).summary("Fund the training").addDecidedBy(SICHUAN_GOVERNMENT, EU)
                .timing(Timing.parse("2015-11")).addSubjects(TRAINING).build())
        .sites(java.util.List.of(
            PilotSite.builder().from(small.site(LUZHOU_SITE).orElseThrow()).endorsedBy(ENDORSE).build(),
            small.site(HUIZHOU_SITE).orElseThrow()))
        .missions(java.util.List.of(visit().addParticipants(SICHUAN_GOVERNMENT).addThemes(MIGRANT_WORKERS)
            .stops(java.util.List.of(
                MissionStop.builder().place(LUZHOU).addEngagements(Engagement.of("Talks", SICHUAN_GOVERNMENT))
                    .build(),
                MissionStop.builder().place(CHENGDU).timing(Timing.parse("2015-09-20"))
                    .addEngagements(Engagement.of("Briefing"), Engagement.of("Debrief", NDRC)).build()))
            .build()));
  }

  static Mission.Builder visit() {
    return Mission.builder().id(VISIT).title("Field visit to Sichuan").initiator(NDRC).addParticipants(EU)
        .addStops(MissionStop.of(LUZHOU), MissionStop.of(CHENGDU)).addSites(LUZHOU_SITE)
        .status(Status.COMPLETED).timing(Timing.parse("2015-09"));
  }

  static KnowledgeActivity.Builder training() {
    return KnowledgeActivity.builder().id(TRAINING).kind(ActivityKind.TRAINING).title("Training in Luzhou")
        .modality(Modality.IN_COUNTRY).venue(LUZHOU).addThemes(RURAL_URBAN).addTopics(IT_SYSTEMS)
        .addSites(LUZHOU_SITE).addAnswers(REQUEST).addOrganisers(NDRC).status(Status.SCHEDULED)
        .timing(Timing.parse("2016-03-10"));
  }

  static KnowledgeActivity.Builder seminar() {
    return KnowledgeActivity.builder().id(SEMINAR).kind(ActivityKind.SEMINAR).title("Seminar in Huizhou")
        .addThemes(MIGRANT_WORKERS).addTopics(PORTABILITY).addSites(HUIZHOU_SITE).status(Status.PLANNED)
        .timing(Timing.parse("2016-02?"));
  }

  static KnowledgeActivity.Builder studyVisit() {
    return KnowledgeActivity.builder().id(STUDY_VISIT).kind(ActivityKind.STUDY_VISIT).title("Study visit to Spain")
        .modality(Modality.ABROAD).venue(SPAIN).addThemes(MIGRANT_WORKERS).addTopics(PORTABILITY)
        .addSites(LUZHOU_SITE, HUIZHOU_SITE).addAnswers(REQUEST).status(Status.PROPOSED)
        .timing(Timing.parse("2016"));
  }

  private static Place province(PlaceId id, String name, String code) {
    return Place.builder().id(id).level(PlaceLevel.PROVINCE).name(BilingualName.of(name)).parent(CHINA)
        .divisionCode(code).build();
  }

  private static Place city(PlaceId id, String name, PlaceId province, String code) {
    return Place.builder().id(id).level(PlaceLevel.PREFECTURE).name(BilingualName.of(name)).parent(province)
        .divisionCode(code).build();
  }
}
