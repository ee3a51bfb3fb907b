package org.sprp.core;

/**
 * The id of a {@link org.sprp.core.activity.PilotSite}, such as {@code luzhou}, unique among the sites of a programme.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SiteId extends EntityId {

  private SiteId(String value) {
    super("site", value);
  }

  /**
   * Returns the id of a site with the given text.
   *
   * @param value the id text, not null: lower-case letters, digits and hyphens, starting with a
   *     letter or digit
   * @return the id, not null
   * @throws IllegalArgumentException if the text does not follow the id rule
   */
  public static SiteId of(String value) {
    return new SiteId(value);
  }
}
