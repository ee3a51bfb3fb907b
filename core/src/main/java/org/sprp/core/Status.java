package org.sprp.core;

import org.sprp.core.internal.Checks;

/**
 * Where a mission or a knowledge-sharing activity stands in its lifecycle.
 */
public enum Status {
  /** Suggested but not yet agreed. */
  PROPOSED,
  /** Agreed and foreseen ("it is foreseen that a further training will be provided"), no firm date yet. */
  PLANNED,
  /** Given a firm date. */
  SCHEDULED,
  /** Took place ("two field visits were organised"). */
  COMPLETED,
  /** Moved to a later, possibly unknown, time. */
  POSTPONED,
  /** Will not take place. */
  CANCELLED;

  /**
   * Returns the constant's text form, as JSON and the reports write it, such as {@code planned}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return Checks.text(this);
  }
}
