package org.sprp.core.plan;

import com.google.common.collect.ImmutableList;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.actor.Decision;
import org.sprp.core.place.Place;

/**
 * Everything a programme says about one pilot site: where it stands, the decisions that name it,
 * the requests made on its behalf and its events in timeline order. Returned by {@link
 * Plan#concerning(org.sprp.core.SiteId)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SiteRecord {

  private final PilotSite site;
  private final Place place;
  private final Place province;
  private final ImmutableList<Decision> decisions;
  private final ImmutableList<KnowledgeRequest> requests;
  private final ImmutableList<TimelineEvent> events;

  SiteRecord(PilotSite site, Place place, Place province, ImmutableList<Decision> decisions,
      ImmutableList<KnowledgeRequest> requests, ImmutableList<TimelineEvent> events) {
    this.site = site;
    this.place = place;
    this.province = province;
    this.decisions = decisions;
    this.requests = requests;
    this.events = events;
  }

  /**
   * Returns the site.
   *
   * @return the site, not null
   */
  public PilotSite site() {
    return site;
  }

  /**
   * Returns the place the site stands in.
   *
   * @return the place, not null
   */
  public Place place() {
    return place;
  }

  /**
   * Returns the province-level division of the site: its place, or the parent of a prefecture.
   *
   * @return the province, not null
   */
  public Place province() {
    return province;
  }

  /**
   * Returns the decisions that name the site among their subjects, and the decision that endorsed
   * it ({@link PilotSite#endorsedBy()}) even where that one does not name it.
   *
   * @return the decisions, in the programme's order
   */
  public ImmutableList<Decision> decisions() {
    return decisions;
  }

  /**
   * Returns the knowledge requests made on the site's behalf.
   *
   * @return the requests, in the programme's order
   */
  public ImmutableList<KnowledgeRequest> requests() {
    return requests;
  }

  /**
   * Returns the missions and activities that concern the site.
   *
   * @return the events, in timeline order
   */
  public ImmutableList<TimelineEvent> events() {
    return events;
  }

  /**
   * Returns a one-line summary, such as {@code luzhou: 1 decision, 1 request, 3 events}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return site.id() + ": " + decisions.size() + (decisions.size() == 1 ? " decision, " : " decisions, ")
        + requests.size() + (requests.size() == 1 ? " request, " : " requests, ")
        + events.size() + (events.size() == 1 ? " event" : " events");
  }
}
