package org.sprp.serialization;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a JSON document cannot be read as a programme or a value of the model: it is not
 * well-formed JSON, it breaks the format (an unknown or duplicate field, a wrong type, a missing
 * field, an invalid id, EDTF date or enum value, a higher major format version), a value breaks a
 * rule of the model, a reference does not resolve, or the document exceeds a limit.
 *
 * <p>Every error carries a JSON Pointer (RFC 6901) to the offending value, its line and column,
 * and a message that names the rule. A document with several problems of the programme as a
 * whole (dangling references, duplicate ids) gives one exception listing them all in {@link
 * #problems()}; {@link #pointer()}, {@link #line()} and {@link #column()} are those of the first.
 * No partial programme is ever returned. (I/O failures are {@link java.io.UncheckedIOException}s.)
 */
public final class ProgrammeJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems, at least one; never modified. */
  private final ImmutableList<JsonProblem> problems;

  ProgrammeJsonException(List<JsonProblem> problems, Throwable cause) {
    super(message(problems), cause);
    this.problems = ImmutableList.copyOf(problems);
  }

  ProgrammeJsonException(JsonProblem problem, Throwable cause) {
    this(ImmutableList.of(problem), cause);
  }

  private static String message(List<JsonProblem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    StringBuilder text = new StringBuilder().append(problems.size()).append(" problems:");
    for (JsonProblem problem : problems) {
      text.append("\n  ").append(problem);
    }
    return text.toString();
  }

  /**
   * Returns every problem found, at least one.
   *
   * @return the problems, in document order
   */
  public ImmutableList<JsonProblem> problems() {
    return problems;
  }

  /**
   * Returns the JSON Pointer of the (first) offending value.
   *
   * @return the pointer, such as {@code /activities/3/sites/0}; empty for the whole document
   */
  public String pointer() {
    return problems.get(0).pointer();
  }

  /**
   * Returns the line of the (first) offending value.
   *
   * @return the line from 1, or -1 when not known
   */
  public int line() {
    return problems.get(0).line();
  }

  /**
   * Returns the column of the (first) offending value.
   *
   * @return the column from 1, or -1 when not known
   */
  public int column() {
    return problems.get(0).column();
  }
}
