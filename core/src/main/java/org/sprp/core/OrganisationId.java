package org.sprp.core;

/**
 * The id of an {@link org.sprp.core.actor.Organisation}, such as {@code ndrc}, unique among the organisations of a programme.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OrganisationId extends EntityId {

  private OrganisationId(String value) {
    super("organisation", value);
  }

  /**
   * Returns the id of an organisation with the given text.
   *
   * @param value the id text, not null: lower-case letters, digits and hyphens, starting with a
   *     letter or digit
   * @return the id, not null
   * @throws IllegalArgumentException if the text does not follow the id rule
   */
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }
}
