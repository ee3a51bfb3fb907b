package org.sprp.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.sprp.core.BilingualName;
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
import org.sprp.core.internal.Checks;
import org.sprp.core.place.Place;

/**
 * The fields of each kind of entity as text, in the order the type declares them, for the diff.
 * Written out by hand rather than found by reflection, since core opens nothing and the text of a
 * field is chosen for people: ids and EDTF timings as written, enums in lower-kebab-case, an
 * absent value as {@code none}, a set as {@code [a, b]} in its natural order (a decision's
 * subjects, of several kinds, as {@code [activity panel-discussion-2, site luzhou]}).
 *
 * <p>Each field has two texts. The readable one writes free text (titles, names, descriptions,
 * purposes) as it is, with only what would break the line escaped. The exact one quotes free text
 * and writes a name's two parts apart, so that unequal values always have unequal exact texts:
 * the diff falls back on it for a field whose readable texts are equal although its values are
 * not ({@code "China (中国)"} against {@code "China" / "中国"}, or the text {@code none} against no
 * value).
 */
final class EntityFields {

  private EntityFields() {}

  /** The two texts of a field's value. */
  static final class Text {
    final String readable;
    final String exact;

    private Text(String readable, String exact) {
      this.readable = readable;
      this.exact = exact;
    }

    /** A value whose text is already unambiguous: an id, an enum, a timing, a code, a number, none. */
    static Text plain(String text) {
      return new Text(text, text);
    }

    /** Free text, which may say anything, {@code none} and line breaks included. */
    static Text free(String text) {
      return new Text(Checks.oneLine(text),
          '"' + Checks.oneLine(text.replace("\\", "\\\\").replace("\"", "\\\"")) + '"');
    }

    static Text free(Optional<String> text) {
      return text.map(Text::free).orElse(NONE);
    }

    static Text name(BilingualName name) {
      Text english = free(name.english());
      return name.chinese().map(chinese -> new Text(Checks.oneLine(name.toString()),
          english.exact + " / " + free(chinese).exact)).orElse(english);
    }

    /** Texts joined between a prefix and a suffix, such as a list's elements. */
    static Text join(List<Text> texts, String separator, String prefix, String suffix) {
      return new Text(
          texts.stream().map(t -> t.readable).collect(Collectors.joining(separator, prefix, suffix)),
          texts.stream().map(t -> t.exact).collect(Collectors.joining(separator, prefix, suffix)));
    }

    private static final Text NONE = plain("none");
  }

  static Map<String, Text> of(Component component) {
    Map<String, Text> fields = new LinkedHashMap<>();
    fields.put("name", Text.name(component.name()));
    fields.put("lead", text(component.lead()));
    return fields;
  }

  static Map<String, Text> of(Theme theme) {
    Map<String, Text> fields = new LinkedHashMap<>();
    fields.put("name", Text.name(theme.name()));
    fields.put("description", Text.free(theme.description()));
    return fields;
  }

  static Map<String, Text> of(Topic topic) {
    Map<String, Text> fields = new LinkedHashMap<>();
    fields.put("name", Text.name(topic.name()));
    fields.put("themes", text(topic.themes()));
    return fields;
  }

  static Map<String, Text> of(Place place) {
    Map<String, Text> fields = new LinkedHashMap<>();
    fields.put("level", plain(place.level()));
    fields.put("name", Text.name(place.name()));
    fields.put("parent", text(place.parent()));
    fields.put("divisionCode", text(place.divisionCode()));
    fields.put("isoCode", text(place.isoCode()));
    return fields;
  }

  static Map<String, Text> of(Organisation organisation) {
    Map<String, Text> fields = new LinkedHashMap<>();
    fields.put("name", Text.name(organisation.name()));
    fields.put("kind", plain(organisation.kind()));
    fields.put("place", text(organisation.place()));
    return fields;
  }

  static Map<String, Text> of(Meeting meeting) {
    Map<String, Text> fields = new LinkedHashMap<>();
    fields.put("title", Text.free(meeting.title()));
    fields.put("body", Text.plain(meeting.body().toString()));
    fields.put("timing", Text.plain(meeting.timing().toString()));
    return fields;
  }

  static Map<String, Text> of(Decision decision) {
    Map<String, Text> fields = new LinkedHashMap<>();
    fields.put("summary", Text.free(decision.summary()));
    fields.put("meeting", text(decision.meeting()));
    fields.put("decidedBy", text(decision.decidedBy()));
    fields.put("timing", text(decision.timing()));
    // Subjects are of several kinds, and a site and a place may share their text: name the kind.
    fields.put("subjects", Text.plain(decision.subjects().stream().sorted().map(id -> id.kind() + " " + id)
        .collect(Collectors.joining(", ", "[", "]"))));
    return fields;
  }

