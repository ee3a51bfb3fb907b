package org.sprp.core.activity;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.sprp.core.PlaceId;
import org.sprp.core.time.Timing;

/**
 * One stop of a mission's itinerary: the place visited, when where known, and what was done there.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MissionStop {

  MissionStop() {}

  /**
   * Returns a stop with no date and no engagements.
   *
   * @param place the place visited, not null
   * @return the stop, not null
   */
  public static MissionStop of(PlaceId place) {
    return builder().place(place).build();
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
   * Returns the place visited.
   *
   * @return the place, not null
   */
  public abstract PlaceId place();

  /**
   * Returns when the place was visited.
   *
   * @return the timing, or empty when not known
   */
  public abstract Optional<Timing> timing();

  /**
   * Returns what the mission did at this stop.
   *
   * @return the engagements, possibly empty, in order
   */
  public abstract ImmutableList<Engagement> engagements();

  /** Builds a {@link MissionStop}; {@code place} is required. */
  public static final class Builder extends ImmutableMissionStop.Builder {
    Builder() {}

    /**
     * Builds the stop from what was given, checking it.
     *
     * @return the stop, not null
     * @throws IllegalStateException if {@code place} was not given
     * @throws IllegalArgumentException if a value given breaks a rule of the stop, named in the message
     */
    @Override
    public MissionStop build() {
      return super.build();
    }
  }
}
