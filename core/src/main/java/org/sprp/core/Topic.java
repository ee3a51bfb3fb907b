package org.sprp.core;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import org.sprp.core.internal.Checks;

/**
 * A subject of knowledge sharing that a province can request and an activity can cover, such as
 * "Building IT systems for social security and fund raising", linked to the themes it serves.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Entity) could copy only the covariant id, so there is none
public abstract class Topic implements Entity {

  Topic() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of the topic.
   *
   * @return the id, not null
   */
  public abstract TopicId id();

  /**
   * Returns the name of the topic.
   *
   * @return the name, not null
   */
  public abstract BilingualName name();

  /**
   * Returns the themes the topic serves.
   *
   * @return the themes, possibly empty, in id order
   */
  public abstract ImmutableSet<ThemeId> themes();

  /**
   * Holds every set in natural order (ids by kind, then text; enum constants as declared),
   * whatever order the builder was given, so that equal values iterate, print and are written alike.
   */
  @Value.Check
  Topic inNaturalOrder() {
    if (Checks.isInNaturalOrder(themes())) {
      return this;
    }
    return builder().from(this)
        .themes(Checks.inNaturalOrder(themes()))
        .build();
  }

  /** Builds a {@link Topic}; {@code id} and {@code name} are required. */
  public static final class Builder extends ImmutableTopic.Builder {
    Builder() {}

    /**
     * Builds the topic from what was given, checking it.
     *
     * @return the topic, not null
     * @throws IllegalStateException if {@code id} or {@code name} was not given
     * @throws IllegalArgumentException if a value given breaks a rule of the topic, named in the message
     */
    @Override
    public Topic build() {
      return super.build();
    }
  }
}
