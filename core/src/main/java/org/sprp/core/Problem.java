package org.sprp.core;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One problem found when a {@link Programme} is built: where it is, as a path such as {@code
 * activities[training-spain-2016].sites[0]}, and what rule it breaks.
 *
 * <p>A path names an entity by its list and id ({@code sites[luzhou]}), then the field, with the
 * index of an element where the field is a list ({@code .themes[0]}). An entity whose id an
 * earlier entity of its list already has is named by {@code #} and its index instead ({@code
 * sites[#3].id}), since its id does not tell it apart.
 *
 * <p>This class is immutable and thread-safe, and serializable, as the {@link
 * InvalidProgrammeException} that holds it is.
 */
public final class Problem implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the problem is, as a path. */
  private final String path;
  /** The rule broken. */
  private final String message;

  private Problem(String path, String message) {
    this.path = requireNonNull(path, "path");
    this.message = requireNonNull(message, "message");
  }

  /**
   * Returns a problem.
   *
   * @param path where the problem is, not null
   * @param message the rule it breaks, not null
   * @return the problem, not null
   */
  public static Problem of(String path, String message) {
    return new Problem(path, message);
  }

  /**
   * Returns where the problem is.
   *
   * @return the path, such as {@code activities[training-spain-2016].sites[0]}
   */
  public String path() {
    return path;
  }

  /**
   * Returns what rule the value at the path breaks.
   *
   * @return the message, such as {@code unknown site 'nowhere'}
   */
  public String message() {
    return message;
  }

  /**
   * Problems are equal when their paths and messages are equal.
   *
   * @param obj the other object, may be null
   * @return true if the other object is an equal problem
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Problem
        && ((Problem) obj).path.equals(path)
        && ((Problem) obj).message.equals(message);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * path.hashCode() + message.hashCode();
  }

  /**
   * Returns the problem as text.
   *
   * @return {@code path: message}
   */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
