package org.sprp.core;

/**
 * The id of a {@link org.sprp.core.activity.KnowledgeRequest}, unique among the requests of a programme.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RequestId extends EntityId {

  private RequestId(String value) {
    super("request", value);
  }

  /**
   * Returns the id of a request with the given text.
   *
   * @param value the id text, not null: lower-case letters, digits and hyphens, starting with a
   *     letter or digit
   * @return the id, not null
   * @throws IllegalArgumentException if the text does not follow the id rule
   */
  public static RequestId of(String value) {
    return new RequestId(value);
  }
}
