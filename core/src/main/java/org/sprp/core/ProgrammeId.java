package org.sprp.core;

/**
 * The id of a {@link Programme}, such as {@code sprp}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgrammeId extends EntityId {

  private ProgrammeId(String value) {
    super("programme", value);
  }

  /**
   * Returns the id of a programme with the given text.
   *
   * @param value the id text, not null: lower-case letters, digits and hyphens, starting with a
   *     letter or digit
   * @return the id, not null
   * @throws IllegalArgumentException if the text does not follow the id rule
   */
  public static ProgrammeId of(String value) {
    return new ProgrammeId(value);
  }
}
