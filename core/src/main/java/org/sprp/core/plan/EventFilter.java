package org.sprp.core.plan;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.ThemeId;
import org.sprp.core.time.Timing;

/**
 * Which events of a timeline to keep: every criterion given must hold, and a criterion left out
 * keeps every event. For example the planned and scheduled events of the Luzhou site in 2016:
 *
 * <pre>{@code
 * EventFilter.builder().site(SiteId.of("luzhou")).addStatuses(Status.PLANNED, Status.SCHEDULED)
 *     .window(Timing.parse("2016")).build();
 * }</pre>
 *
 * <p>An event concerns a province when one of its places or one of its sites' places is that
 * province or lies in it; it concerns an organisation that initiates, takes part in, is met by (a
 * mission) or organises it (an activity). It lies in the window when its timing overlaps the
 * window ({@link Timing#overlaps}); an event with no timing never does.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EventFilter {

  EventFilter() {}

  /**
   * Returns a new builder, which builds a filter that keeps every event until criteria are added.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the site the events must concern.
   *
   * @return the site, or empty for any
   */
  public abstract Optional<SiteId> site();

  /**
   * Returns the theme the events must deal with.
   *
   * @return the theme, or empty for any
   */
  public abstract Optional<ThemeId> theme();

  /**
   * Returns the province-level division the events must concern.
   *
   * @return the province, or empty for any
   */
  public abstract Optional<PlaceId> province();

  /**
   * Returns the organisation the events must concern.
   *
   * @return the organisation, or empty for any
   */
  public abstract Optional<OrganisationId> organisation();

  /**
   * Returns the statuses the events may have.
   *
   * @return the statuses, empty for any
   */
  public abstract ImmutableSet<Status> statuses();

  /**
   * Returns the window the events' timings must overlap.
   *
   * @return the window, or empty for any time, including no timing
   */
  public abstract Optional<Timing> window();

  /** Builds an {@link EventFilter}; every criterion is optional. */
  public static final class Builder extends ImmutableEventFilter.Builder {
    Builder() {}

    /**
     * Builds the filter from what was given, checking it.
     *
     * @return the filter, not null
     */
    @Override
    public EventFilter build() {
      return super.build();
    }
  }
}
