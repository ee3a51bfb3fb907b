package org.sprp.core.activity;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.sprp.core.Entity;
import org.sprp.core.EntityId;
import org.sprp.core.PlaceId;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.ThemeId;
import org.sprp.core.time.Timing;

/**
 * What a timeline needs of anything that happens in the programme: a {@link Mission} or a {@link
 * KnowledgeActivity}, and nothing else (the interface is sealed). Queries and reports treat both
 * through this interface.
 */
public sealed interface TimelineEvent extends Entity permits Mission, KnowledgeActivity {

  /**
   * Returns the id of the event.
   *
   * @return the id, not null
   */
  EntityId id();

  /**
   * Returns the title of the event.
   *
   * @return the title, not blank
   */
  String title();

  /**
   * Returns when the event takes place, as precisely as it is known.
   *
   * @return the timing, or empty when not known at all ("at a later stage")
   */
  Optional<Timing> timing();

  /**
   * Returns where the event stands in its lifecycle.
   *
   * @return the status, not null
   */
  Status status();

  /**
   * Returns the places the event takes place in.
   *
   * @return the places, possibly empty, in order
   */
  ImmutableSet<PlaceId> places();

  /**
   * Returns the pilot sites the event concerns.
   *
   * @return the sites, possibly empty, in id order
   */
  ImmutableSet<SiteId> sites();

  /**
   * Returns the themes the event deals with.
   *
   * @return the themes, possibly empty, in id order
   */
  ImmutableSet<ThemeId> themes();
}
