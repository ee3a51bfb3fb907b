package org.sprp.core.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.sprp.core.EntityId;
import org.sprp.core.Programme;

/**
 * What changed between two versions of a programme: the entities added, removed and changed, each
 * changed one with its fields old → new. Entities are matched by kind and id; a changed id is a
 * removal and an addition. For example:
 *
 * <pre>
 * 2 changes from sprp to sprp:
 * + activities[study-visit-2016]
 * ~ activities[training-in-situ-2016-02]
 *     status: planned → scheduled
 *     timing: 2016-02 → 2016-02-15
 * </pre>
 *
 * <p>The order is stable: the programme's own id and name first, then the lists in the order of
 * {@link Programme}'s accessors (components ... sites, missions, requests, activities), and within
 * a list by id text. The order of entities within a list is not compared. Every field of an entity
 * is compared, and two unequal entities always show the field that differs (see {@link
 * FieldChange} for the text of values). It costs O(n log n).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgrammeDiff {

  private final Programme before;
  private final Programme after;
  private final ImmutableList<EntityChange> changes;

  private ProgrammeDiff(Programme before, Programme after, ImmutableList<EntityChange> changes) {
    this.before = before;
    this.after = after;
    this.changes = changes;
  }

  /**
   * Compares two versions of a programme.
   *
   * @param before the old version, not null
   * @param after the new version, not null
   * @return the difference, empty when they are equal entity by entity; entities only put in
   *     another order within a list are not a change, though the programmes are then not equal
   *     and are written differently
   */
  public static ProgrammeDiff between(Programme before, Programme after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    ImmutableList.Builder<EntityChange> changes = ImmutableList.builder();
    ImmutableList.Builder<FieldChange> own = ImmutableList.builder();
    Map<String, EntityFields.Text> ownBefore = new LinkedHashMap<>();
    ownBefore.put("id", EntityFields.Text.plain(before.id().toString()));
    ownBefore.put("name", EntityFields.Text.name(before.name()));
    Map<String, EntityFields.Text> ownAfter = new LinkedHashMap<>();
    ownAfter.put("id", EntityFields.Text.plain(after.id().toString()));
    ownAfter.put("name", EntityFields.Text.name(after.name()));
    compare(ownBefore, ownAfter, own);
    ImmutableList<FieldChange> ownChanges = own.build();
    if (!ownChanges.isEmpty()) {
      changes.add(new EntityChange(EntityChange.Type.CHANGED, after.id(), "programme", ownChanges));
    }
    for (Catalogue<?> catalogue : Catalogue.ALL) {
      compare(catalogue, before, after, changes);
    }
    return new ProgrammeDiff(before, after, changes.build());
  }

  private static void compare(Catalogue<?> catalogue, Programme before, Programme after,
      ImmutableList.Builder<EntityChange> changes) {
    Map<String, Object> old = byId(catalogue, before);
    Map<String, Object> young = byId(catalogue, after);
    Map<String, Object> all = new TreeMap<>(old);
    all.putAll(young);
    for (Map.Entry<String, Object> entry : all.entrySet()) {
      Object was = old.get(entry.getKey());
      Object is = young.get(entry.getKey());
      EntityId id = catalogue.idOf(entry.getValue());
      String path = catalogue.path(id);
      if (was == null) {
        changes.add(new EntityChange(EntityChange.Type.ADDED, id, path, ImmutableList.of()));
      } else if (is == null) {
        changes.add(new EntityChange(EntityChange.Type.REMOVED, id, path, ImmutableList.of()));
      } else if (!was.equals(is)) {
        ImmutableList.Builder<FieldChange> fields = ImmutableList.builder();
        compare(catalogue.fieldsOf(was), catalogue.fieldsOf(is), fields);
        ImmutableList<FieldChange> changed = fields.build();
        if (changed.isEmpty()) {
          // Unequal entities have a field whose exact texts differ, unless EntityFields misses a field.
          throw new IllegalStateException(path + " changed in a field that EntityFields does not write");
        }
        changes.add(new EntityChange(EntityChange.Type.CHANGED, id, path, changed));
      }
    }
  }

  private static Map<String, Object> byId(Catalogue<?> catalogue, Programme programme) {
    Map<String, Object> entities = new TreeMap<>();
    for (Object entity : catalogue.entities(programme)) {
      entities.putIfAbsent(catalogue.idOf(entity).value(), entity);
    }
    return entities;
  }

  /**
   * Adds a change for each field whose texts differ: the readable texts where they differ, the
   * exact ones where only they do (values that read the same but are not equal).
   */
  private static void compare(Map<String, EntityFields.Text> before, Map<String, EntityFields.Text> after,
      ImmutableList.Builder<FieldChange> fields) {
    for (Map.Entry<String, EntityFields.Text> field : before.entrySet()) {
      EntityFields.Text was = field.getValue();
      EntityFields.Text is = after.get(field.getKey());
      if (!was.readable.equals(is.readable)) {
        fields.add(new FieldChange(field.getKey(), was.readable, is.readable));
      } else if (!was.exact.equals(is.exact)) {
        fields.add(new FieldChange(field.getKey(), was.exact, is.exact));
      }
    }
  }

  /**
   * Returns the changes, in the stable order of the class comment.
   *
   * @return the changes, empty when nothing changed
   */
  public ImmutableList<EntityChange> changes() {
    return changes;
  }

  /**
   * Tells whether nothing changed, entity by entity. The order of entities within a list is not
   * compared: to know whether a programme must be written again, compare it with {@code equals}.
   *
   * @return true if there is no change
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Returns the difference as text: a heading line, then each change (see {@link
   * EntityChange#toString()}), one a line.
   *
   * @return the text, such as {@code No change from sprp to sprp} when empty
   */
  @Override
  public String toString() {
    if (changes.isEmpty()) {
      return "No change from " + before.id() + " to " + after.id();
    }
    StringBuilder text = new StringBuilder().append(changes.size())
        .append(changes.size() == 1 ? " change from " : " changes from ")
        .append(before.id()).append(" to ").append(after.id()).append(':');
    for (EntityChange change : changes) {
      text.append('\n').append(change);
    }
    return text.toString();
  }
}
