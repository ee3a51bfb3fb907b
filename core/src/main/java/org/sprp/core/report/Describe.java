package org.sprp.core.report;

import com.google.common.base.Ascii;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sprp.core.BilingualName;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.Programme;
import org.sprp.core.Theme;
import org.sprp.core.ThemeId;
import org.sprp.core.TopicId;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.ModalityChoice;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.internal.Checks;
import org.sprp.core.place.Place;
import org.sprp.core.plan.Plan;
import org.sprp.core.time.Timing;

/** The words the three reports share, so that they name things alike. */
final class Describe {

  /** Shown where an event has no timing. */
  static final String NO_DATE = "(no date)";

  private Describe() {}

  /**
   * The text on one line: each run of line breaks (a title may hold them) becomes one space, so
   * that it cannot end a Markdown table row, a Mermaid task line or a line of the outline.
   */
  static String oneLine(String text) {
    return LINE_BREAKS.matcher(text).replaceAll(" ");
  }

  private static final Pattern LINE_BREAKS = Pattern.compile("\\R+");

  /** A name on one line: {@code Luzhou (泸州市)}. */
  static String name(BilingualName name) {
    return oneLine(name.toString());
  }

  /** An enum constant in words: {@code PANEL_DISCUSSION} is {@code panel discussion}. */
  static String words(Enum<?> value) {
    return Ascii.toLowerCase(value.name()).replace('_', ' ');
  }

  /** A modality as the JSON format writes it: {@code in-country}, {@code abroad}. */
  static String modality(org.sprp.core.activity.Modality modality) {
    return Checks.text(modality);
  }

  /**
   * Modalities as the JSON format writes them, joined as the request wants them: {@code in-country,
   * abroad} for each, {@code in-country or abroad} for any one.
   */
  static String modalities(Iterable<org.sprp.core.activity.Modality> modalities, ModalityChoice choice) {
    List<String> words = new ArrayList<>();
    for (org.sprp.core.activity.Modality modality : modalities) {
      words.add(modality(modality));
    }
    return String.join(choice == ModalityChoice.ANY ? " or " : ", ", words);
  }

  /** What an event is: {@code mission}, or the kind of an activity such as {@code training}. */
  static String kind(TimelineEvent event) {
    return event instanceof KnowledgeActivity ? words(((KnowledgeActivity) event).kind()) : "mission";
  }

  static String timing(TimelineEvent event) {
    return event.timing().map(Timing::toString).orElse(NO_DATE);
  }

  /** A site's place, with its province when the place is a prefecture: {@code Luzhou (泸州市), Sichuan (四川省)}. */
  static String where(Plan plan, PilotSite site) {
    Place place = plan.programme().place(site.place()).orElseThrow();
    Place province = plan.provinceOf(place.id()).orElse(place);
    return province.id().equals(place.id()) ? name(place.name()) : name(place.name()) + ", " + name(province.name());
  }

  /** Themes by name, in the order of the programme's catalogue of themes. */
  static String themes(Plan plan, Collection<ThemeId> themes) {
    Programme programme = plan.programme();
    StringBuilder text = new StringBuilder();
    for (ThemeId theme : plan.inCatalogueOrder(themes)) {
      text.append(text.length() == 0 ? "" : ", ")
          .append(programme.theme(theme).map(Theme::name).map(Describe::name).orElse(theme.value()));
    }
    return text.toString();
  }

  /** Places by name, in the order given (an itinerary's order): {@code Luzhou (泸州市), Chengdu (成都市)}. */
  static String places(Programme programme, Collection<PlaceId> places) {
    return places.stream()
        .map(place -> programme.place(place).map(p -> name(p.name())).orElse(place.value()))
        .collect(Collectors.joining(", "));
  }

  /** An organisation by name, or its id when the programme does not have it. */
  static String organisation(Programme programme, OrganisationId organisation) {
    return programme.organisation(organisation).map(o -> name(o.name())).orElse(organisation.value());
  }

  /** Organisations by name, in the order of the programme's catalogue. */
  static String organisations(Plan plan, Collection<OrganisationId> organisations) {
    return plan.inCatalogueOrder(organisations).stream()
        .map(organisation -> organisation(plan.programme(), organisation))
        .collect(Collectors.joining(", "));
  }

  static String topic(Programme programme, TopicId topic) {
    return programme.topic(topic).map(t -> oneLine(t.name().english())).orElse(topic.value());
  }

  static String ids(Iterable<?> ids) {
    return java.util.stream.StreamSupport.stream(ids.spliterator(), false).map(Object::toString)
        .collect(Collectors.joining(", "));
  }
}
