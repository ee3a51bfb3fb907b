package org.sprp.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.sprp.core.internal.Checks;

/**
 * The typed id of an entity of a programme: a {@link SiteId} cannot be passed where an {@link
 * ActivityId} is wanted. Every id follows one rule: it is non-blank and matches {@code
 * [a-z0-9][a-z0-9-]*}, so it is safe in a file name, a URL or a JSON Pointer, and it is unique
 * among the entities of its kind within a programme.
 *
 * <p>Ids of different kinds are never equal, even with the same text. They are ordered by kind,
 * then by text.
 *
 * <p>This class is immutable and thread-safe. It is a value type: do not synchronize on it, rely
 * on its identity hash code or use the distinction between {@code equals()} and {@code ==}.
 */
public abstract sealed class EntityId implements Comparable<EntityId>
    permits ProgrammeId,
        ComponentId,
        ThemeId,
        TopicId,
        PlaceId,
        OrganisationId,
        MeetingId,
        DecisionId,
        SiteId,
        MissionId,
        RequestId,
        ActivityId {

  private final String kind;
  private final String value;
  private final int hash;

  EntityId(String kind, String value) {
    if (value == null) {
      // Not requireNonNull(value, kind + " id"), which would make its message for every valid id.
      throw new NullPointerException(kind + " id");
    }
    // A valid id is never blank: the blank check, and its message, only matter for an invalid one.
    if (value.isEmpty() || invalidAt(value) >= 0) {
      checkArgument(!value.isBlank(), "%s id must not be blank", kind);
      int index = invalidAt(value);
      throw new IllegalArgumentException(kind + " id " + Checks.quote(value) + " is invalid at index " + index
          + ", " + Checks.character(value, index) + ": an id is lower-case letters a-z, digits 0-9 and hyphens, "
          + "starting with a letter or digit");
    }
    this.kind = kind;
    this.value = value;
    this.hash = 31 * kind.hashCode() + value.hashCode();
  }

  /** Returns the index of the first character a non-empty id may not have there, or -1 if it is valid. */
  private static int invalidAt(String value) {
    if (!isLetterOrDigit(value.charAt(0))) {
      return 0;
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '-') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * Returns the kind of entity this id names, in lower case: {@code site}, {@code activity}...
   *
   * @return the kind, not null
   */
  public final String kind() {
    return kind;
  }

  /**
   * Returns the id text.
   *
   * @return the id text, not null, such as {@code luzhou}
   */
  public final String value() {
    return value;
  }

  /**
   * Compares by kind, then by id text.
   *
   * @param other the other id, not null
   * @return negative, zero or positive as this id sorts before, with or after the other
   */
  @Override
  public final int compareTo(EntityId other) {
    // By kind, then text, compared directly rather than through a chain of key extractors: the
    // writer compares the elements of every set it writes.
    int byKind = kind == other.kind ? 0 : kind.compareTo(other.kind);
    return byKind != 0 ? byKind : value.compareTo(other.value);
  }

  /**
   * Ids are equal when they are of the same kind and have the same text.
   *
   * @param obj the other object, may be null
   * @return true if the other object is an equal id
   */
  @Override
  public final boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof EntityId
        && ((EntityId) obj).hash == hash
        && ((EntityId) obj).kind.equals(kind)
        && ((EntityId) obj).value.equals(value);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    return hash;
  }

  /**
   * Returns the id text, as given to the factory {@code of}.
   *
   * @return the id text, such as {@code luzhou}
   */
  @Override
  public final String toString() {
    return value;
  }
}
