package org.sprp.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    unique("components", programme.components(), Component::id);
    unique("themes", programme.themes(), Theme::id);
    unique("topics", programme.topics(), Topic::id);
    unique("places", programme.places(), Place::id);
    unique("organisations", programme.organisations(), Organisation::id);
    unique("meetings", programme.meetings(), Meeting::id);
    unique("decisions", programme.decisions(), Decision::id);
    unique("sites", programme.sites(), PilotSite::id);
    unique("missions", programme.missions(), Mission::id);
    unique("requests", programme.requests(), KnowledgeRequest::id);
    unique("activities", programme.activities(), KnowledgeActivity::id);

    for (Component component : programme.components()) {
      String at = "components[" + component.id() + "]";
      resolves(at + ".lead", component.lead());
    }
    for (Topic topic : programme.topics()) {
      resolvesAll("topics[" + topic.id() + "].themes", topic.themes());
    }
    for (Place place : programme.places()) {
      checkPlace(place);
    }
    for (Organisation organisation : programme.organisations()) {
      resolves("organisations[" + organisation.id() + "].place", organisation.place());
    }
    for (Meeting meeting : programme.meetings()) {
      resolves("meetings[" + meeting.id() + "].body", Optional.of(meeting.body()));
    }
    for (Decision decision : programme.decisions()) {
      String at = "decisions[" + decision.id() + "]";
      resolves(at + ".meeting", decision.meeting());
      resolvesAll(at + ".decidedBy", decision.decidedBy());
      resolvesAll(at + ".subjects", decision.subjects());
    }
    for (PilotSite site : programme.sites()) {
      checkSite(site);
    }
    for (Mission mission : programme.missions()) {
      checkMission(mission);
    }
    for (KnowledgeRequest request : programme.requests()) {
      String at = "requests[" + request.id() + "]";
      resolvesAll(at + ".requestedBy", request.requestedBy());
      resolvesAll(at + ".recipients", request.recipients());
      resolvesAll(at + ".followUpOf", request.followUpOf());
      resolvesAll(at + ".topics", request.topics());
      resolvesAll(at + ".sites", request.sites());
    }
    for (KnowledgeActivity activity : programme.activities()) {
      String at = "activities[" + activity.id() + "]";
      resolves(at + ".venue", activity.venue());
      resolvesAll(at + ".themes", activity.themes());
      resolvesAll(at + ".topics", activity.topics());
      resolvesAll(at + ".sites", activity.sites());
      resolvesAll(at + ".answers", activity.answers());
      resolvesAll(at + ".organisers", activity.organisers());
    }
    return problems;
  }

  private <T> void unique(String list, List<T> entities, Function<T, EntityId> idOf) {
    Map<EntityId, Integer> first = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      EntityId id = idOf.apply(entities.get(i));
      Integer earlier = first.putIfAbsent(id, i);
      if (earlier != null) {
        problems.add(Problem.of(list + "[" + i + "].id",
            "duplicate " + id.kind() + " id '" + id + "', first used at " + list + "[" + earlier + "]"));
      }
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

  private void checkPlace(Place place) {
    if (place.parent().isEmpty()) {
      return;
    }
    String at = "places[" + place.id() + "].parent";
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
        problems.add(Problem.of("places[" + place.id() + "].divisionCode",
            "division code " + place.divisionCode().get() + " does not start with " + prefix
                + ", the province code of its parent '" + parent.get().id() + "' ("
                + parent.get().divisionCode().get() + ")"));
      }
    }
    if (place.isoCode().isPresent() && parent.get().isoCode().isPresent()) {
      String prefix = parent.get().isoCode().get() + "-";
      if (!place.isoCode().get().startsWith(prefix)) {
        problems.add(Problem.of("places[" + place.id() + "].isoCode",
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

  private void checkSite(PilotSite site) {
    String at = "sites[" + site.id() + "]";
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

  private void checkMission(Mission mission) {
    String at = "missions[" + mission.id() + "]";
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
