package org.sprp.serialization;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sprp.core.ActivityId;
import org.sprp.core.BilingualName;
import org.sprp.core.Component;
import org.sprp.core.ComponentId;
import org.sprp.core.DecisionId;
import org.sprp.core.EntityId;
import org.sprp.core.MeetingId;
import org.sprp.core.MissionId;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
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
import org.sprp.core.internal.Checks;
import org.sprp.core.place.Place;
import org.sprp.core.place.PlaceLevel;
import org.sprp.core.time.Timing;

/**
 * The codecs of every value of the model, as the tables of fields that define the JSON format.
 * Field names are those of the model's accessors; the order here is the canonical key order.
 */
final class ModelCodecs {

  private ModelCodecs() {}

  static final ValueCodec<ProgrammeId> PROGRAMME_ID = Scalars.id("programme", ProgrammeId::of);
  static final ValueCodec<ComponentId> COMPONENT_ID = Scalars.id("component", ComponentId::of);
  static final ValueCodec<ThemeId> THEME_ID = Scalars.id("theme", ThemeId::of);
  static final ValueCodec<TopicId> TOPIC_ID = Scalars.id("topic", TopicId::of);
  static final ValueCodec<PlaceId> PLACE_ID = Scalars.id("place", PlaceId::of);
  static final ValueCodec<OrganisationId> ORGANISATION_ID = Scalars.id("organisation", OrganisationId::of);
  static final ValueCodec<MeetingId> MEETING_ID = Scalars.id("meeting", MeetingId::of);
  static final ValueCodec<DecisionId> DECISION_ID = Scalars.id("decision", DecisionId::of);
  static final ValueCodec<SiteId> SITE_ID = Scalars.id("site", SiteId::of);
  static final ValueCodec<MissionId> MISSION_ID = Scalars.id("mission", MissionId::of);
  static final ValueCodec<RequestId> REQUEST_ID = Scalars.id("request", RequestId::of);
  static final ValueCodec<ActivityId> ACTIVITY_ID = Scalars.id("activity", ActivityId::of);

  static final ValueCodec<Status> STATUS = Scalars.enumeration("status", Status.class);
  static final ValueCodec<PlaceLevel> PLACE_LEVEL = Scalars.enumeration("place level", PlaceLevel.class);
  static final ValueCodec<OrganisationKind> ORGANISATION_KIND =
      Scalars.enumeration("organisation kind", OrganisationKind.class);
  static final ValueCodec<Modality> MODALITY = Scalars.enumeration("modality", Modality.class);
  static final ValueCodec<ModalityChoice> MODALITY_CHOICE =
      Scalars.enumeration("modality choice", ModalityChoice.class);
  static final ValueCodec<ActivityKind> ACTIVITY_KIND = Scalars.enumeration("activity kind", ActivityKind.class);
  static final ValueCodec<RequestChannel> REQUEST_CHANNEL =
      Scalars.enumeration("request channel", RequestChannel.class);

  /** The factories of ids by kind, for references whose kind the document names. */
  static final ImmutableMap<String, Function<String, EntityId>> ID_FACTORIES =
      ImmutableMap.<String, Function<String, EntityId>>builder()
          .put("programme", ProgrammeId::of)
          .put("component", ComponentId::of)
          .put("theme", ThemeId::of)
          .put("topic", TopicId::of)
          .put("place", PlaceId::of)
          .put("organisation", OrganisationId::of)
          .put("meeting", MeetingId::of)
          .put("decision", DecisionId::of)
          .put("site", SiteId::of)
          .put("mission", MissionId::of)
          .put("request", RequestId::of)
          .put("activity", ActivityId::of)
          .build();

  /** Holds the parts of a two-part value while it is read. */
  private static final class Pair {
    String first;
    String second;
  }

  static final ObjectCodec<BilingualName, Pair> NAME =
      ObjectCodec.<BilingualName, Pair>of("BilingualName", Pair::new,
              p -> p.second == null ? BilingualName.of(p.first) : BilingualName.of(p.first, p.second))
          .required("en", Scalars.STRING, (p, v) -> p.first = v, BilingualName::english)
          .optional("zh", Scalars.STRING, (p, v) -> p.second = v, BilingualName::chinese)
          .build();

