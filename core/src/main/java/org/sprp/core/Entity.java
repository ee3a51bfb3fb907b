package org.sprp.core;

/**
 * An entity a programme lists, known by an id unique in its list: a {@link Component}, {@link
 * Theme}, {@link Topic}, {@link org.sprp.core.place.Place Place}, {@link
 * org.sprp.core.actor.Organisation Organisation}, {@link org.sprp.core.actor.Meeting Meeting},
 * {@link org.sprp.core.actor.Decision Decision}, {@link org.sprp.core.activity.PilotSite
 * PilotSite}, {@link org.sprp.core.activity.Mission Mission}, {@link
 * org.sprp.core.activity.KnowledgeRequest KnowledgeRequest} or {@link
 * org.sprp.core.activity.KnowledgeActivity KnowledgeActivity}. Edits such as {@link
 * org.sprp.core.plan.Edits#add(Programme, Entity) Edits.add} take any of them.
 *
 * <p>Only these eleven types are entities: a programme has no list for another implementation,
 * and every method that takes an entity refuses one. (The interface is not sealed, since its types
 * lie in four packages, which a library used from the class path cannot seal together.)
 */
public interface Entity {

  /**
   * Returns the id of the entity, unique among the entities of its kind in a programme.
   *
   * @return the id, not null
   */
  EntityId id();
}
