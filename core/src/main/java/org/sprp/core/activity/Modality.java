package org.sprp.core.activity;

import org.sprp.core.internal.Checks;

/** Where knowledge sharing takes place, as requested by a province or offered by an activity. */
public enum Modality {
  /** In China, at a pilot site or elsewhere in the country. */
  IN_COUNTRY,
  /** Abroad, such as a training in Spain. */
  ABROAD;

  /**
   * Returns the constant's text form, as JSON and the reports write it, such as {@code in-country}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return Checks.text(this);
  }
}