  /** A reference to an entity of any kind, as {@code {"kind": "site", "id": "luzhou"}}. */
  static final ObjectCodec<EntityId, Pair> ENTITY_REFERENCE =
      ObjectCodec.<EntityId, Pair>of("EntityReference", Pair::new, ModelCodecs::reference)
          .required("kind", Scalars.STRING, (p, v) -> p.first = v, EntityId::kind)
          .required("id", Scalars.STRING, (p, v) -> p.second = v, EntityId::value)
          .build();

  private static EntityId reference(Pair pair) {
    Function<String, EntityId> of = ID_FACTORIES.get(pair.first);
    if (of == null) {
      throw new IllegalArgumentException("unknown kind " + Checks.quote(pair.first) + " of reference: expected one of "
          + String.join(", ", ID_FACTORIES.keySet()));
    }
    return of.apply(pair.second);
  }

  static final ObjectCodec<Component, Component.Builder> COMPONENT =
      ObjectCodec.entity("Component", Component::builder, Component.Builder::build)
          .required("id", COMPONENT_ID, Component.Builder::id, Component::id)
          .required("name", NAME, Component.Builder::name, Component::name)
          .optional("lead", ORGANISATION_ID, Component.Builder::lead, Component::lead)
          .build();

  static final ObjectCodec<Theme, Theme.Builder> THEME =
      ObjectCodec.entity("Theme", Theme::builder, Theme.Builder::build)
          .required("id", THEME_ID, Theme.Builder::id, Theme::id)
          .required("name", NAME, Theme.Builder::name, Theme::name)
          .optional("description", Scalars.STRING, Theme.Builder::description, Theme::description)
          .build();

  static final ObjectCodec<Topic, Topic.Builder> TOPIC =
      ObjectCodec.entity("Topic", Topic::builder, Topic.Builder::build)
          .required("id", TOPIC_ID, Topic.Builder::id, Topic::id)
          .required("name", NAME, Topic.Builder::name, Topic::name)
          .array("themes", THEME_ID, true, Topic.Builder::addThemes, Topic::themes)
          .build();

  static final ObjectCodec<Place, Place.Builder> PLACE =
      ObjectCodec.entity("Place", Place::builder, Place.Builder::build)
          .required("id", PLACE_ID, Place.Builder::id, Place::id)
          .required("level", PLACE_LEVEL, Place.Builder::level, Place::level)
          .required("name", NAME, Place.Builder::name, Place::name)
          .optional("parent", PLACE_ID, Place.Builder::parent, Place::parent)
          .optional("divisionCode", Scalars.STRING, Place.Builder::divisionCode, Place::divisionCode)
          .optional("isoCode", Scalars.STRING, Place.Builder::isoCode, Place::isoCode)
          .build();

  static final ObjectCodec<Organisation, Organisation.Builder> ORGANISATION =
      ObjectCodec.entity("Organisation", Organisation::builder, Organisation.Builder::build)
          .required("id", ORGANISATION_ID, Organisation.Builder::id, Organisation::id)
          .required("name", NAME, Organisation.Builder::name, Organisation::name)
          .required("kind", ORGANISATION_KIND, Organisation.Builder::kind, Organisation::kind)
          .optional("place", PLACE_ID, Organisation.Builder::place, Organisation::place)
          .build();

  static final ObjectCodec<Meeting, Meeting.Builder> MEETING =
      ObjectCodec.entity("Meeting", Meeting::builder, Meeting.Builder::build)
          .required("id", MEETING_ID, Meeting.Builder::id, Meeting::id)
          .required("title", Scalars.STRING, Meeting.Builder::title, Meeting::title)
          .required("body", ORGANISATION_ID, Meeting.Builder::body, Meeting::body)
          .required("timing", Scalars.TIMING, Meeting.Builder::timing, Meeting::timing)
          .build();

  static final ObjectCodec<Decision, Decision.Builder> DECISION =
      ObjectCodec.entity("Decision", Decision::builder, Decision.Builder::build)
          .required("id", DECISION_ID, Decision.Builder::id, Decision::id)
          .required("summary", Scalars.STRING, Decision.Builder::summary, Decision::summary)
          .optional("meeting", MEETING_ID, Decision.Builder::meeting, Decision::meeting)
          .array("decidedBy", ORGANISATION_ID, true, Decision.Builder::addDecidedBy, Decision::decidedBy)
          .optional("timing", Scalars.TIMING, Decision.Builder::timing, Decision::timing)
          .array("subjects", ENTITY_REFERENCE, true, Decision.Builder::addSubjects, Decision::subjects)
          .build();

