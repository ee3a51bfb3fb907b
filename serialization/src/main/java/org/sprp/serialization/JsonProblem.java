package org.sprp.serialization;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Objects;

/**
 * One error in a JSON document: where it is, as a JSON Pointer (RFC 6901) and as a line and
 * column, and the rule the value there breaks.
 *
 * <p>This class is immutable and thread-safe, and serializable, as the {@link
 * ProgrammeJsonException} that holds it is.
 */
public final class JsonProblem implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the problem is, as a JSON Pointer. */
  private final String pointer;
  /** The line, from 1, or -1 when unknown. */
  private final int line;
  /** The column, from 1, or -1 when unknown. */
  private final int column;
  /** The rule broken. */
  private final String message;

  JsonProblem(String pointer, int line, int column, String message) {
    this.pointer = requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.message = requireNonNull(message, "message");
  }

  /**
   * Returns the JSON Pointer of the offending value, such as {@code /activities/3/sites/0}; the
   * empty string points at the whole document.
   *
   * @return the pointer, not null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line of the offending value, counted from 1.
   *
   * @return the line, or -1 when the source is not known (a value read through a user's mapper)
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the offending value, counted from 1.
   *
   * @return the column, or -1 when the source is not known
   */
  public int column() {
    return column;
  }

  /**
   * Returns the rule the value breaks.
   *
   * @return the message, such as {@code unknown site 'nowhere'}
   */
  public String message() {
    return message;
  }

  /**
   * Problems are equal when pointer, line, column and message are equal.
   *
   * @param obj the other object, may be null
   * @return true if the other object is an equal problem
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof JsonProblem)) {
      return false;
    }
    JsonProblem other = (JsonProblem) obj;
    return pointer.equals(other.pointer) && line == other.line && column == other.column
        && message.equals(other.message);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(pointer, line, column, message);
  }

  /**
   * Returns the problem as text: {@code /activities/3/sites/0 (line 120, column 9): unknown site
   * 'nowhere'}.
   *
   * @return the problem as text
   */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "(document)" : pointer;
    return line < 0 ? where + ": " + message : where + " (line " + line + ", column " + column + "): " + message;
  }
}
