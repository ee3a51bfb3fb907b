package org.sprp.core.activity;

import java.util.Optional;
import org.immutables.value.Value;
import org.sprp.core.OrganisationId;
import org.sprp.core.internal.Checks;

/**
 * Something a mission does at one of its stops, such as "Meeting with city government officials"
 * or "Visit to the social security community centre", with the organisation it meets where known.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Engagement {

  Engagement() {}

  /**
   * Returns an engagement with no named counterpart.
   *
   * @param description what was done, not blank
   * @return the engagement, not null
   * @throws IllegalArgumentException if the description is blank
   */
  public static Engagement of(String description) {
    return builder().description(description).build();
  }

  /**
   * Returns an engagement with the organisation it meets.
   *
   * @param description what was done, not blank
   * @param counterpart the organisation met or visited, not null
   * @return the engagement, not null
   * @throws IllegalArgumentException if the description is blank
   */
  public static Engagement of(String description, OrganisationId counterpart) {
    return builder().description(description).counterpart(counterpart).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what was done.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Returns the organisation met or visited.
   *
   * @return the organisation, or empty when not named
   */
  public abstract Optional<OrganisationId> counterpart();

  @Value.Check
  void check() {
    Checks.notBlank(description(), "Engagement", null, "description");
  }

  /** Builds an {@link Engagement}; {@code description} is required. */
  public static final class Builder extends ImmutableEngagement.Builder {
    Builder() {}

    /**
     * Builds the engagement from what was given, checking it.
     *
     * @return the engagement, not null
     * @throws IllegalStateException if {@code description} was not given
     * @throws IllegalArgumentException if a value given breaks a rule of the engagement, named in the message
     */
    @Override
    public Engagement build() {
      return super.build();
    }
  }
}
