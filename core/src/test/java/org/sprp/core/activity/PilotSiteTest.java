package org.sprp.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sprp.core.ComponentId;
import org.sprp.core.DecisionId;
import org.sprp.core.PlaceId;
import org.sprp.core.SiteId;
import org.sprp.core.ThemeId;

/** A pilot site of a component, with at least one theme. */
class PilotSiteTest {

  private static final ThemeId RURAL_URBAN = ThemeId.of("rural-urban-integration");
  private static final ThemeId MIGRANTS = ThemeId.of("migrant-workers");

  /** Luzhou, for rural-urban integration including migrant workers' issues. */
  private static PilotSite.Builder luzhou() {
    return PilotSite.builder()
        .id(SiteId.of("luzhou"))
        .place(PlaceId.of("luzhou"))
        .component(ComponentId.of("c1"))
        .addThemes(RURAL_URBAN, MIGRANTS)
        .endorsedBy(DecisionId.of("endorse-pilot-sites"));
  }

  @Test
  void aSiteStandsInAPlaceForAComponentWithItsThemes() {
    PilotSite site = luzhou().build();

    assertThat(site.id()).isEqualTo(SiteId.of("luzhou"));
    assertThat(site.place()).isEqualTo(PlaceId.of("luzhou"));
    assertThat(site.component()).isEqualTo(ComponentId.of("c1"));
    assertThat(site.themes()).containsExactly(MIGRANTS, RURAL_URBAN);
    assertThat(site.endorsedBy()).contains(DecisionId.of("endorse-pilot-sites"));
  }

  @Test
  void themesKeepTheOrderGiven() {
    assertThat(luzhou().themes(List.of(MIGRANTS, RURAL_URBAN)).build().themes())
        .containsExactly(MIGRANTS, RURAL_URBAN);
  }

  @Test
  void theEndorsingDecisionIsOptional() {
    PilotSite site = PilotSite.builder()
        .id(SiteId.of("huizhou"))
        .place(PlaceId.of("huizhou"))
        .component(ComponentId.of("c1"))
        .addThemes(MIGRANTS)
        .build();

    assertThat(site.endorsedBy()).isEmpty();
  }

  @Test
  void sitesAreEqualWhenAllTheirAttributesAreEqual() {
    new EqualsTester()
        .addEqualityGroup(luzhou().build(), luzhou().build())
        .addEqualityGroup(luzhou().id(SiteId.of("luzhou-city")).build())
        .addEqualityGroup(luzhou().place(PlaceId.of("sichuan")).build())
        .addEqualityGroup(luzhou().component(ComponentId.of("c2")).build())
        .addEqualityGroup(luzhou().themes(List.of(RURAL_URBAN)).build())
        .addEqualityGroup(luzhou().endorsedBy(DecisionId.of("endorse-luzhou")).build())
        .testEquals();
  }

  @Test
  void theOrderOfThemesDoesNotCountForEquality() {
    PilotSite ruralUrbanFirst = luzhou().themes(List.of(RURAL_URBAN, MIGRANTS)).build();
    PilotSite migrantsFirst = luzhou().themes(List.of(MIGRANTS, RURAL_URBAN)).build();

    assertThat(ruralUrbanFirst).isEqualTo(migrantsFirst).hasSameHashCodeAs(migrantsFirst);
  }

  @Test
  void aSiteHasAtLeastOneTheme() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> luzhou().themes(List.of()).build())
        .withMessage("PilotSite 'luzhou': themes must not be empty: a pilot site has at least one theme");
  }

  @Test
  void idPlaceAndComponentAreRequired() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> PilotSite.builder().id(SiteId.of("luzhou")).addThemes(MIGRANTS).build())
        .withMessage("Cannot build PilotSite, some of required attributes are not set [place, component]");
  }

  @Test
  void theThemesCannotBeChanged() {
    Set<ThemeId> themes = luzhou().build().themes();

    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> themes.remove(MIGRANTS));
  }

  @Test
  void aBuilderCopiesAnExistingSite() {
    PilotSite site = luzhou().build();

    assertThat(PilotSite.builder().from(site).build()).isEqualTo(site);
  }
}
