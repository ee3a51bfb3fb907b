package org.sprp.core.actor;

import java.util.Optional;
import org.immutables.value.Value;
import org.sprp.core.BilingualName;
import org.sprp.core.Entity;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;

/**
 * A body that takes part in the programme: a ministry such as NDRC, the Project Advisory
 * Committee, the EU delegation, the C1 team, a city government, a service centre or a company.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Entity) could copy only the covariant id, so there is none
public abstract class Organisation implements Entity {

  Organisation() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of the organisation.
   *
   * @return the id, such as {@code ndrc}
   */
  public abstract OrganisationId id();

  /**
   * Returns the name of the organisation in English and, where known, Chinese.
   *
   * @return the name, not null
   */
  public abstract BilingualName name();

  /**
   * Returns what kind of body the organisation is.
   *
   * @return the kind, not null
   */
  public abstract OrganisationKind kind();

  /**
   * Returns where the organisation is, such as Luzhou for its city government.
   *
   * @return the place, or empty when not known or not relevant
   */
  public abstract Optional<PlaceId> place();

  /** Builds an {@link Organisation}; {@code id}, {@code name} and {@code kind} are required. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}

    /**
     * Builds the organisation from what was given, checking it.
     *
     * @return the organisation, not null
     * @throws IllegalStateException if {@code id}, {@code name} or {@code kind} was not given
     * @throws IllegalArgumentException if a value given breaks a rule of the organisation, named in the message
     */
    @Override
    public Organisation build() {
      return super.build();
    }
  }
}
