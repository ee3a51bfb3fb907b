package org.sprp.core;

/**
 * The id of a {@link Component} of a programme, such as {@code c1}, unique among the components of a programme.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComponentId extends EntityId {

  private ComponentId(String value) {
    super("component", value);
  }

  /**
   * Returns the id of a component with the given text.
   *
   * @param value the id text, not null: lower-case letters, digits and hyphens, starting with a
   *     letter or digit
   * @return the id, not null
   * @throws IllegalArgumentException if the text does not follow the id rule
   */
  public static ComponentId of(String value) {
    return new ComponentId(value);
  }
}
