package org.sprp.examples;

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
import org.sprp.core.activity.ModalityChoice;
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
 * The source document of the project, "Pilot sites - first mission, September 2015", as a {@link
 * Programme}. Its facts are in typed fields where the model has one; where it is imprecise the
 * model stays imprecise (the second panel discussion has no date; the contacts with Shanghai are
 * only tentatively in February 2016). A few facts have no field of their own and are kept in the
 * free text of a title, summary or description: that the two field visits make the "first
 * mission", the form of "capacity building" the provinces asked for (that either in-country or
 * abroad would do is typed: {@link ModalityChoice#ANY}), and why the contacts with Shanghai wait
 * (suggestions for the training in Spain).
 * One comment has no place at all: that by taking part in the mission to Sichuan the EU delegation
 * marked its interest in project activities.
 *
 * <p>A model needs a few things the document leaves to its reader. These are readings, not
 * quotations:
 * <ul>
 *   <li>the names of the project and of its component C1, NDRC as C1's lead (the document has it
 *       take every initiative), and the places' standard codes and Chinese names;
 *   <li>the photo captions are the engagements of the missions' stops, in their words; "Meeting
 *       with City Government officials", which names no city, is a meeting of the Sichuan mission at
 *       Luzhou, where the caption before it is set;
 *   <li>the provinces' "respective" documents are one request from both provinces, for their pilot
 *       sites Huizhou and Luzhou, sent at some time after the September visits ({@code 2015-09/});
 *   <li>the further training "in situ" is at the pilot sites of Guangdong and Sichuan, Huizhou and
 *       Luzhou, which the sentence before it names; the "selected pilot sites in Guangdong and Sichuan
 *       provinces" of the second panel discussion are those two, the only sites there;
 *   <li>statuses: the field visits "were organised", so completed; what is "foreseen" or decided
 *       (the training in situ, the panel, the contacts with Shanghai) is planned; the training in
 *       Spain is "proposed"; it is abroad, since it is in Spain;
 *   <li>the contacts with Shanghai, which are not themselves knowledge sharing, are an activity of
 *       kind consultation, so that they stand in the timeline.
 * </ul>
 *
 * <p>What the document does not say, the programme does not say either. The document does not link
 * the further training to the provinces' request nor give its topics, so it answers no request here,
 * and the coverage shows the request's four topics unanswered. Nor does it say that the Shanghai
 * site takes part in the training in Spain, only that suggestions will be sought from pilot site
 * representatives, so that training has no sites.
 */
public final class SeedProgramme {

  // Places
  /** The id of the place {@code china}. */
  public static final PlaceId CHINA = PlaceId.of("china");
  /** The id of the place {@code shanghai}. */
  public static final PlaceId SHANGHAI = PlaceId.of("shanghai");
  /** The id of the place {@code sichuan}. */
  public static final PlaceId SICHUAN = PlaceId.of("sichuan");
  /** The id of the place {@code luzhou}. */
  public static final PlaceId LUZHOU = PlaceId.of("luzhou");
  /** The id of the place {@code chengdu}. */
  public static final PlaceId CHENGDU = PlaceId.of("chengdu");
  /** The id of the place {@code guangdong}. */
  public static final PlaceId GUANGDONG = PlaceId.of("guangdong");
  /** The id of the place {@code huizhou}. */
  public static final PlaceId HUIZHOU = PlaceId.of("huizhou");
  /** The id of the place {@code guangzhou}. */
  public static final PlaceId GUANGZHOU = PlaceId.of("guangzhou");
  /** The id of the place {@code spain}. */
  public static final PlaceId SPAIN = PlaceId.of("spain");

  // Organisations
  /** The id of the organisation {@code ndrc}. */
  public static final OrganisationId NDRC = OrganisationId.of("ndrc");
  /** The id of the organisation {@code project-advisory-committee}. */
  public static final OrganisationId PAC = OrganisationId.of("project-advisory-committee");
  /** The id of the organisation {@code eu-delegation}. */
  public static final OrganisationId EU_DELEGATION = OrganisationId.of("eu-delegation");
  /** The id of the organisation {@code c1-team}. */
  public static final OrganisationId C1_TEAM = OrganisationId.of("c1-team");
  /** The id of the organisation {@code guangdong-authorities}. */
  public static final OrganisationId GUANGDONG_AUTHORITIES = OrganisationId.of("guangdong-authorities");
  /** The id of the organisation {@code sichuan-authorities}. */
  public static final OrganisationId SICHUAN_AUTHORITIES = OrganisationId.of("sichuan-authorities");
  /** The id of the organisation {@code luzhou-social-security-community-centre}. */
  public static final OrganisationId LUZHOU_SOCIAL_SECURITY_CENTRE =
      OrganisationId.of("luzhou-social-security-community-centre");
  /** The id of the organisation {@code huizhou-pharmaceutical-company}. */
  public static final OrganisationId HUIZHOU_PHARMACEUTICAL_COMPANY =
      OrganisationId.of("huizhou-pharmaceutical-company");