  static Map<String, Text> of(PilotSite site) {
    Map<String, Text> fields = new LinkedHashMap<>();
    fields.put("place", Text.plain(site.place().toString()));
    fields.put("component", Text.plain(site.component().toString()));
    fields.put("themes", text(site.themes()));
    fields.put("endorsedBy", text(site.endorsedBy()));
    return fields;
  }

  static Map<String, Text> of(Mission mission) {
    Map<String, Text> fields = new LinkedHashMap<>();
    fields.put("title", Text.free(mission.title()));
    fields.put("initiator", Text.plain(mission.initiator().toString()));
    fields.put("participants", text(mission.participants()));
    fields.put("purposes", Text.join(mission.purposes().stream().map(Text::free).collect(Collectors.toList()),
        ", ", "[", "]"));
    fields.put("stops", Text.join(mission.stops().stream().map(EntityFields::text).collect(Collectors.toList()),
        "; ", "[", "]"));
    fields.put("sites", text(mission.sites()));
    fields.put("themes", text(mission.themes()));
    fields.put("status", plain(mission.status()));
    fields.put("timing", text(mission.timing()));
    return fields;
  }

  static Map<String, Text> of(KnowledgeRequest request) {
    Map<String, Text> fields = new LinkedHashMap<>();
    fields.put("requestedBy", text(request.requestedBy()));
    fields.put("recipients", text(request.recipients()));
    fields.put("followUpOf", text(request.followUpOf()));
    fields.put("channel", plain(request.channel()));
    fields.put("topics", text(request.topics()));
    fields.put("modalities", Text.plain(request.modalities().stream().sorted().map(EntityFields::text)
        .collect(Collectors.joining(", ", "[", "]"))));
    fields.put("modalityChoice", plain(request.modalityChoice()));
    fields.put("sites", text(request.sites()));
    fields.put("timing", text(request.timing()));
    fields.put("description", Text.free(request.description()));
    return fields;
  }

  static Map<String, Text> of(KnowledgeActivity activity) {
    Map<String, Text> fields = new LinkedHashMap<>();
    fields.put("kind", plain(activity.kind()));
    fields.put("sequenceNumber", text(activity.sequenceNumber()));
    fields.put("title", Text.free(activity.title()));
    fields.put("modality", text(activity.modality().map(EntityFields::text)));
    fields.put("venue", text(activity.venue()));
    fields.put("themes", text(activity.themes()));
    fields.put("topics", text(activity.topics()));
    fields.put("sites", text(activity.sites()));
    fields.put("answers", text(activity.answers()));
    fields.put("organisers", text(activity.organisers()));
    fields.put("status", plain(activity.status()));
    fields.put("timing", text(activity.timing()));
    fields.put("description", Text.free(activity.description()));
    return fields;
  }

  /** An enum constant in lower-kebab-case, as in the JSON format: {@code panel-discussion}. */
  static String text(Enum<?> value) {
    return Checks.text(value);
  }

  private static Text plain(Enum<?> value) {
    return Text.plain(text(value));
  }

  /** An optional id, timing, code or enum text: none when absent. */
  private static Text text(Optional<?> value) {
    return Text.plain(value.map(Object::toString).orElse("none"));
  }

  private static Text text(OptionalInt value) {
    return Text.plain(value.isPresent() ? Integer.toString(value.getAsInt()) : "none");
  }

  /**
   * A set of ids or enums in the natural order the model holds it in (ids by kind then text, enums
   * as declared), the order the JSON format writes it in: equal sets give the same text.
   */
  private static Text text(Set<? extends Comparable<?>> values) {
    return Text.plain(values.stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]")));
  }

  /** A stop: its place, its timing, then each engagement's description and counterpart. */
  private static Text text(MissionStop stop) {
    List<Text> parts = new ArrayList<>();
    parts.add(Text.plain(stop.place() + stop.timing().map(timing -> " " + timing).orElse("")));
    for (Engagement engagement : stop.engagements()) {
      Text description = Text.free(engagement.description());
      parts.add(engagement.counterpart().isEmpty() ? description : Text.join(
          List.of(description, Text.plain(engagement.counterpart().get().toString())), " (", "", ")"));
    }
    return Text.join(parts, ", ", "", "");
  }
}
