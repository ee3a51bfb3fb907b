package org.sprp.core;

/**
 * The id of a {@link org.sprp.core.activity.KnowledgeActivity}, such as {@code training-spain-2016}, unique among the activitys of a programme.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActivityId extends EntityId {

  private ActivityId(String value) {
    super("activity", value);
  }

  /**
   * Returns the id of an activity with the given text.
   *
   * @param value the id text, not null: lower-case letters, digits and hyphens, starting with a
   *     letter or digit
   * @return the id, not null
   * @throws IllegalArgumentException if the text does not follow the id rule
   */
  public static ActivityId of(String value) {
    return new ActivityId(value);
  }
}
