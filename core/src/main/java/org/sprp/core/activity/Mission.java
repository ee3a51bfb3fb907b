package org.sprp.core.activity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sprp.core.MissionId;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.ThemeId;
import org.sprp.core.internal.Checks;
import org.sprp.core.time.Timing;

/**
 * A mission: a field visit with an ordered itinerary of stops, such as the visit of September 2015
 * to Luzhou and Chengdu at the initiative of NDRC, with the EU delegation taking part.
 *
 * <p>A mission has at least one stop, and a stop's timing lies within the mission's timing when
 * both are given. Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(TimelineEvent) cannot copy the covariant id; from(Mission) does
public abstract non-sealed class Mission implements TimelineEvent {

  Mission() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of the mission.
   *
   * @return the id, not null
   */
  @Override
  public abstract MissionId id();

  /**
   * Returns the title of the mission.
   *
   * @return the title, not blank
   */
  @Override
  public abstract String title();

  /**
   * Returns the organisation at whose initiative the mission took place.
   *
   * @return the initiator, such as NDRC
   */
  public abstract OrganisationId initiator();

  /**
   * Returns the organisations that took part, besides the initiator.
   *
   * @return the participants, possibly empty, in id order
   */
  public abstract ImmutableSet<OrganisationId> participants();

  /**
   * Returns what the mission aimed at, one purpose a line.
   *
   * @return the purposes, possibly empty, in order
   */
  public abstract ImmutableList<String> purposes();

  /**
   * Returns the itinerary.
   *
   * @return the stops, never empty, in the order visited
   */
  public abstract ImmutableList<MissionStop> stops();

  /**
   * Returns the pilot sites the mission concerns.
   *
   * @return the sites, possibly empty, in id order
   */
  @Override
  public abstract ImmutableSet<SiteId> sites();

  /**
   * Returns the themes the mission deals with.
   *
   * @return the themes, possibly empty, in id order
   */
  @Override
  public abstract ImmutableSet<ThemeId> themes();

  /**
   * Returns where the mission stands.
   *
   * @return the status, not null
   */
  @Override
  public abstract Status status();

  /**
   * Returns when the mission takes place.
   *
   * @return the timing, such as {@code 2015-09}, or empty when not known
   */
  @Override
  public abstract Optional<Timing> timing();

  /**
   * Returns the places of the itinerary, each once, in the order first visited.
   *
   * @return the places, never empty
   */
  @Override
  public ImmutableSet<PlaceId> places() {
    ImmutableSet.Builder<PlaceId> places = ImmutableSet.builderWithExpectedSize(stops().size());
    for (MissionStop stop : stops()) {
      places.add(stop.place());
    }
    return places.build();
  }

  /**
   * Holds every set in natural order (ids by kind, then text; enum constants as declared),
   * whatever order the builder was given, so that equal values iterate, print and are written alike.
   */
  @Value.Check
  Mission inNaturalOrder() {
    if (Checks.isInNaturalOrder(participants())
        && Checks.isInNaturalOrder(sites())
        && Checks.isInNaturalOrder(themes())) {
      return this;
    }
    return builder().from(this)
        .participants(Checks.inNaturalOrder(participants()))
        .sites(Checks.inNaturalOrder(sites()))
        .themes(Checks.inNaturalOrder(themes()))
        .build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(title(), "Mission", id(), "title");
    Checks.noneBlank(purposes(), "Mission", id(), "purposes");
    Checks.notEmpty(stops(), "Mission", id(), "stops", "a mission has at least one stop");
    if (timing().isPresent()) {
      List<String> outside = new ArrayList<>();
      for (int i = 0; i < stops().size(); i++) {
        Optional<Timing> stopTiming = stops().get(i).timing();
        if (stopTiming.isPresent() && !timing().get().contains(stopTiming.get())) {
          outside.add("stops[" + i + "].timing " + stopTiming.get());
        }
      }
      if (!outside.isEmpty()) {
        // Every stop outside, and the mission's timing first: rescheduling a mission lands here too.
        throw Checks.invalid("Mission", id(), "timing " + timing().get() + " must contain the timing of each stop; "
            + String.join(" and ", outside) + (outside.size() == 1 ? " lies" : " lie") + " outside it");
      }
    }
  }

  /**
   * Builds a {@link Mission}; {@code id}, {@code title}, {@code initiator}, {@code status} and one
   * stop are required. {@code from(Mission)} copies every attribute of a mission; {@code
   * from(TimelineEvent)} copies only what every event has (title, status, timing, sites, themes),
   * so that a mission can start from an activity's.
   */
  public static final class Builder extends ImmutableMission.Builder {
    Builder() {}

    /**
     * Builds the mission from what was given, checking it.
     *
     * @return the mission, not null
     * @throws IllegalStateException if {@code id}, {@code title}, {@code initiator} or {@code status} was not given
     * @throws IllegalArgumentException if a value given breaks a rule of the mission, named in the message
     */
    @Override
    public Mission build() {
      return super.build();
    }
  }
}
