package org.sprp.core.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.sprp.core.EntityId;

/**
 * One entity added, removed or changed between two versions of a programme, with the fields that
 * changed. Part of a {@link ProgrammeDiff}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EntityChange {

  /** What happened to the entity. */
  public enum Type {
    /** The entity is in the new version only. */
    ADDED,
    /** The entity is in the old version only. */
    REMOVED,
    /** The entity is in both, with different fields. */
    CHANGED
  }

  private final Type type;
  private final EntityId id;
  private final String path;
  private final ImmutableList<FieldChange> fields;

  EntityChange(Type type, EntityId id, String path, ImmutableList<FieldChange> fields) {
    this.type = requireNonNull(type, "type");
    this.id = requireNonNull(id, "id");
    this.path = requireNonNull(path, "path");
    this.fields = requireNonNull(fields, "fields");
  }

  /**
   * Returns what happened to the entity.
   *
   * @return the type of change, not null
   */
  public Type type() {
    return type;
  }

  /**
   * Returns the id of the entity.
   *
   * @return the id, not null
   */
  public EntityId id() {
    return id;
  }

  /**
   * Returns the path of the entity, as in {@link org.sprp.core.Problem} paths.
   *
   * @return the path, such as {@code activities[training-in-situ-2016-02]}, or {@code programme}
   *     for the programme's own id and name
   */
  public String path() {
    return path;
  }

  /**
   * Returns the fields that changed, in the order the entity's type declares them.
   *
   * @return the field changes, empty for an added or removed entity
   */
  public ImmutableList<FieldChange> fields() {
    return fields;
  }

  /**
   * Entity changes are equal when their types, ids, paths and field changes are equal.
   *
   * @param obj the other object, may be null
   * @return true if the other object is an equal change
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof EntityChange
        && ((EntityChange) obj).type == type
        && ((EntityChange) obj).id.equals(id)
        && ((EntityChange) obj).path.equals(path)
        && ((EntityChange) obj).fields.equals(fields);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(type, id, path, fields);
  }

  /**
   * Returns the change as text: {@code + path} for an added entity, {@code - path} for a removed
   * one, {@code ~ path} for a changed one followed by one indented line a field.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(type == Type.ADDED ? "+ " : type == Type.REMOVED ? "- " : "~ ").append(path);
    for (FieldChange field : fields) {
      text.append("\n    ").append(field);
    }
    return text.toString();
  }
}
