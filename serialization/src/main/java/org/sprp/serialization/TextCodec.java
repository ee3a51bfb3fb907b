package org.sprp.serialization;

/**
 * The codec of a value written as one JSON string (an id, an enumeration constant, a timing),
 * which can also stand as the key of a JSON object: the module uses it for the keys of a user's
 * maps.
 *
 * @param <V> the type of value
 */
interface TextCodec<V> extends ValueCodec<V> {

  /**
   * Returns the value a text stands for.
   *
   * @throws IllegalArgumentException naming the rule, if the text stands for no value
   */
  V parse(String text);

  /** Returns the text of a value, as it is written. */
  String text(V value);
}
