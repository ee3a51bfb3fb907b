package org.sprp.core;

/**
 * The id of a governance {@link org.sprp.core.actor.Meeting}, unique among the meetings of a programme.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MeetingId extends EntityId {

  private MeetingId(String value) {
    super("meeting", value);
  }

  /**
   * Returns the id of a meeting with the given text.
   *
   * @param value the id text, not null: lower-case letters, digits and hyphens, starting with a
   *     letter or digit
   * @return the id, not null
   * @throws IllegalArgumentException if the text does not follow the id rule
   */
  public static MeetingId of(String value) {
    return new MeetingId(value);
  }
}
