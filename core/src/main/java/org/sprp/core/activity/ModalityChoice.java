package org.sprp.core.activity;

import org.sprp.core.internal.Checks;

/**
 * Whether a knowledge request that names several {@linkplain Modality modalities} wants each of
 * them or any one of them. The provinces asked for capacity building "either in-country or
 * abroad": any one will do.
 */
public enum ModalityChoice {
  /** Each modality is wanted: a modality no answering activity offers is a gap. */
  EACH,
  /** Any one of the modalities will do: there is a gap only when no answering activity offers any. */
  ANY;

  /**
   * Returns the constant's text form, as JSON and the reports write it, such as {@code any}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return Checks.text(this);
  }
}
