package org.sprp.core.plan;

/** How much a {@link Finding} matters. */
public enum Severity {
  /** Probably a mistake in the plan, to be looked at. */
  WARNING,
  /** Worth knowing, often normal early in a plan. */
  INFO
}