  // The programme's own entities
  /** The id of the programme {@code sprp}. */
  public static final ProgrammeId SPRP = ProgrammeId.of("sprp");
  /** The id of the component {@code c1}. */
  public static final ComponentId C1 = ComponentId.of("c1");
  /** The id of the meeting {@code pac-2015-04-21}. */
  public static final MeetingId PAC_MEETING = MeetingId.of("pac-2015-04-21");
  /** The id of the decision {@code pac-endorses-c1-pilot-sites}. */
  public static final DecisionId PILOT_SITES_ENDORSED = DecisionId.of("pac-endorses-c1-pilot-sites");
  /** The id of the decision {@code second-panel-with-pilot-sites}. */
  public static final DecisionId PANEL_WITH_SITES = DecisionId.of("second-panel-with-pilot-sites");
  /** The id of the pilot site {@code shanghai}. */
  public static final SiteId SHANGHAI_SITE = SiteId.of("shanghai");
  /** The id of the pilot site {@code luzhou}. */
  public static final SiteId LUZHOU_SITE = SiteId.of("luzhou");
  /** The id of the pilot site {@code huizhou}. */
  public static final SiteId HUIZHOU_SITE = SiteId.of("huizhou");
  /** The id of the mission {@code field-visit-guangdong-2015-09}. */
  public static final MissionId GUANGDONG_VISIT = MissionId.of("field-visit-guangdong-2015-09");
  /** The id of the mission {@code field-visit-sichuan-2015-09}. */
  public static final MissionId SICHUAN_VISIT = MissionId.of("field-visit-sichuan-2015-09");
  /** The id of the topic {@code eu-social-security-policy}. */
  public static final TopicId EU_POLICY = TopicId.of("eu-social-security-policy");
  /** The id of the topic {@code monitoring-and-operational-systems}. */
  public static final TopicId MONITORING = TopicId.of("monitoring-and-operational-systems");
  /** The id of the topic {@code it-systems-and-fund-raising}. */
  public static final TopicId IT_AND_FUNDS = TopicId.of("it-systems-and-fund-raising");
  /** The id of the topic {@code portability-for-migrant-workers}. */
  public static final TopicId PORTABILITY = TopicId.of("portability-for-migrant-workers");
  /** The id of the knowledge request {@code provinces-fields-of-interest}. */
  public static final RequestId PROVINCES_REQUEST = RequestId.of("provinces-fields-of-interest");
  /** The id of the activity {@code panel-discussion-2}. */
  public static final ActivityId SECOND_PANEL = ActivityId.of("panel-discussion-2");
  /** The id of the activity {@code training-in-situ-2016-02}. */
  public static final ActivityId TRAINING_IN_SITU = ActivityId.of("training-in-situ-2016-02");
  /** The id of the activity {@code shanghai-contacts}. */
  public static final ActivityId SHANGHAI_CONTACTS = ActivityId.of("shanghai-contacts");
  /** The id of the activity {@code training-spain-2016}. */
  public static final ActivityId TRAINING_IN_SPAIN = ActivityId.of("training-spain-2016");

  private SeedProgramme() {}

