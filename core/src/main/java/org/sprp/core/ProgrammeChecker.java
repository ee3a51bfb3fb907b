package org.sprp.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.actor.Decision;
import org.sprp.core.actor.Meeting;
import org.sprp.core.actor.Organisation;
import org.sprp.core.place.Place;
import org.sprp.core.place.PlaceLevel;

/**
 * Finds every problem of a programme as a whole: ids used twice within a kind, references that do
 * not resolve, and places whose parent is not of the level above or does not share their code
 * prefix. Each entity's own rules were checked when it was built.
 */
final class ProgrammeChecker {

  private final Programme programme;
  private final List<Problem> problems = new ArrayList<>();

  ProgrammeChecker(Programme programme) {
    this.programme = programme;
  }

  List<Problem> problems() {
    each("components", programme.components(), Component::id,
        (at, component) -> resolves(at + ".lead", component.lead()));
    each("themes", programme.themes(), Theme::id, (at, theme) -> { });
    each("topics", programme.topics(), Topic::id,
        (at, topic) -> resolvesAll(at + ".themes", topic.themes()));
    each("places", programme.places(), Place::id, this::checkPlace);
    each("organisations", programme.organisations(), Organisation::id,
        (at, organisation) -> resolves(at + ".place", organisation.place()));
    each("meetings", programme.meetings(), Meeting::id,
        (at, meeting) -> resolves(at + ".body", Optional.of(meeting.body())));
    each("decisions", programme.decisions(), Decision::id, (at, decision) -> {
      resolves(at + ".meeting", decision.meeting());
      resolvesAll(at + ".decidedBy", decision.decidedBy());
      resolvesAll(at + ".subjects", decision.subjects());
    });
    each("sites", programme.sites(), PilotSite::id, this::checkSite);
    each("missions", programme.missions(), Mission::id, this::checkMission);
    each("requests", programme.requests(), KnowledgeRequest::id, (at, request) -> {
      resolvesAll(at + ".requestedBy", request.requestedBy());
      resolvesAll(at + ".recipients", request.recipients());
      resolvesAll(at + ".followUpOf", request.followUpOf());
      resolvesAll(at + ".topics", request.topics());
      resolvesAll(at + ".sites", request.sites());
    });
    each("activities", programme.activities(), KnowledgeActivity::id, (at, activity) -> {
      resolves(at + ".venue", activity.venue());
      resolvesAll(at + ".themes", activity.themes());
      resolvesAll(at + ".topics", activity.topics());
      resolvesAll(at + ".sites", activity.sites());
      resolvesAll(at + ".answers", activity.answers());
      resolvesAll(at + ".organisers", activity.organisers());
    });
    return problems;
  }

  /**
   * Checks each entity of a list: that its id is new in the list, then its own references. An
   * entity is named by its id, or by {@code #index} when an earlier one has the same id.
   */
  private <T> void each(String list, List<T> entities, Function<T, EntityId> idOf, BiConsumer<String, T> check) {
    Map<EntityId, Integer> first = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      T entity = entities.get(i);
      EntityId id = idOf.apply(entity);
      Integer earlier = first.putIfAbsent(id, i);
      String at;
      if (earlier == null) {
        at = list + "[" + id.value() + "]";
      } else {
        at = list + "[#" + i + "]";
        problems.add(Problem.of(at + ".id",
            "duplicate " + id.kind() + " id '" + id + "', first used at " + list + "[" + earlier + "]"));
      }
      check.accept(at, entity);
    }
  }

  private void resolves(String path, Optional<? extends EntityId> reference) {
    if (reference.isPresent() && !programme.contains(reference.get())) {
      problems.add(unknown(path, reference.get()));
    }
  }

  private void resolvesAll(String path, Collection<? extends EntityId> references) {
    int i = 0;
    for (EntityId reference : references) {
      if (!programme.contains(reference)) {
        problems.add(unknown(path + "[" + i + "]", reference));
      }
      i++;
    }
  }

  private static Problem unknown(String path, EntityId reference) {
    return Problem.of(path, "unknown " + reference.kind() + " '" + reference + "'");
  }

  private void checkPlace(String entity, Place place) {
    if (place.parent().isEmpty()) {
      return;
    }
    String at = entity + ".parent";
    Optional<Place> parent = programme.place(place.parent().get());
    if (parent.isEmpty()) {
      problems.add(unknown(at, place.parent().get()));
      return;
    }
    PlaceLevel expected = place.level() == PlaceLevel.PREFECTURE ? PlaceLevel.PROVINCE : PlaceLevel.COUNTRY;
    if (parent.get().level() != expected) {
      problems.add(Problem.of(at, "parent '" + parent.get().id() + "' is a " + describe(parent.get().level())
          + ", but a " + describe(place.level()) + " lies in a " + describe(expected)));
      return;
    }
    if (place.divisionCode().isPresent() && parent.get().divisionCode().isPresent()) {
      String prefix = parent.get().divisionCode().get().substring(0, 2);
      if (!place.divisionCode().get().startsWith(prefix)) {
        problems.add(Problem.of(entity + ".divisionCode",
            "division code " + place.divisionCode().get() + " does not start with " + prefix
                + ", the province code of its parent '" + parent.get().id() + "' ("
                + parent.get().divisionCode().get() + ")"));
      }
    }
    if (place.isoCode().isPresent() && parent.get().isoCode().isPresent()) {
      String prefix = parent.get().isoCode().get() + "-";
      if (!place.isoCode().get().startsWith(prefix)) {
        problems.add(Problem.of(entity + ".isoCode",
            "ISO code " + place.isoCode().get() + " does not start with " + prefix
                + ", the code of its country '" + parent.get().id() + "'"));
      }
    }
  }

  private static String describe(PlaceLevel level) {
    switch (level) {
      case COUNTRY:
        return "country";
      case PROVINCE:
        return "province-level division";
      default:
        return "prefecture";
    }
  }

  private void checkSite(String at, PilotSite site) {
    Optional<Place> place = programme.place(site.place());
    if (place.isEmpty()) {
      problems.add(unknown(at + ".place", site.place()));
    } else if (place.get().level() == PlaceLevel.COUNTRY) {
      problems.add(Problem.of(at + ".place", "place '" + site.place()
          + "' is a country, but a pilot site stands in a province-level division or a prefecture"));
    }
    resolves(at + ".component", Optional.of(site.component()));
    resolvesAll(at + ".themes", site.themes());
    resolves(at + ".endorsedBy", site.endorsedBy());
  }

  private void checkMission(String at, Mission mission) {
    resolves(at + ".initiator", Optional.of(mission.initiator()));
    resolvesAll(at + ".participants", mission.participants());
    for (int i = 0; i < mission.stops().size(); i++) {
      MissionStop stop = mission.stops().get(i);
      String stopAt = at + ".stops[" + i + "]";
      resolves(stopAt + ".place", Optional.of(stop.place()));
      for (int j = 0; j < stop.engagements().size(); j++) {
        resolves(stopAt + ".engagements[" + j + "].counterpart", stop.engagements().get(j).counterpart());
      }
    }
    resolvesAll(at + ".sites", mission.sites());
    resolvesAll(at + ".themes", mission.themes());
  }
}
