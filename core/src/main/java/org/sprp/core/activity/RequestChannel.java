package org.sprp.core.activity;

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
  OTHER
}
