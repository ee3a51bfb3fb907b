package org.sprp.core.activity;

import org.sprp.core.internal.Checks;

/** How a {@link KnowledgeRequest} reached the programme. */
public enum RequestChannel {
  /** A written document, such as the provinces' documents sent to NDRC. */
  DOCUMENT,
  /** Said during a mission. */
  MISSION,
  /** Said at a meeting. */
  MEETING,
  /** Letters or e-mail. */
  CORRESPONDENCE,
  /** Any other way. */
  OTHER;

  /**
   * Returns the constant's text form, as JSON and the reports write it, such as {@code document}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return Checks.text(this);
  }
}
