package org.sprp.core;

/**
 * The id of a {@link org.sprp.core.place.Place}, such as {@code luzhou}, unique among the places of a programme.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlaceId extends EntityId {

  private PlaceId(String value) {
    super("place", value);
  }

  /**
   * Returns the id of a place with the given text.
   *
   * @param value the id text, not null: lower-case letters, digits and hyphens, starting with a
   *     letter or digit
   * @return the id, not null
   * @throws IllegalArgumentException if the text does not follow the id rule
   */
  public static PlaceId of(String value) {
    return new PlaceId(value);
  }
}