  static final ObjectCodec<PilotSite, PilotSite.Builder> SITE =
      ObjectCodec.entity("PilotSite", PilotSite::builder, PilotSite.Builder::build)
          .required("id", SITE_ID, PilotSite.Builder::id, PilotSite::id)
          .required("place", PLACE_ID, PilotSite.Builder::place, PilotSite::place)
          .required("component", COMPONENT_ID, PilotSite.Builder::component, PilotSite::component)
          .array("themes", THEME_ID, true, PilotSite.Builder::addThemes, PilotSite::themes)
          .optional("endorsedBy", DECISION_ID, PilotSite.Builder::endorsedBy, PilotSite::endorsedBy)
          .build();

  static final ObjectCodec<Engagement, Engagement.Builder> ENGAGEMENT =
      ObjectCodec.of("Engagement", Engagement::builder, Engagement.Builder::build)
          .required("description", Scalars.STRING, Engagement.Builder::description, Engagement::description)
          .optional("counterpart", ORGANISATION_ID, Engagement.Builder::counterpart, Engagement::counterpart)
          .build();

  static final ObjectCodec<MissionStop, MissionStop.Builder> MISSION_STOP =
      ObjectCodec.of("MissionStop", MissionStop::builder, MissionStop.Builder::build)
          .required("place", PLACE_ID, MissionStop.Builder::place, MissionStop::place)
          .optional("timing", Scalars.TIMING, MissionStop.Builder::timing, MissionStop::timing)
          .array("engagements", ENGAGEMENT, false, MissionStop.Builder::addEngagements, MissionStop::engagements)
          .build();

  static final ObjectCodec<Mission, Mission.Builder> MISSION =
      ObjectCodec.entity("Mission", Mission::builder, Mission.Builder::build)
          .required("id", MISSION_ID, Mission.Builder::id, Mission::id)
          .required("title", Scalars.STRING, Mission.Builder::title, Mission::title)
          .required("initiator", ORGANISATION_ID, Mission.Builder::initiator, Mission::initiator)
          .array("participants", ORGANISATION_ID, true, Mission.Builder::addParticipants, Mission::participants)
          .array("purposes", Scalars.STRING, false, Mission.Builder::addPurposes, Mission::purposes)
          .array("stops", MISSION_STOP, false, Mission.Builder::addStops, Mission::stops)
          .array("sites", SITE_ID, true, Mission.Builder::addSites, Mission::sites)
          .array("themes", THEME_ID, true, Mission.Builder::addThemes, Mission::themes)
          .required("status", STATUS, Mission.Builder::status, Mission::status)
          .optional("timing", Scalars.TIMING, Mission.Builder::timing, Mission::timing)
          .build();

  static final ObjectCodec<KnowledgeRequest, KnowledgeRequest.Builder> REQUEST =
      ObjectCodec.entity("KnowledgeRequest", KnowledgeRequest::builder, KnowledgeRequest.Builder::build)
          .required("id", REQUEST_ID, KnowledgeRequest.Builder::id, KnowledgeRequest::id)
          .array("requestedBy", ORGANISATION_ID, true, KnowledgeRequest.Builder::addRequestedBy,
              KnowledgeRequest::requestedBy)
          .array("recipients", ORGANISATION_ID, true, KnowledgeRequest.Builder::addRecipients,
              KnowledgeRequest::recipients)
          .array("followUpOf", MISSION_ID, true, KnowledgeRequest.Builder::addFollowUpOf,
              KnowledgeRequest::followUpOf)
          .required("channel", REQUEST_CHANNEL, KnowledgeRequest.Builder::channel, KnowledgeRequest::channel)
          .array("topics", TOPIC_ID, true, KnowledgeRequest.Builder::addTopics, KnowledgeRequest::topics)
          .array("modalities", MODALITY, true, KnowledgeRequest.Builder::addModalities,
              KnowledgeRequest::modalities)
          // Written only when it is not the default, "each", as empty optional fields are left out.
          .optional("modalityChoice", MODALITY_CHOICE, KnowledgeRequest.Builder::modalityChoice,
              request -> request.modalityChoice() == ModalityChoice.EACH
                  ? Optional.empty() : Optional.of(request.modalityChoice()))
          .array("sites", SITE_ID, true, KnowledgeRequest.Builder::addSites, KnowledgeRequest::sites)
          .optional("timing", Scalars.TIMING, KnowledgeRequest.Builder::timing, KnowledgeRequest::timing)
          .optional("description", Scalars.STRING, KnowledgeRequest.Builder::description,
              KnowledgeRequest::description)
          .build();

