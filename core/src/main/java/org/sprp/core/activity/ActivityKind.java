package org.sprp.core.activity;

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
  CONSULTATION
}
