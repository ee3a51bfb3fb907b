package org.sprp.core.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sprp.core.ActivityId;
import org.sprp.core.Entity;
import org.sprp.core.EntityId;
import org.sprp.core.InvalidProgrammeException;
import org.sprp.core.MissionId;
import org.sprp.core.Programme;
import org.sprp.core.Status;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.Mission;
import org.sprp.core.time.Timing;

/**
 * Edits of a programme, each returning a new programme, checked as any programme is built; the
 * programme passed in is never changed. For example:
 *
 * <pre>{@code
 * Programme next = Edits.changeStatus(programme, ActivityId.of("training-in-situ-2016-02"), Status.SCHEDULED);
 * next = Edits.reschedule(next, ActivityId.of("training-in-situ-2016-02"), Timing.parse("2016-02-15"));
 * }</pre>
 *
 * <p>Entities are any of the eleven kinds a programme lists (component, theme, topic, place,
 * organisation, meeting, decision, site, mission, request, activity); an added entity goes to the
 * end of its list, a replaced one keeps its position. {@link #changeStatus(Programme, ActivityId,
 * Status) changeStatus} follows the {@link Lifecycle}; {@link #replace(Programme, Entity) replace}
 * takes the new entity as it is, status and timing included, so that a status recorded by mistake
 * can be corrected.
 * An edit that leaves a reference unresolved throws the {@link InvalidProgrammeException} of the
 * build, naming every problem; removing an entity still referred to throws an {@link
 * EntityInUseException} naming every referrer. Each edit costs O(n): the programme is rebuilt.
 */
public final class Edits {

  private Edits() {}

  /**
   * Returns the programme with one more entity, at the end of its list.
   *
   * @param programme the programme, not null
   * @param entity the entity, not null: a component, theme, topic, place, organisation, meeting,
   *     decision, site, mission, request or activity
   * @return the new programme, checked
   * @throws IllegalArgumentException if the entity is not of one of those eleven types (see {@link
   *     Entity}), or its id is already used in its list
   * @throws InvalidProgrammeException if one of its references does not resolve
   */
  public static Programme add(Programme programme, Entity entity) {
    requireNonNull(programme, "programme");
    requireNonNull(entity, "entity");
    Catalogue<?> catalogue = Catalogue.of(entity);
    EntityId id = catalogue.idOf(entity);
    if (catalogue.indexOf(programme, id) >= 0) {
      throw new IllegalArgumentException(catalogue.path(id) + ": the programme already has "
          + Catalogue.withArticle(catalogue.kind) + " with id '" + id + "'; replace it instead");
    }
    List<Object> entities = new ArrayList<>(catalogue.entities(programme));
    entities.add(entity);
    return catalogue.with(programme, entities);
  }

  /**
   * Returns the programme with an entity replaced by another of the same kind and id, at the same
   * position. The new entity is taken as it is: its status need not follow the {@link Lifecycle},
   * which only {@code changeStatus} enforces, so that a mistake can be corrected.
   *
   * @param programme the programme, not null
   * @param entity the new entity, not null, with the id of the one it replaces
   * @return the new programme, checked
   * @throws IllegalArgumentException if the entity is not of one of the eleven types of {@link
   *     Entity}, or the programme has none with its id
   * @throws InvalidProgrammeException if one of its references does not resolve
   */
  public static Programme replace(Programme programme, Entity entity) {
    requireNonNull(programme, "programme");
    requireNonNull(entity, "entity");
    Catalogue<?> catalogue = Catalogue.of(entity);
    int index = indexOf(programme, catalogue, catalogue.idOf(entity), "replace");
    List<Object> entities = new ArrayList<>(catalogue.entities(programme));
    entities.set(index, entity);
    return catalogue.with(programme, entities);
  }

  /**
   * Returns the programme without an entity, which nothing may refer to.
   *
   * @param programme the programme, not null
   * @param id the id of the entity, not null
   * @return the new programme, checked
   * @throws IllegalArgumentException if the id is the programme's own or the programme has no such
   *     entity
   * @throws EntityInUseException if other entities refer to it, naming every referrer
   */
  public static Programme remove(Programme programme, EntityId id) {
    requireNonNull(programme, "programme");
    requireNonNull(id, "id");
    Catalogue<?> catalogue = Catalogue.ofId(id);
    int index = indexOf(programme, catalogue, id, "remove");
    ImmutableList<String> referrers = Referrers.of(programme, id);
    if (!referrers.isEmpty()) {
      throw new EntityInUseException(id, referrers);
    }
    List<Object> entities = new ArrayList<>(catalogue.entities(programme));
    entities.remove(index);
    return catalogue.with(programme, entities);
  }

