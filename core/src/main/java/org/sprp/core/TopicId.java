package org.sprp.core;

/**
 * The id of a {@link Topic} of knowledge sharing, unique among the topics of a programme.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TopicId extends EntityId {

  private TopicId(String value) {
    super("topic", value);
  }

  /**
   * Returns the id of a topic with the given text.
   *
   * @param value the id text, not null: lower-case letters, digits and hyphens, starting with a
   *     letter or digit
   * @return the id, not null
   * @throws IllegalArgumentException if the text does not follow the id rule
   */
  public static TopicId of(String value) {
    return new TopicId(value);
  }
}
