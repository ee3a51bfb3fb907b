package org.sprp.core.place;

import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.sprp.core.BilingualName;
import org.sprp.core.Entity;
import org.sprp.core.PlaceId;
import org.sprp.core.internal.Checks;

/**
 * A place where a pilot site stands or a mission or activity goes: a country, a province-level
 * division or a prefecture-level city, with its parent place, its names in English and Chinese
 * and its standard codes (GB/T 2260 for Chinese divisions, ISO 3166-1 for countries, ISO 3166-2
 * for province-level divisions).
 *
 * <pre>{@code
 * Place luzhou = Place.builder()
 *     .id(PlaceId.of("luzhou"))
 *     .level(PlaceLevel.PREFECTURE)
 *     .name(BilingualName.of("Luzhou", "泸州市"))
 *     .parent(PlaceId.of("sichuan"))
 *     .divisionCode("510500")
 *     .build();
 * }</pre>
 *
 * <p>Building a place checks the rules of its level: a country has no parent and no GB/T 2260
 * code; a province-level division or a prefecture has a parent; a GB/T 2260 code has six digits,
 * ending in {@code 0000} for a province-level division and in {@code 00} (but not {@code 0000})
 * for a prefecture; an ISO code has the form of its level, and a prefecture has none. That a
 * parent exists, is of the level above and shares the code prefix is checked by the programme.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Entity) could copy only the covariant id, so there is none
public abstract class Place implements Entity {

  Place() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of the place.
   *
   * @return the id, such as {@code luzhou}
   */
  public abstract PlaceId id();

  /**
   * Returns the administrative level of the place.
   *
   * @return the level, not null
   */
  public abstract PlaceLevel level();

  /**
   * Returns the name of the place in English and, where known, Chinese.
   *
   * @return the name, such as {@code Luzhou (泸州市)}
   */
  public abstract BilingualName name();

  /**
   * Returns the place this one lies in: a province's country, a prefecture's province.
   *
   * @return the parent place, empty for a country
   */
  public abstract Optional<PlaceId> parent();

  /**
   * Returns the six-digit code of the division in GB/T 2260, the Chinese standard of
   * administrative division codes.
   *
   * @return the code, such as {@code 510500} for Luzhou, or empty when not known or not Chinese
   */
  public abstract Optional<String> divisionCode();

  /**
   * Returns the ISO 3166 code: ISO 3166-1 alpha-2 for a country ({@code ES}), ISO 3166-2 for a
   * province-level division ({@code CN-SC}).
   *
   * @return the code, or empty when not known; always empty for a prefecture
   */
  public abstract Optional<String> isoCode();

  @Value.Check
  void check() {
    if (parent().isPresent() && parent().get().equals(id())) {
      throw Checks.invalid("Place", id(), "parent must not be the place itself");
    }
    if (level() == PlaceLevel.COUNTRY) {
      if (parent().isPresent()) {
        throw Checks.invalid("Place", id(), "parent must be empty for a country");
      }
      if (divisionCode().isPresent()) {
        throw Checks.invalid("Place", id(),
            "divisionCode must be empty for a country: GB/T 2260 codes name divisions of China");
      }
      if (isoCode().isPresent() && !COUNTRY_CODE.matcher(isoCode().get()).matches()) {
        throw Checks.invalid("Place", id(), "isoCode " + Checks.quote(isoCode().get())
            + " must be two upper-case letters (ISO 3166-1 alpha-2) for a country, such as ES");
      }
      return;
    }
    if (parent().isEmpty()) {
      throw Checks.invalid("Place", id(), "parent must be given for a " + describe(level()));
    }
    if (divisionCode().isPresent()) {
      String code = divisionCode().get();
      boolean province = level() == PlaceLevel.PROVINCE;
      boolean valid = DIVISION_CODE.matcher(code).matches()
          && (province ? code.endsWith("0000") : code.endsWith("00") && !code.endsWith("0000"));
      if (!valid) {
        throw Checks.invalid("Place", id(), "divisionCode " + Checks.quote(code) + " must be six digits ending in "
            + (province ? "0000 for a province-level division, such as 510000"
                : "00 but not 0000 for a prefecture, such as 510500"));
      }
    }
    if (isoCode().isPresent()) {
      if (level() == PlaceLevel.PREFECTURE) {
        throw Checks.invalid("Place", id(), "isoCode must be empty for a prefecture: ISO 3166 does not code them");
      }
      if (!SUBDIVISION_CODE.matcher(isoCode().get()).matches()) {
        throw Checks.invalid("Place", id(), "isoCode " + Checks.quote(isoCode().get())
            + " must be an ISO 3166-2 code for a province-level division, such as CN-SC");
      }
    }
  }

  // Compiled once: String.matches compiles its pattern at every call, for every place built.
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
  private static final Pattern DIVISION_CODE = Pattern.compile("[1-9][0-9]{5}");
  private static final Pattern SUBDIVISION_CODE = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

  private static String describe(PlaceLevel level) {
    return level == PlaceLevel.PROVINCE ? "province-level division" : "prefecture";
  }

  /** Builds a {@link Place}; {@code id}, {@code level} and {@code name} are required. */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}

    /**
     * Builds the place from what was given, checking it.
     *
     * @return the place, not null
     * @throws IllegalStateException if {@code id}, {@code level} or {@code name} was not given
     * @throws IllegalArgumentException if a value given breaks a rule of the place, named in the message
     */
    @Override
    public Place build() {
      return super.build();
    }
  }
}
