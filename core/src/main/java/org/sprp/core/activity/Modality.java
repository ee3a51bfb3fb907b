package org.sprp.core.activity;

/** Where knowledge sharing takes place, as requested by a province or offered by an activity. */
public enum Modality {
  /** In China, at a pilot site or elsewhere in the country. */
  IN_COUNTRY,
  /** Abroad, such as a training in Spain. */
  ABROAD
}
