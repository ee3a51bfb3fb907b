package org.sprp.core.activity;

import org.sprp.core.internal.Checks;

/** The form of a {@link KnowledgeActivity}. */
public enum ActivityKind {
  /** A panel discussion, such as the second panel discussion of C1. */
  PANEL_DISCUSSION,
  /** A training, in China or abroad. */
  TRAINING,
  /** A study visit abroad. */
  STUDY_VISIT,
  /** A workshop. */
  WORKSHOP,
  /** A seminar. */
  SEMINAR,
  /** A conference. */
  CONFERENCE,
  /** Contacts with a pilot site to agree on its activities, such as those planned with Shanghai. */
  CONSULTATION;

  /**
   * Returns the constant's text form, as JSON and the reports write it, such as {@code panel-discussion}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return Checks.text(this);
  }
}
