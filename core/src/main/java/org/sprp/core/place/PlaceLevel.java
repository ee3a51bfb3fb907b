package org.sprp.core.place;

import org.sprp.core.internal.Checks;

/**
 * The administrative level of a {@link Place}. Each level but {@link #COUNTRY} lies in a place of
 * the level above it.
 */
public enum PlaceLevel {
  /** A country, such as China or Spain, with an ISO 3166-1 alpha-2 code ({@code CN}, {@code ES}). */
  COUNTRY,
  /**
   * A province-level division of a country: a province such as Sichuan, a municipality such as
   * Shanghai, an autonomous region or a special administrative region. In China it has a GB/T 2260
   * code ending in {@code 0000} ({@code 510000}) and an ISO 3166-2 code ({@code CN-SC}).
   */
  PROVINCE,
  /**
   * A prefecture-level division, such as the city of Luzhou in Sichuan, with a GB/T 2260 code
   * ending in {@code 00} ({@code 510500}) and no ISO 3166 code.
   */
  PREFECTURE;

  /**
   * Returns the constant's text form, as JSON and the reports write it, such as {@code prefecture}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return Checks.text(this);
  }
}
