package org.sprp.core.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.stream.Collectors;
import org.sprp.core.Status;

/**
 * The changes of status a mission or an activity may go through, enforced by {@link
 * Edits#changeStatus}:
 *
 * <table>
 *   <caption>Allowed transitions</caption>
 *   <tr><th>From</th><th>To</th></tr>
 *   <tr><td>proposed</td><td>planned, scheduled, cancelled</td></tr>
 *   <tr><td>planned</td><td>scheduled, postponed, cancelled</td></tr>
 *   <tr><td>scheduled</td><td>completed, postponed, cancelled</td></tr>
 *   <tr><td>postponed</td><td>planned, scheduled, cancelled</td></tr>
 *   <tr><td>completed</td><td>none: final</td></tr>
 *   <tr><td>cancelled</td><td>none: final</td></tr>
 * </table>
 *
 * <p>So an event is completed only once scheduled, a cancelled activity is not completed later,
 * and a postponed one goes back to planned or scheduled before it takes place. {@link
 * Edits#replace} does not check the table, so that a status recorded by mistake can be corrected;
 * nor does {@link Edits#reschedule}, so that a completed event's dates can be made more precise.
 */
public final class Lifecycle {

  private static final ImmutableMap<Status, ImmutableSet<Status>> NEXT = ImmutableMap.of(
      Status.PROPOSED, ImmutableSet.of(Status.PLANNED, Status.SCHEDULED, Status.CANCELLED),
      Status.PLANNED, ImmutableSet.of(Status.SCHEDULED, Status.POSTPONED, Status.CANCELLED),
      Status.SCHEDULED, ImmutableSet.of(Status.COMPLETED, Status.POSTPONED, Status.CANCELLED),
      Status.POSTPONED, ImmutableSet.of(Status.PLANNED, Status.SCHEDULED, Status.CANCELLED),
      Status.COMPLETED, ImmutableSet.of(),
      Status.CANCELLED, ImmutableSet.of());

  private Lifecycle() {}

  /**
   * Returns the statuses an event of this status may change to.
   *
   * @param from the current status, not null
   * @return the next statuses, in the order of {@link Status}, empty for a final status
   */
  public static ImmutableSet<Status> next(Status from) {
    return NEXT.get(requireNonNull(from, "from"));
  }

  /**
   * Tells whether an event may change from one status to another. Staying in the same status is
   * not a transition and is not allowed.
   *
   * @param from the current status, not null
   * @param to the new status, not null
   * @return true if the table allows the change
   */
  public static boolean allows(Status from, Status to) {
    return next(from).contains(requireNonNull(to, "to"));
  }

  /**
   * Tells whether a status is final: completed or cancelled.
   *
   * @param status the status, not null
   * @return true if no change is allowed from it
   */
  public static boolean isFinal(Status status) {
    return next(status).isEmpty();
  }

  /** The rule broken by a change, for messages: {@code planned, postponed or cancelled}. */
  static String describeNext(Status from) {
    ImmutableSet<Status> next = next(from);
    if (next.isEmpty()) {
      return "none, " + EntityFields.text(from) + " is final";
    }
    return next.stream().map(EntityFields::text).collect(Collectors.joining(", "));
  }
}
