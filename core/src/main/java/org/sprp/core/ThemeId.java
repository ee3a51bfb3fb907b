package org.sprp.core;

/**
 * The id of a {@link Theme}, such as {@code ageing-population}, unique among the themes of a programme.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ThemeId extends EntityId {

  private ThemeId(String value) {
    super("theme", value);
  }

  /**
   * Returns the id of a theme with the given text.
   *
   * @param value the id text, not null: lower-case letters, digits and hyphens, starting with a
   *     letter or digit
   * @return the id, not null
   * @throws IllegalArgumentException if the text does not follow the id rule
   */
  public static ThemeId of(String value) {
    return new ThemeId(value);
  }
}
