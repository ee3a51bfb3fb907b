package org.sprp.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A component of the programme, such as C1, with the partner that leads it on the Chinese side.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Entity) could copy only the covariant id, so there is none
public abstract class Component implements Entity {

  Component() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of the component.
   *
   * @return the id, such as {@code c1}
   */
  public abstract ComponentId id();

  /**
   * Returns the name of the component.
   *
   * @return the name, not null
   */
  public abstract BilingualName name();

  /**
   * Returns the organisation that leads the component, such as NDRC for C1.
   *
   * @return the leading organisation, or empty when not known
   */
  public abstract Optional<OrganisationId> lead();

  /** Builds a {@link Component}; {@code id} and {@code name} are required. */
  public static final class Builder extends ImmutableComponent.Builder {
    Builder() {}

    /**
     * Builds the component from what was given, checking it.
     *
     * @return the component, not null
     * @throws IllegalStateException if {@code id} or {@code name} was not given
     * @throws IllegalArgumentException if a value given breaks a rule of the component, named in the message
     */
    @Override
    public Component build() {
      return super.build();
    }
  }
}
