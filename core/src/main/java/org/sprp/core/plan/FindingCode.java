package org.sprp.core.plan;

/**
 * What a {@link Finding} is about. The names are stable: scripts may filter on them, and a new
 * check adds a code rather than changing one. Each code has one severity.
 */
public enum FindingCode {
  /** An activity has themes and sites, but none of its themes is a theme of any of its sites. */
  THEME_MISMATCH(Severity.WARNING),
  /** A planned or scheduled mission or activity has no timing. */
  MISSING_TIMING(Severity.WARNING),
  /** A topic of a knowledge request that no activity answers (see {@link TopicCoverage}). */
  UNANSWERED_TOPIC(Severity.WARNING),
  /** An activity ends before the request it answers can have been made. */
  ACTIVITY_BEFORE_REQUEST(Severity.WARNING),
  /** An activity ends before a mission that prompted the request it answers can have started. */
  ACTIVITY_BEFORE_MISSION(Severity.WARNING),
  /** A mission stops in a place outside the province-level divisions of the sites it concerns. */
  STOP_OUTSIDE_SITE_PROVINCES(Severity.WARNING),
  /** A completed mission or activity cannot have started yet: its earliest day is after today. */
  COMPLETED_IN_FUTURE(Severity.WARNING),
  /** A pilot site that no mission or activity concerns. */
  SITE_WITHOUT_EVENTS(Severity.INFO);

  private final Severity severity;

  FindingCode(Severity severity) {
    this.severity = severity;
  }

  /**
   * Returns the severity of the findings of this code.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }
}
