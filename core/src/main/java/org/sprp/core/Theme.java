package org.sprp.core;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.sprp.core.internal.Checks;

/**
 * A theme of the programme's work, such as ageing population. Themes are an open catalogue: a
 * programme lists the themes it uses, and the three themes of the pilot sites of component C1 are
 * given here as constants.
 *
 * <p>Build one with {@link #of(ThemeId, BilingualName)} or {@link #builder()}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Entity) could copy only the covariant id, so there is none
public abstract class Theme implements Entity {

  /** Ageing population, the theme of the Shanghai pilot site. */
  public static final Theme AGEING_POPULATION =
      of(ThemeId.of("ageing-population"), BilingualName.of("Ageing population"));

  /** Rural-urban integration, the theme of the Luzhou pilot site. */
  public static final Theme RURAL_URBAN_INTEGRATION =
      of(ThemeId.of("rural-urban-integration"), BilingualName.of("Rural-urban integration"));

  /** Migrant workers' questions, the theme of the Huizhou pilot site (and part of Luzhou's). */
  public static final Theme MIGRANT_WORKERS =
      of(ThemeId.of("migrant-workers"), BilingualName.of("Migrant workers"));

  Theme() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a theme with no description.
   *
   * @param id the id, not null
   * @param name the name, not null
   * @return the theme, not null
   */
  public static Theme of(ThemeId id, BilingualName name) {
    return builder().id(id).name(name).build();
  }

  /**
   * Returns the three well-known themes of the C1 pilot sites: ageing population, rural-urban
   * integration and migrant workers.
   *
   * @return the well-known themes, in that order
   */
  public static ImmutableList<Theme> wellKnown() {
    return ImmutableList.of(AGEING_POPULATION, RURAL_URBAN_INTEGRATION, MIGRANT_WORKERS);
  }

  /**
   * Returns the id of the theme.
   *
   * @return the id, such as {@code ageing-population}
   */
  public abstract ThemeId id();

  /**
   * Returns the name of the theme.
   *
   * @return the name, not null
   */
  public abstract BilingualName name();

  /**
   * Returns what the theme covers, where a programme says more than its name.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Checks.notBlank(description(), "Theme", id(), "description");
  }

  /** Builds a {@link Theme}; {@code id} and {@code name} are required. */
  public static final class Builder extends ImmutableTheme.Builder {
    Builder() {}

    /**
     * Builds the theme from what was given, checking it.
     *
     * @return the theme, not null
     * @throws IllegalStateException if {@code id} or {@code name} was not given
     * @throws IllegalArgumentException if a value given breaks a rule of the theme, named in the message
     */
    @Override
    public Theme build() {
      return super.build();
    }
  }
}
