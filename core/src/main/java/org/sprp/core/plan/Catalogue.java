package org.sprp.core.plan;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.sprp.core.Component;
import org.sprp.core.Entity;
import org.sprp.core.EntityId;
import org.sprp.core.Programme;
import org.sprp.core.Theme;
import org.sprp.core.Topic;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.actor.Decision;
import org.sprp.core.actor.Meeting;
import org.sprp.core.actor.Organisation;
import org.sprp.core.place.Place;

/**
 * One list of entities of a programme, described once so that edits, the diff and the search for
 * referrers treat all eleven lists alike: its name in paths ({@code activities}), the type of its
 * entities, how to read their id and fields, and how to put a new list into a programme builder.
 *
 * @param <T> the type of the entities
 */
final class Catalogue<T> {

  /** Every list of a programme, in the order of {@link Programme}'s accessors. */
  static final ImmutableList<Catalogue<?>> ALL = ImmutableList.of(
      new Catalogue<>("components", "component", Component.class, Component::id, Programme::components,
          (b, l) -> b.components(l), EntityFields::of),
      new Catalogue<>("themes", "theme", Theme.class, Theme::id, Programme::themes,
          (b, l) -> b.themes(l), EntityFields::of),
      new Catalogue<>("topics", "topic", Topic.class, Topic::id, Programme::topics,
          (b, l) -> b.topics(l), EntityFields::of),
      new Catalogue<>("places", "place", Place.class, Place::id, Programme::places,
          (b, l) -> b.places(l), EntityFields::of),
      new Catalogue<>("organisations", "organisation", Organisation.class, Organisation::id,
          Programme::organisations, (b, l) -> b.organisations(l), EntityFields::of),
      new Catalogue<>("meetings", "meeting", Meeting.class, Meeting::id, Programme::meetings,
          (b, l) -> b.meetings(l), EntityFields::of),
      new Catalogue<>("decisions", "decision", Decision.class, Decision::id, Programme::decisions,
          (b, l) -> b.decisions(l), EntityFields::of),
      new Catalogue<>("sites", "site", PilotSite.class, PilotSite::id, Programme::sites,
          (b, l) -> b.sites(l), EntityFields::of),
      new Catalogue<>("missions", "mission", Mission.class, Mission::id, Programme::missions,
          (b, l) -> b.missions(l), EntityFields::of),
      new Catalogue<>("requests", "request", KnowledgeRequest.class, KnowledgeRequest::id,
          Programme::requests, (b, l) -> b.requests(l), EntityFields::of),
      new Catalogue<>("activities", "activity", KnowledgeActivity.class, KnowledgeActivity::id,
          Programme::activities, (b, l) -> b.activities(l), EntityFields::of));

  final String name;
  /** The {@link EntityId#kind()} of the ids of this list. */
  final String kind;
  final Class<T> type;
  private final Function<T, EntityId> id;
  private final Function<Programme, ImmutableList<T>> list;
  private final BiConsumer<Programme.Builder, List<T>> set;
  private final Function<T, Map<String, EntityFields.Text>> fields;

  private Catalogue(String name, String kind, Class<T> type, Function<T, ? extends EntityId> id,
      Function<Programme, ImmutableList<T>> list, BiConsumer<Programme.Builder, List<T>> set,
      Function<T, Map<String, EntityFields.Text>> fields) {
    this.name = name;
    this.kind = kind;
    this.type = type;
    this.id = id::apply;
    this.list = list;
    this.set = set;
    this.fields = fields;
  }

  /** Returns the list an entity belongs in, or fails naming the class of a caller's own entity. */
  static Catalogue<?> of(Entity entity) {
    for (Catalogue<?> catalogue : ALL) {
      if (catalogue.type.isInstance(entity)) {
        return catalogue;
      }
    }
    // Only a caller's own implementation of Entity gets here: every type of the model has a list.
    throw new IllegalArgumentException("entity: " + entity.getClass().getName()
        + " is not an entity of a programme (a component, theme, topic, place, organisation, meeting, "
        + "decision, site, mission, request or activity)");
  }

  /** Returns the list whose entities have ids of this kind, or fails for a programme id. */
  static Catalogue<?> ofId(EntityId id) {
    for (Catalogue<?> catalogue : ALL) {
      if (catalogue.kind.equals(id.kind())) {
        return catalogue;
      }
    }
    throw new IllegalArgumentException("id: '" + id + "' is the id of a programme, not of one of its entities");
  }

  EntityId idOf(Object entity) {
    return id.apply(type.cast(entity));
  }

  ImmutableList<T> entities(Programme programme) {
    return list.apply(programme);
  }

  Map<String, EntityFields.Text> fieldsOf(Object entity) {
    return fields.apply(type.cast(entity));
  }

  /** Returns the path of an entity of this list, such as {@code activities[training-spain-2016]}. */
  String path(EntityId entityId) {
    return name + "[" + entityId + "]";
  }

  /** Puts the index of each entity of this list in the programme, the first where an id repeats. */
  void positions(Programme programme, Map<EntityId, Integer> positions) {
    ImmutableList<T> entities = entities(programme);
    for (int i = 0; i < entities.size(); i++) {
      positions.putIfAbsent(id.apply(entities.get(i)), i);
    }
  }

  /**
   * Returns, for a message about an id the programme lacks, the other kinds of entity that have
   * its text, such as {@code  (it has a place 'sichuan')}, or the empty text. It reads every list:
   * it is for errors only.
   */
  static String sameTextElsewhere(Programme programme, EntityId missing) {
    List<String> kinds = new ArrayList<>();
    for (Catalogue<?> catalogue : ALL) {
      if (catalogue.kind.equals(missing.kind())) {
        continue;
      }
      for (Object entity : catalogue.entities(programme)) {
        if (catalogue.idOf(entity).value().equals(missing.value())) {
          kinds.add(catalogue.kind);
          break;
        }
      }
    }
    if (kinds.isEmpty()) {
      return "";
    }
    List<String> named = new ArrayList<>();
    for (String kind : kinds) {
      named.add(withArticle(kind));
    }
    return " (it has " + String.join(" and ", named) + " '" + missing.value() + "')";
  }

  /** A kind of entity after its indefinite article, for messages: {@code an activity}, {@code a site}. */
  static String withArticle(String kind) {
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }

  /** Returns the index of the entity with this id in the programme's list, or -1. */
  int indexOf(Programme programme, EntityId entityId) {
    ImmutableList<T> entities = entities(programme);
    for (int i = 0; i < entities.size(); i++) {
      if (id.apply(entities.get(i)).equals(entityId)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns a checked programme whose list is replaced by the given one; the rest is kept. */
  Programme with(Programme programme, List<?> entities) {
    List<T> typed = new ArrayList<>(entities.size());
    for (Object entity : entities) {
      typed.add(type.cast(entity));
    }
    Programme.Builder builder = Programme.builder().from(programme);
    set.accept(builder, typed);
    return builder.build();
  }
}
