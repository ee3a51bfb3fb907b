package org.sprp.core.plan;

import com.google.common.base.Ascii;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.sprp.core.Component;
import org.sprp.core.Theme;
import org.sprp.core.Topic;
import org.sprp.core.activity.Engagement;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.actor.Decision;
import org.sprp.core.actor.Meeting;
import org.sprp.core.actor.Organisation;
import org.sprp.core.place.Place;

/**
 * The fields of each kind of entity as text, in the order the type declares them, for the diff.
 * Written out by hand rather than found by reflection, since core opens nothing and the text of a
 * field is chosen for people: ids and EDTF timings as written, enums in lower-kebab-case, an
 * absent value as {@code none}, a set as {@code [a, b]} in its natural order (a decision's
 * subjects, of several kinds, as {@code [activity panel-discussion-2, site luzhou]}).
 */
final class EntityFields {

  private EntityFields() {}

  static Map<String, String> of(Component component) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", component.name().toString());
    fields.put("lead", text(component.lead()));
    return fields;
  }

  static Map<String, String> of(Theme theme) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", theme.name().toString());
    fields.put("description", text(theme.description()));
    return fields;
  }

  static Map<String, String> of(Topic topic) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", topic.name().toString());
    fields.put("themes", text(topic.themes()));
    return fields;
  }

  static Map<String, String> of(Place place) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("level", text(place.level()));
    fields.put("name", place.name().toString());
    fields.put("parent", text(place.parent()));
    fields.put("divisionCode", text(place.divisionCode()));
    fields.put("isoCode", text(place.isoCode()));
    return fields;
  }

  static Map<String, String> of(Organisation organisation) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", organisation.name().toString());
    fields.put("kind", text(organisation.kind()));
    fields.put("place", text(organisation.place()));
    return fields;
  }

  static Map<String, String> of(Meeting meeting) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", meeting.title());
    fields.put("body", meeting.body().toString());
    fields.put("timing", meeting.timing().toString());
    return fields;
  }

  static Map<String, String> of(Decision decision) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("summary", decision.summary());
    fields.put("meeting", text(decision.meeting()));
    fields.put("decidedBy", text(decision.decidedBy()));
    fields.put("timing", text(decision.timing()));
    // Subjects are of several kinds, and a site and a place may share their text: name the kind.
    fields.put("subjects", decision.subjects().stream().sorted().map(id -> id.kind() + " " + id)
        .collect(Collectors.joining(", ", "[", "]")));
    return fields;
  }

  static Map<String, String> of(PilotSite site) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("place", site.place().toString());
    fields.put("component", site.component().toString());
    fields.put("themes", text(site.themes()));
    fields.put("endorsedBy", text(site.endorsedBy()));
    return fields;
  }

  static Map<String, String> of(Mission mission) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", mission.title());
    fields.put("initiator", mission.initiator().toString());
    fields.put("participants", text(mission.participants()));
    fields.put("purposes", text(mission.purposes()));
    fields.put("stops", mission.stops().stream().map(EntityFields::text)
        .collect(Collectors.joining("; ", "[", "]")));
    fields.put("sites", text(mission.sites()));
    fields.put("themes", text(mission.themes()));
    fields.put("status", text(mission.status()));
    fields.put("timing", text(mission.timing()));
    return fields;
  }

  static Map<String, String> of(KnowledgeRequest request) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("requestedBy", text(request.requestedBy()));
    fields.put("recipients", text(request.recipients()));
    fields.put("followUpOf", text(request.followUpOf()));
    fields.put("channel", text(request.channel()));
    fields.put("topics", text(request.topics()));
    fields.put("modalities", request.modalities().stream().sorted().map(EntityFields::text)
        .collect(Collectors.joining(", ", "[", "]")));
    fields.put("sites", text(request.sites()));
    fields.put("timing", text(request.timing()));
    fields.put("description", text(request.description()));
    return fields;
  }

  static Map<String, String> of(KnowledgeActivity activity) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("kind", text(activity.kind()));
    fields.put("sequenceNumber", text(activity.sequenceNumber()));
    fields.put("title", activity.title());
    fields.put("modality", text(activity.modality().map(EntityFields::text)));
    fields.put("venue", text(activity.venue()));
    fields.put("themes", text(activity.themes()));
    fields.put("topics", text(activity.topics()));
    fields.put("sites", text(activity.sites()));
    fields.put("answers", text(activity.answers()));
    fields.put("organisers", text(activity.organisers()));
    fields.put("status", text(activity.status()));
    fields.put("timing", text(activity.timing()));
    fields.put("description", text(activity.description()));
    return fields;
  }

  /** An enum constant in lower-kebab-case, as in the JSON format: {@code panel-discussion}. */
  static String text(Enum<?> value) {
    return Ascii.toLowerCase(value.name()).replace('_', '-');
  }

  private static String text(Optional<?> value) {
    return value.map(Object::toString).orElse("none");
  }

  private static String text(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : "none";
  }

  /**
   * A set in its natural order (ids by kind then text, enums as declared), the order the JSON format
   * writes it in: equal sets built in another order give the same text, so the diff never reports
   * a set whose elements only came in another order.
   */
  private static String text(Set<? extends Comparable<?>> values) {
    return values.stream().sorted().map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
  }

  /** A list in its order, which is part of its value. */
  private static String text(List<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String text(MissionStop stop) {
    StringBuilder text = new StringBuilder(stop.place().toString());
    stop.timing().ifPresent(timing -> text.append(" ").append(timing));
    for (Engagement engagement : stop.engagements()) {
      text.append(", ").append(engagement.description());
      engagement.counterpart().ifPresent(counterpart -> text.append(" (").append(counterpart).append(")"));
    }
    return text.toString();
  }
}
