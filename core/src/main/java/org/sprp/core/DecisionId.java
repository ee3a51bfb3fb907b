package org.sprp.core;

/**
 * The id of a governance {@link org.sprp.core.actor.Decision}, unique among the decisions of a programme.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DecisionId extends EntityId {

  private DecisionId(String value) {
    super("decision", value);
  }

  /**
   * Returns the id of a decision with the given text.
   *
   * @param value the id text, not null: lower-case letters, digits and hyphens, starting with a
   *     letter or digit
   * @return the id, not null
   * @throws IllegalArgumentException if the text does not follow the id rule
   */
  public static DecisionId of(String value) {
    return new DecisionId(value);
  }
}
