package org.sprp.serialization;

import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes one type of value of the model as JSON, on Jackson's streaming layer.
 *
 * @param <V> the type of value
 */
interface ValueCodec<V> {

  /**
   * Reads a value whose first token is the parser's current token, leaving the parser on the last
   * token of the value.
   */
  V read(JsonInput in);

  /** Writes a value in canonical form. */
  void write(JsonGenerator out, V value);

  /** Says what JSON this codec expects, for messages: "a string", "an object (Place)". */
  String expected();
}
