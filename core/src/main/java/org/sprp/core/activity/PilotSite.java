package org.sprp.core.activity;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.sprp.core.ComponentId;
import org.sprp.core.DecisionId;
import org.sprp.core.Entity;
import org.sprp.core.PlaceId;
import org.sprp.core.SiteId;
import org.sprp.core.ThemeId;
import org.sprp.core.internal.Checks;

/**
 * A pilot site of a component: a city or province where the programme tries its work on chosen
 * themes, such as Luzhou in Sichuan for rural-urban integration including migrant workers' issues.
 *
 * <p>A pilot site has at least one theme. Build one with {@link #builder()}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Entity) could copy only the covariant id, so there is none
public abstract class PilotSite implements Entity {

  PilotSite() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of the site.
   *
   * @return the id, such as {@code luzhou}
   */
  public abstract SiteId id();

  /**
   * Returns the place the site stands in: a province-level division or a prefecture.
   *
   * @return the place, not null
   */
  public abstract PlaceId place();

  /**
   * Returns the component the site is a pilot site of.
   *
   * @return the component, such as {@code c1}
   */
  public abstract ComponentId component();

  /**
   * Returns the themes of the site. Like every set of ids of the model, they are held in id order,
   * whatever the order they were given in, so that equal values print and iterate alike.
   *
   * @return the themes, never empty
   */
  public abstract ImmutableSet<ThemeId> themes();

  /**
   * Returns the decision that endorsed the site.
   *
   * @return the decision, or empty when not known
   */
  public abstract Optional<DecisionId> endorsedBy();

  /**
   * Holds every set in natural order (ids by kind, then text; enum constants as declared),
   * whatever order the builder was given, so that equal values iterate, print and are written alike.
   */
  @Value.Check
  PilotSite inNaturalOrder() {
    if (Checks.isInNaturalOrder(themes())) {
      return this;
    }
    return builder().from(this)
        .themes(Checks.inNaturalOrder(themes()))
        .build();
  }

  @Value.Check
  void check() {
    Checks.notEmpty(themes(), "PilotSite", id(), "themes", "a pilot site has at least one theme");
  }

  /** Builds a {@link PilotSite}; {@code id}, {@code place}, {@code component} and one theme are required. */
  public static final class Builder extends ImmutablePilotSite.Builder {
    Builder() {}

    /**
     * Builds the site from what was given, checking it.
     *
     * @return the site, not null
     * @throws IllegalStateException if {@code id}, {@code place} or {@code component} was not given
     * @throws IllegalArgumentException if a value given breaks a rule of the site, named in the message
     */
    @Override
    public PilotSite build() {
      return super.build();
    }
  }
}
