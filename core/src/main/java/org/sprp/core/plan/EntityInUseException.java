package org.sprp.core.plan;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sprp.core.EntityId;

/**
 * Thrown when an edit would remove an entity that others refer to, such as a site that activities
 * still name. It lists every referrer by path, for example:
 *
 * <pre>
 * Cannot remove site 'luzhou': 2 references to it remain:
 *   missions[field-visit-sichuan-2015-09].sites[0]
 *   activities[panel-discussion-2].sites[1]
 * </pre>
 */
public final class EntityInUseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The kind and id of the entity, kept as a string so that the exception serializes. */
  private final String entity;
  /** The paths of the referrers; a list that serializes, never modified. */
  private final ImmutableList<String> referrers;

  EntityInUseException(EntityId id, List<String> referrers) {
    super(message(id, referrers));
    this.entity = id.kind() + " '" + id + "'";
    this.referrers = ImmutableList.copyOf(referrers);
  }

  private static String message(EntityId id, List<String> referrers) {
    StringBuilder text = new StringBuilder("Cannot remove ").append(id.kind()).append(" '").append(id)
        .append("': ").append(referrers.size())
        .append(referrers.size() == 1 ? " reference to it remains:" : " references to it remain:");
    for (String referrer : referrers) {
      text.append("\n  ").append(referrer);
    }
    return text.toString();
  }

  /**
   * Returns the entity that could not be removed, by kind and id.
   *
   * @return the entity, such as {@code site 'luzhou'}
   */
  public String entity() {
    return entity;
  }

  /**
   * Returns the paths that refer to the entity, in the order of the programme's lists.
   *
   * @return the paths, such as {@code activities[panel-discussion-2].sites[1]}, never empty
   */
  public ImmutableList<String> referrers() {
    return referrers;
  }
}
