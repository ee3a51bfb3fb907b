package org.sprp.core;

/**
 * An entity a programme lists, known by an id unique in its list: a {@link Component}, {@link
 * Theme}, {@link Topic}, {@link org.sprp.core.place.Place Place}, {@link
 * org.sprp.core.actor.Organisation Organisation}, {@link org.sprp.core.actor.Meeting Meeting},
 * {@link org.sprp.core.actor.Decision Decision}, {@link org.sprp.core.activity.PilotSite
 * PilotSite}, {@link org.sprp.core.activity.Mission Mission}, {@link
 * org.sprp.core.activity.KnowledgeRequest KnowledgeRequest} or {@link
 * org.sprp.core.activity.KnowledgeActivity KnowledgeActivity}. {@link
 * org.sprp.core.plan.Edits#add(Programme, Entity) Edits.add} and {@link
 * org.sprp.core.plan.Edits#replace(Programme, Entity) Edits.replace} take any of them.
 *
 * <p>Only these eleven types are entities: a programme has no list for another implementation (a
 * class or a lambda of the caller's), and every method that takes an entity refuses one. The
 * interface is not sealed, since its types lie in four packages, which a library used from the
 * class path cannot seal together; it is not meant to be implemented.
 */
public interface Entity {

  /**
   * Returns the id of the entity, unique among the entities of its kind in a programme.
   *
   * @return the id, not null
   */
  EntityId id();
}
