package org.sprp.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.actor.Decision;
import org.sprp.core.actor.Meeting;
import org.sprp.core.actor.Organisation;
import org.sprp.core.internal.ProgrammeColumns;
import org.sprp.core.place.Place;
import org.sprp.core.place.PlaceLevel;

/**
 * Finds every problem of a programme as a whole: ids used twice within a kind, references that do
 * not resolve, and places whose parent is not of the level above or does not share their code
 * prefix. Each entity's own rules were checked when it was built. As it resolves the references of
 * the missions and activities, it records them, with what else the planning queries read, as
 * {@linkplain ProgrammeColumns columns}: the entities are then fresh in the processor's caches.
 */
final class ProgrammeChecker {

  private final Programme programme;
  private final List<Problem> problems = new ArrayList<>();
  private final ProgrammeColumns.Recorder columns;
  // The position of each entity that missions and activities refer to, in its list; first wins.
  private final Map<EntityId, Integer> themeAt;
  private final Map<EntityId, Integer> topicAt;
  private final Map<EntityId, Integer> placeAt;
  private final Map<EntityId, Integer> siteAt;
  private final Map<EntityId, Integer> missionAt;
  private final Map<EntityId, Integer> requestAt;
  private boolean unique;

  ProgrammeChecker(Programme programme) {
    this.programme = programme;
    this.columns = new ProgrammeColumns.Recorder(programme.missions().size(), programme.requests().size(),
        programme.activities().size());
    this.themeAt = positions(programme.themes(), Theme::id);
    this.topicAt = positions(programme.topics(), Topic::id);
    this.placeAt = positions(programme.places(), Place::id);
    this.siteAt = positions(programme.sites(), PilotSite::id);
    this.missionAt = positions(programme.missions(), Mission::id);
    this.requestAt = positions(programme.requests(), KnowledgeRequest::id);
  }

  private static <T> Map<EntityId, Integer> positions(List<T> entities, Function<T, EntityId> idOf) {
    Map<EntityId, Integer> positions = new HashMap<>(Math.max(16, (int) (entities.size() / 0.75f) + 1));
    for (int i = 0; i < entities.size(); i++) {
      positions.putIfAbsent(idOf.apply(entities.get(i)), i);
    }
    return positions;
  }

  /**
   * Returns the columns recorded by {@link #problems()}, once, which must have found none.
   *
   * @throws IllegalStateException if the problems were not looked for, or the columns were
   *     already returned
   */
  ProgrammeColumns columns() {
    return columns.build();
  }

  List<Problem> problems() {
    // The index holds the first entity of each id, ids of different kinds never equal: when it holds
    // as many as there are entities, no id is used twice and the lists need no map of their own.
    int entities = programme.components().size() + programme.themes().size() + programme.topics().size()
        + programme.places().size() + programme.organisations().size() + programme.meetings().size()
        + programme.decisions().size() + programme.sites().size() + programme.missions().size()
        + programme.requests().size() + programme.activities().size();
    unique = programme.index().size() == entities;
    each("components", programme.components(), Component::id,
        (at, component) -> resolves(at, "lead", component.lead()));
    each("themes", programme.themes(), Theme::id, (at, theme) -> { });
    each("topics", programme.topics(), Topic::id,
        (at, topic) -> resolvesAll(at, "themes", topic.themes()));
    each("places", programme.places(), Place::id, this::checkPlace);
    each("organisations", programme.organisations(), Organisation::id,
        (at, organisation) -> resolves(at, "place", organisation.place()));
    each("meetings", programme.meetings(), Meeting::id,
        (at, meeting) -> resolves(at, "body", meeting.body()));
    each("decisions", programme.decisions(), Decision::id, (at, decision) -> {
      resolves(at, "meeting", decision.meeting());
      resolvesAll(at, "decidedBy", decision.decidedBy());
      resolvesAll(at, "subjects", decision.subjects());
    });
    each("sites", programme.sites(), PilotSite::id, this::checkSite);
    each("missions", programme.missions(), Mission::id, this::checkMission);
    each("requests", programme.requests(), KnowledgeRequest::id, (at, request) -> {
      columns.request(request.id().value(), request.timing());
      resolvesAll(at, "requestedBy", request.requestedBy());
      resolvesAll(at, "recipients", request.recipients());
      recordAll(at, "followUpOf", request.followUpOf(), missionAt, columns::requestMission);
      recordAll(at, "topics", request.topics(), topicAt, columns::requestTopic);
      resolvesAll(at, "sites", request.sites());
      columns.nextRequest();
    });
    each("activities", programme.activities(), KnowledgeActivity::id, (at, activity) -> {
      columns.event(activity.id().value(), activity.timing(), activity.status());
      columns.activity(activity.id(), activity.modality());
      resolves(at, "venue", activity.venue());
      recordAll(at, "themes", activity.themes(), themeAt, columns::activityTheme);
      recordAll(at, "topics", activity.topics(), topicAt, columns::activityTopic);
      recordAll(at, "sites", activity.sites(), siteAt, columns::activitySite);
      recordAll(at, "answers", activity.answers(), requestAt, columns::activityAnswer);
      resolvesAll(at, "organisers", activity.organisers());
      columns.next();
    });
    return problems;
  }

