package org.sprp.core;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import org.immutables.value.Value;

/**
 * A subject of knowledge sharing that a province can request and an activity can cover, such as
 * "Building IT systems for social security and fund raising", linked to the themes it serves.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Topic {

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
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<ThemeId> themes();

  /** Builds a {@link Topic}; {@code id} and {@code name} are required. */
  public static final class Builder extends ImmutableTopic.Builder {
    Builder() {}
  }
}