  static final ObjectCodec<KnowledgeActivity, KnowledgeActivity.Builder> ACTIVITY =
      ObjectCodec.entity("KnowledgeActivity", KnowledgeActivity::builder, KnowledgeActivity.Builder::build)
          .required("id", ACTIVITY_ID, KnowledgeActivity.Builder::id, KnowledgeActivity::id)
          .required("kind", ACTIVITY_KIND, KnowledgeActivity.Builder::kind, KnowledgeActivity::kind)
          .optionalInt("sequenceNumber", Scalars.INTEGER, KnowledgeActivity.Builder::sequenceNumber,
              KnowledgeActivity::sequenceNumber)
          .required("title", Scalars.STRING, KnowledgeActivity.Builder::title, KnowledgeActivity::title)
          .optional("modality", MODALITY, KnowledgeActivity.Builder::modality, KnowledgeActivity::modality)
          .optional("venue", PLACE_ID, KnowledgeActivity.Builder::venue, KnowledgeActivity::venue)
          .array("themes", THEME_ID, true, KnowledgeActivity.Builder::addThemes, KnowledgeActivity::themes)
          .array("topics", TOPIC_ID, true, KnowledgeActivity.Builder::addTopics, KnowledgeActivity::topics)
          .array("sites", SITE_ID, true, KnowledgeActivity.Builder::addSites, KnowledgeActivity::sites)
          .array("answers", REQUEST_ID, true, KnowledgeActivity.Builder::addAnswers, KnowledgeActivity::answers)
          .array("organisers", ORGANISATION_ID, true, KnowledgeActivity.Builder::addOrganisers,
              KnowledgeActivity::organisers)
          .required("status", STATUS, KnowledgeActivity.Builder::status, KnowledgeActivity::status)
          .optional("timing", Scalars.TIMING, KnowledgeActivity.Builder::timing, KnowledgeActivity::timing)
          .optional("description", Scalars.STRING, KnowledgeActivity.Builder::description,
              KnowledgeActivity::description)
          .build();

  /**
   * The codec of every type that can be read and written on its own, except the programme: each
   * kind of id (as its text), each enumeration (as its text), names, timings and entities.
   */
  static final Map<Class<?>, ValueCodec<?>> BY_TYPE = ImmutableMap.<Class<?>, ValueCodec<?>>builder()
      .put(ProgrammeId.class, PROGRAMME_ID)
      .put(ComponentId.class, COMPONENT_ID)
      .put(ThemeId.class, THEME_ID)
      .put(TopicId.class, TOPIC_ID)
      .put(PlaceId.class, PLACE_ID)
      .put(OrganisationId.class, ORGANISATION_ID)
      .put(MeetingId.class, MEETING_ID)
      .put(DecisionId.class, DECISION_ID)
      .put(SiteId.class, SITE_ID)
      .put(MissionId.class, MISSION_ID)
      .put(RequestId.class, REQUEST_ID)
      .put(ActivityId.class, ACTIVITY_ID)
      .put(Status.class, STATUS)
      .put(PlaceLevel.class, PLACE_LEVEL)
      .put(OrganisationKind.class, ORGANISATION_KIND)
      .put(Modality.class, MODALITY)
      .put(ModalityChoice.class, MODALITY_CHOICE)
      .put(ActivityKind.class, ACTIVITY_KIND)
      .put(RequestChannel.class, REQUEST_CHANNEL)
      .put(BilingualName.class, NAME)
      .put(Timing.class, Scalars.TIMING)
      .put(Component.class, COMPONENT)
      .put(Theme.class, THEME)
      .put(Topic.class, TOPIC)
      .put(Place.class, PLACE)
      .put(Organisation.class, ORGANISATION)
      .put(Meeting.class, MEETING)
      .put(Decision.class, DECISION)
      .put(PilotSite.class, SITE)
      .put(Engagement.class, ENGAGEMENT)
      .put(MissionStop.class, MISSION_STOP)
      .put(Mission.class, MISSION)
      .put(KnowledgeRequest.class, REQUEST)
      .put(KnowledgeActivity.class, ACTIVITY)
      .build();
}