  /**
   * Builds the programme of the source document.
   *
   * @return the programme, checked
   */
  public static Programme build() {
    ThemeId ageing = Theme.AGEING_POPULATION.id();
    ThemeId ruralUrban = Theme.RURAL_URBAN_INTEGRATION.id();
    ThemeId migrantWorkers = Theme.MIGRANT_WORKERS.id();
    return Programme.builder()
        .id(SPRP)
        .name(BilingualName.of("Social Protection Reform Project"))
        .addComponents(Component.builder().id(C1).name(BilingualName.of("C1")).lead(NDRC).build())
        .addThemes(Theme.AGEING_POPULATION, Theme.RURAL_URBAN_INTEGRATION, Theme.MIGRANT_WORKERS)
        .addTopics(
            topic(EU_POLICY, "General introduction to social security policy in the EU"),
            topic(MONITORING, "Monitoring and operational systems"),
            topic(IT_AND_FUNDS, "Building IT systems for social security and fund raising"),
            Topic.builder().id(PORTABILITY)
                .name(BilingualName.of("Vesting and portability of social security rights for migrant workers"))
                .addThemes(migrantWorkers).build())
        .addPlaces(
            Place.builder().id(CHINA).level(PlaceLevel.COUNTRY).name(BilingualName.of("China", "中国"))
                .isoCode("CN").build(),
            province(SHANGHAI, "Shanghai", "上海市", "310000", "CN-SH"),
            province(SICHUAN, "Sichuan", "四川省", "510000", "CN-SC"),
            city(LUZHOU, "Luzhou", "泸州市", SICHUAN, "510500"),
            city(CHENGDU, "Chengdu", "成都市", SICHUAN, "510100"),
            province(GUANGDONG, "Guangdong", "广东省", "440000", "CN-GD"),
            city(HUIZHOU, "Huizhou", "惠州市", GUANGDONG, "441300"),
            city(GUANGZHOU, "Guangzhou", "广州市", GUANGDONG, "440100"),
            Place.builder().id(SPAIN).level(PlaceLevel.COUNTRY).name(BilingualName.of("Spain", "西班牙"))
                .isoCode("ES").build())
        .addOrganisations(
            organisation(NDRC, BilingualName.of("National Development and Reform Commission", "国家发展和改革委员会"),
                OrganisationKind.MINISTRY),
            organisation(PAC, BilingualName.of("Project Advisory Committee"), OrganisationKind.COMMITTEE),
            organisation(EU_DELEGATION, BilingualName.of("EU delegation"), OrganisationKind.EU_BODY),
            organisation(C1_TEAM, BilingualName.of("C1 team"), OrganisationKind.PROJECT_TEAM),
            Organisation.builder().id(GUANGDONG_AUTHORITIES).name(BilingualName.of("Guangdong provincial authorities"))
                .kind(OrganisationKind.PROVINCIAL_GOVERNMENT).place(GUANGDONG).build(),
            Organisation.builder().id(SICHUAN_AUTHORITIES).name(BilingualName.of("Sichuan provincial authorities"))
                .kind(OrganisationKind.PROVINCIAL_GOVERNMENT).place(SICHUAN).build(),
            Organisation.builder().id(LUZHOU_SOCIAL_SECURITY_CENTRE)
                .name(BilingualName.of("Social security community center, Luzhou"))
                .kind(OrganisationKind.SERVICE_CENTRE).place(LUZHOU).build(),
            Organisation.builder().id(HUIZHOU_PHARMACEUTICAL_COMPANY)
                .name(BilingualName.of("Pharmaceutical company in Huizhou"))
                .kind(OrganisationKind.COMPANY).place(HUIZHOU).build())
        .addMeetings(Meeting.builder().id(PAC_MEETING).title("Project Advisory Committee meeting")
            .body(PAC).timing(Timing.parse("2015-04-21")).build())
        .addDecisions(
            Decision.builder().id(PILOT_SITES_ENDORSED)
                .summary("Endorsed the choice of three pilot sites for C1 activities")
                .meeting(PAC_MEETING)
                .addSubjects(SHANGHAI_SITE, LUZHOU_SITE, HUIZHOU_SITE)
                .build(),
            Decision.builder().id(PANEL_WITH_SITES)
                .summary("Not to delay implementation of cooperative activities with the pilot sites, the second panel discussion "
                    + "will associate representatives from selected pilot sites in Guangdong and Sichuan provinces")
                .addDecidedBy(NDRC, C1_TEAM)
                .addSubjects(SECOND_PANEL)
                .build())
        .addSites(
            site(SHANGHAI_SITE, SHANGHAI, ageing),
            site(LUZHOU_SITE, LUZHOU, ruralUrban, migrantWorkers),
            site(HUIZHOU_SITE, HUIZHOU, migrantWorkers))
        .addMissions(
            Mission.builder().id(GUANGDONG_VISIT)
                .title("First mission, field visit to Huizhou and Guangzhou (Guangdong Province)")
                .initiator(NDRC)
                .addPurposes(PURPOSES)
                .addStops(
                    MissionStop.builder().place(HUIZHOU)
                        .addEngagements(Engagement.of("Visiting pharmaceutical company in Huizhou", HUIZHOU_PHARMACEUTICAL_COMPANY))
                        .build(),
                    MissionStop.of(GUANGZHOU))
                .addSites(HUIZHOU_SITE)
                .status(Status.COMPLETED)
                .timing(Timing.parse("2015-09"))
                .build(),
            Mission.builder().id(SICHUAN_VISIT)
                .title("First mission, field visit to Luzhou and Chengdu (Sichuan Province)")
                .initiator(NDRC)
                .addParticipants(EU_DELEGATION)
                .addPurposes(PURPOSES)
                .addStops(
                    MissionStop.builder().place(LUZHOU)
                        .addEngagements(
                            Engagement.of("Visiting Social security community center, Luzhou City",
                                LUZHOU_SOCIAL_SECURITY_CENTRE),
                            Engagement.of("Meeting with City Government officials"))
                        .build(),
                    MissionStop.of(CHENGDU))
                .addSites(LUZHOU_SITE)
                .status(Status.COMPLETED)
                .timing(Timing.parse("2015-09"))
                .build())
        .addRequests(KnowledgeRequest.builder().id(PROVINCES_REQUEST)
            .addRequestedBy(GUANGDONG_AUTHORITIES, SICHUAN_AUTHORITIES)
            .addRecipients(NDRC, C1_TEAM)
            .addFollowUpOf(GUANGDONG_VISIT, SICHUAN_VISIT)
            .channel(RequestChannel.DOCUMENT)
            .addTopics(EU_POLICY, MONITORING, IT_AND_FUNDS, PORTABILITY)
            .addModalities(Modality.IN_COUNTRY, Modality.ABROAD)
            .modalityChoice(ModalityChoice.ANY)                               // "either in-country or abroad"
            .addSites(HUIZHOU_SITE, LUZHOU_SITE)
            .timing(Timing.parse("2015-09/"))
            .description("Detailed documents expressing the respective provincial fields of interest, sent to NDRC "
                + "after the field visits and shared with the C1 team; knowledge sharing to take the form of "
                + "capacity building either in-country or abroad")
            .build())
        .addActivities(
            KnowledgeActivity.builder().id(SECOND_PANEL)
                .kind(ActivityKind.PANEL_DISCUSSION).sequenceNumber(2)
                .title("Second panel discussion")
                .addThemes(migrantWorkers)
                .addSites(HUIZHOU_SITE, LUZHOU_SITE)
                .status(Status.PLANNED)
                .description("Deals inter alia with issues related to migrant workers' social security, with "
                    + "representatives from selected pilot sites in Guangdong and Sichuan provinces")
                .build(),
            KnowledgeActivity.builder().id(TRAINING_IN_SITU)
                .kind(ActivityKind.TRAINING)
                .title("Further training in situ")
                .modality(Modality.IN_COUNTRY)
                .addSites(HUIZHOU_SITE, LUZHOU_SITE)
                .status(Status.PLANNED)
                .timing(Timing.parse("2016-02"))
                .description("Foreseen to be provided in situ")
                .build(),
            KnowledgeActivity.builder().id(SHANGHAI_CONTACTS)
                .kind(ActivityKind.CONSULTATION)
                .title("Contacts with the Shanghai pilot site")
                .addThemes(ageing)
                .addSites(SHANGHAI_SITE)
                .status(Status.PLANNED)
                .timing(Timing.parse("2016-02?"))
                .description("Contacts with Shanghai pilot site will take place at a later stage, tentatively in "
                    + "February 2016, since the preferred topic for that site is Ageing, a theme at the core of "
                    + "proposed C1 related project activities for the year 2016 (Training in Spain) for which the "
                    + "advanced suggestions from Pilot site representatives will be sought")
                .build(),
            KnowledgeActivity.builder().id(TRAINING_IN_SPAIN)
                .kind(ActivityKind.TRAINING)
                .title("Training in Spain")
                .modality(Modality.ABROAD)
                .venue(SPAIN)
                .addThemes(ageing)
                .status(Status.PROPOSED)
                .timing(Timing.parse("2016"))
                .description("A C1 related project activity proposed for the year 2016 on ageing, for which the "
                    + "advanced suggestions from pilot site representatives will be sought")
                .build())
        .build();
  }

  private static final String[] PURPOSES = {
    "Gain first-hand knowledge of the situation in the pilot sites",
    "Listen to the expectations of local authorities concerning their collaboration with the C1 component"
  };

  private static Topic topic(TopicId id, String name) {
    return Topic.builder().id(id).name(BilingualName.of(name)).build();
  }

  private static Place province(PlaceId id, String english, String chinese, String code, String iso) {
    return Place.builder().id(id).level(PlaceLevel.PROVINCE).name(BilingualName.of(english, chinese))
        .parent(CHINA).divisionCode(code).isoCode(iso).build();
  }

  private static Place city(PlaceId id, String english, String chinese, PlaceId province, String code) {
    return Place.builder().id(id).level(PlaceLevel.PREFECTURE).name(BilingualName.of(english, chinese))
        .parent(province).divisionCode(code).build();
  }

  private static Organisation organisation(OrganisationId id, BilingualName name, OrganisationKind kind) {
    return Organisation.builder().id(id).name(name).kind(kind).build();
  }

  private static PilotSite site(SiteId id, PlaceId place, ThemeId... themes) {
    return PilotSite.builder().id(id).place(place).component(C1).addThemes(themes)
        .endorsedBy(PILOT_SITES_ENDORSED).build();
  }
}