  /**
   * Returns the programme with a mission moved to a new timing; its status is kept, whatever it is.
   * Moving it to its current timing returns the programme unchanged.
   *
   * @param programme the programme, not null
   * @param mission the mission, not null
   * @param timing the new timing, not null
   * @return the new programme, checked
   * @throws IllegalArgumentException if the programme has no such mission, or a stop's timing does
   *     not lie within the new timing
   */
  public static Programme reschedule(Programme programme, MissionId mission, Timing timing) {
    requireNonNull(timing, "timing");
    Mission current = mission(programme, mission);
    if (current.timing().equals(Optional.of(timing))) {
      return programme;
    }
    return replace(programme, Mission.builder().from(current).timing(timing).build());
  }

  /**
   * Returns the programme with an activity moved to a new timing; its status is kept, whatever it
   * is. Moving it to its current timing returns the programme unchanged.
   *
   * @param programme the programme, not null
   * @param activity the activity, not null
   * @param timing the new timing, not null
   * @return the new programme, checked
   * @throws IllegalArgumentException if the programme has no such activity
   */
  public static Programme reschedule(Programme programme, ActivityId activity, Timing timing) {
    requireNonNull(timing, "timing");
    KnowledgeActivity current = activity(programme, activity);
    if (current.timing().equals(Optional.of(timing))) {
      return programme;
    }
    return replace(programme, KnowledgeActivity.builder().from(current).timing(timing).build());
  }

  /**
   * Returns the programme with a mission in a new status, as the {@link Lifecycle} allows. Changing
   * to the current status returns the programme unchanged.
   *
   * @param programme the programme, not null
   * @param mission the mission, not null
   * @param status the new status, not null
   * @return the new programme, checked
   * @throws IllegalArgumentException if the programme has no such mission, or the lifecycle does
   *     not allow the change
   */
  public static Programme changeStatus(Programme programme, MissionId mission, Status status) {
    Mission current = mission(programme, mission);
    if (!checkTransition("missions[" + mission + "]", current.status(), status)) {
      return programme;
    }
    return replace(programme, Mission.builder().from(current).status(status).build());
  }

  /**
   * Returns the programme with an activity in a new status, as the {@link Lifecycle} allows.
   * Changing to the current status returns the programme unchanged.
   *
   * @param programme the programme, not null
   * @param activity the activity, not null
   * @param status the new status, not null
   * @return the new programme, checked
   * @throws IllegalArgumentException if the programme has no such activity, or the lifecycle does
   *     not allow the change
   */
  public static Programme changeStatus(Programme programme, ActivityId activity, Status status) {
    KnowledgeActivity current = activity(programme, activity);
    if (!checkTransition("activities[" + activity + "]", current.status(), status)) {
      return programme;
    }
    return replace(programme, KnowledgeActivity.builder().from(current).status(status).build());
  }

  /** Returns false for no change, true for an allowed one, and fails for one the lifecycle forbids. */
  private static boolean checkTransition(String path, Status from, Status to) {
    requireNonNull(to, "status");
    if (from == to) {
      return false;
    }
    if (!Lifecycle.allows(from, to)) {
      throw new IllegalArgumentException(path + ".status: cannot change from " + EntityFields.text(from)
          + " to " + EntityFields.text(to) + "; allowed from " + EntityFields.text(from) + ": "
          + Lifecycle.describeNext(from));
    }
    return true;
  }

  private static Mission mission(Programme programme, MissionId id) {
    requireNonNull(programme, "programme");
    requireNonNull(id, "mission");
    return programme.mission(id).orElseThrow(() ->
        new IllegalArgumentException("missions[" + id + "]: the programme has no mission '" + id + "'"
            + Catalogue.sameTextElsewhere(programme, id)));
  }

  private static KnowledgeActivity activity(Programme programme, ActivityId id) {
    requireNonNull(programme, "programme");
    requireNonNull(id, "activity");
    return programme.activity(id).orElseThrow(() ->
        new IllegalArgumentException("activities[" + id + "]: the programme has no activity '" + id + "'"
            + Catalogue.sameTextElsewhere(programme, id)));
  }

  private static int indexOf(Programme programme, Catalogue<?> catalogue, EntityId id, String edit) {
    int index = catalogue.indexOf(programme, id);
    if (index < 0) {
      throw new IllegalArgumentException(catalogue.path(id) + ": the programme has no " + catalogue.kind
          + " with id '" + id + "' to " + edit + Catalogue.sameTextElsewhere(programme, id));
    }
    return index;
  }
}