  /**
   * Where an entity stands: named by its id, or by {@code #index} when an earlier one of its list
   * has the same id. The path is made only when a problem names it, so a valid programme pays
   * nothing for the text.
   */
  private static final class At {
    private final String list;
    private final int index;
    private final EntityId id;
    private final boolean duplicate;

    At(String list, int index, EntityId id, boolean duplicate) {
      this.list = list;
      this.index = index;
      this.id = id;
      this.duplicate = duplicate;
    }

    /** The path of the entity, such as {@code activities[training-spain-2016]}. */
    String path() {
      return duplicate ? list + "[#" + index + "]" : list + "[" + id.value() + "]";
    }

    /** The path of one of its fields, such as {@code activities[training-spain-2016].sites}. */
    String path(String field) {
      return path() + "." + field;
    }
  }

  /**
   * Checks each entity of a list: that its id is new in the list, then its own references. An
   * entity is named by its id, or by {@code #index} when an earlier one has the same id.
   */
  private <T> void each(String list, List<T> entities, Function<T, EntityId> idOf, BiConsumer<At, T> check) {
    Map<EntityId, Integer> first = unique ? null : new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      T entity = entities.get(i);
      EntityId id = idOf.apply(entity);
      Integer earlier = unique ? null : first.putIfAbsent(id, i);
      At at = new At(list, i, id, earlier != null);
      if (earlier != null) {
        problems.add(Problem.of(at.path("id"),
            "duplicate " + id.kind() + " id '" + id + "', first used at " + list + "[#" + earlier + "]"));
      }
      check.accept(at, entity);
    }
  }

  private void resolves(At at, String field, Optional<? extends EntityId> reference) {
    if (reference.isPresent()) {
      resolves(at, field, reference.get());
    }
  }

  private void resolves(At at, String field, EntityId reference) {
    if (!programme.contains(reference)) {
      problems.add(unknown(at.path(field), reference));
    }
  }

  private void resolvesAll(At at, String field, Collection<? extends EntityId> references) {
    int i = 0;
    for (EntityId reference : references) {
      if (!programme.contains(reference)) {
        problems.add(unknown(at.path(field) + "[" + i + "]", reference));
      }
      i++;
    }
  }

  /**
   * Resolves references to the positions of the entities they name, recording each; one that does
   * not resolve is a problem.
   */
  private void recordAll(At at, String field, Collection<? extends EntityId> references,
      Map<EntityId, Integer> positions, IntConsumer record) {
    int i = 0;
    for (EntityId reference : references) {
      Integer position = positions.get(reference);
      if (position == null) {
        problems.add(unknown(at.path(field) + "[" + i + "]", reference));
      } else {
        record.accept(position);
      }
      i++;
    }
  }

  private static Problem unknown(String path, EntityId reference) {
    return Problem.of(path, "unknown " + reference.kind() + " '" + reference + "'");
  }

  private void checkPlace(At entity, Place place) {
    if (place.parent().isEmpty()) {
      return;
    }
    String at = entity.path("parent");
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
        problems.add(Problem.of(entity.path("divisionCode"),
            "division code " + place.divisionCode().get() + " does not start with " + prefix
                + ", the province code of its parent '" + parent.get().id() + "' ("
                + parent.get().divisionCode().get() + ")"));
      }
    }
    if (place.isoCode().isPresent() && parent.get().isoCode().isPresent()) {
      String prefix = parent.get().isoCode().get() + "-";
      if (!place.isoCode().get().startsWith(prefix)) {
        problems.add(Problem.of(entity.path("isoCode"),
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

  private void checkSite(At at, PilotSite site) {
    Optional<Place> place = programme.place(site.place());
    if (place.isEmpty()) {
      problems.add(unknown(at.path("place"), site.place()));
    } else if (place.get().level() == PlaceLevel.COUNTRY) {
      problems.add(Problem.of(at.path("place"), "place '" + site.place()
          + "' is a country, but a pilot site stands in a province-level division or a prefecture"));
    }
    resolves(at, "component", site.component());
    resolvesAll(at, "themes", site.themes());
    resolves(at, "endorsedBy", site.endorsedBy());
  }

  private void checkMission(At at, Mission mission) {
    columns.event(mission.id().value(), mission.timing(), mission.status());
    resolves(at, "initiator", mission.initiator());
    resolvesAll(at, "participants", mission.participants());
    for (int i = 0; i < mission.stops().size(); i++) {
      MissionStop stop = mission.stops().get(i);
      Integer place = placeAt.get(stop.place());
      if (place == null) {
        problems.add(unknown(at.path("stops") + "[" + i + "].place", stop.place()));
      } else {
        columns.missionStop(place);
      }
      for (int j = 0; j < stop.engagements().size(); j++) {
        Optional<OrganisationId> counterpart = stop.engagements().get(j).counterpart();
        if (counterpart.isPresent() && !programme.contains(counterpart.get())) {
          problems.add(unknown(at.path("stops") + "[" + i + "].engagements[" + j + "].counterpart",
              counterpart.get()));
        }
      }
    }
    recordAll(at, "sites", mission.sites(), siteAt, columns::missionSite);
    resolvesAll(at, "themes", mission.themes());
    columns.next();
  }
}
