package org.sprp.core.actor;

import org.sprp.core.internal.Checks;

/** What kind of body an {@link Organisation} is. */
public enum OrganisationKind {
  /** A national ministry or commission, such as the National Development and Reform Commission (NDRC). */
  MINISTRY,
  /** A committee of the programme, such as its Project Advisory Committee. */
  COMMITTEE,
  /** A body of the European Union, such as its delegation to China. */
  EU_BODY,
  /** A team of the project, such as the C1 team. */
  PROJECT_TEAM,
  /** The government of a province-level division. */
  PROVINCIAL_GOVERNMENT,
  /** The government of a city or county. */
  LOCAL_GOVERNMENT,
  /** A public service centre, such as a social security community centre. */
  SERVICE_CENTRE,
  /** A company. */
  COMPANY,
  /** A research or training institution. */
  INSTITUTE,
  /** Any other kind of body. */
  OTHER;

  /**
   * Returns the constant's text form, as JSON and the reports write it, such as {@code eu-body}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return Checks.text(this);
  }
}
