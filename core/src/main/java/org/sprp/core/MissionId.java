package org.sprp.core;

/**
 * The id of a {@link org.sprp.core.activity.Mission} (a field visit), unique among the missions of a programme.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MissionId extends EntityId {

  private MissionId(String value) {
    super("mission", value);
  }

  /**
   * Returns the id of a mission with the given text.
   *
   * @param value the id text, not null: lower-case letters, digits and hyphens, starting with a
   *     letter or digit
   * @return the id, not null
   * @throws IllegalArgumentException if the text does not follow the id rule
   */
  public static MissionId of(String value) {
    return new MissionId(value);
  }
}
