package org.sprp.core.actor;

import org.immutables.value.Value;
import org.sprp.core.Entity;
import org.sprp.core.MeetingId;
import org.sprp.core.OrganisationId;
import org.sprp.core.internal.Checks;
import org.sprp.core.time.Timing;

/**
 * A meeting of a governance body, such as the Project Advisory Committee meeting of 21 April
 * 2015. The decisions it took refer to it with {@link Decision#meeting()}.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Entity) could copy only the covariant id, so there is none
public abstract class Meeting implements Entity {

  Meeting() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of the meeting.
   *
   * @return the id, not null
   */
  public abstract MeetingId id();

  /**
   * Returns the title of the meeting.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the body that met, such as the Project Advisory Committee.
   *
   * @return the organisation, not null
   */
  public abstract OrganisationId body();

  /**
   * Returns when the meeting took place.
   *
   * @return the timing, such as {@code 2015-04-21}
   */
  public abstract Timing timing();

  @Value.Check
  void check() {
    Checks.notBlank(title(), "Meeting", id(), "title");
  }

  /** Builds a {@link Meeting}; {@code id}, {@code title}, {@code body} and {@code timing} are required. */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}

    /**
     * Builds the meeting from what was given, checking it.
     *
     * @return the meeting, not null
     * @throws IllegalStateException if {@code id}, {@code title}, {@code body} or {@code timing} was not given
     * @throws IllegalArgumentException if a value given breaks a rule of the meeting, named in the message
     */
    @Override
    public Meeting build() {
      return super.build();
    }
  }
}
