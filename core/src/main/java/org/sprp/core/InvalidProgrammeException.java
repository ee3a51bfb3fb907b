package org.sprp.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a {@link Programme} is built whose parts do not fit together: a reference to an
 * entity that is not in the programme, an id used twice, a place under a parent of the wrong
 * level. It lists every problem found, not only the first, each with its path.
 *
 * <p>Its message is one line a problem, for example:
 *
 * <pre>
 * Programme 'sprp' has 2 problems:
 *   sites[#3].id: duplicate site id 'luzhou', first used at sites[#1]
 *   activities[training-spain-2016].sites[0]: unknown site 'nowhere'
 * </pre>
 */
public final class InvalidProgrammeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Kept as a list that serializes; never modified. */
  private final ImmutableList<Problem> problems;

  /**
   * Makes the exception.
   *
   * @param programme the id of the programme, not null
   * @param problems the problems, not empty
   */
  InvalidProgrammeException(ProgrammeId programme, List<Problem> problems) {
    super(message(programme, problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(ProgrammeId programme, List<Problem> problems) {
    StringBuilder text = new StringBuilder()
        .append("Programme '").append(programme).append("' has ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (Problem problem : problems) {
      text.append("\n  ").append(problem);
    }
    return text.toString();
  }

  /**
   * Returns every problem found, list by list in the programme's order, and entity by entity.
   *
   * @return the problems, never empty
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
