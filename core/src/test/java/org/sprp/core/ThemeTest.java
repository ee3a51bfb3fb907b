package org.sprp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A theme of the programme's work, and the three well-known themes of the C1 pilot sites. */
class ThemeTest {

  private static Theme.Builder ageing() {
    return Theme.builder()
        .id(ThemeId.of("ageing-population"))
        .name(BilingualName.of("Ageing population", "人口老龄化"))
        .description("Pensions and long-term care for an ageing population");
  }

  @Test
  void ofGivesAThemeWithoutDescription() {
    Theme theme = Theme.of(ThemeId.of("pensions"), BilingualName.of("Pensions"));

    assertThat(theme.id()).isEqualTo(ThemeId.of("pensions"));
    assertThat(theme.name()).isEqualTo(BilingualName.of("Pensions"));
    assertThat(theme.description()).isEmpty();
  }

  @Test
  void aBuiltThemeMayHaveADescription() {
    assertThat(ageing().build().description())
        .contains("Pensions and long-term care for an ageing population");
  }

  @Test
  void wellKnownGivesTheThreeThemesOfThePilotSitesInOrder() {
    assertThat(Theme.wellKnown()).containsExactly(
        Theme.AGEING_POPULATION, Theme.RURAL_URBAN_INTEGRATION, Theme.MIGRANT_WORKERS);
    assertThat(Theme.wellKnown()).extracting(Theme::id).containsExactly(
        ThemeId.of("ageing-population"),
        ThemeId.of("rural-urban-integration"),
        ThemeId.of("migrant-workers"));
  }

  @Test
  void theWellKnownThemesHaveEnglishNamesAndNoDescription() {
    assertThat(Theme.wellKnown()).extracting(Theme::name).containsExactly(
        BilingualName.of("Ageing population"),
        BilingualName.of("Rural-urban integration"),
        BilingualName.of("Migrant workers"));
    assertThat(Theme.wellKnown()).allSatisfy(theme -> assertThat(theme.description()).isEmpty());
  }

  @Test
  void theWellKnownListCannotBeChanged() {
    List<Theme> themes = Theme.wellKnown();

    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> themes.add(ageing().build()));
  }

  @Test
  void themesAreEqualWhenAllTheirAttributesAreEqual() {
    new EqualsTester()
        .addEqualityGroup(ageing().build(), ageing().build())
        .addEqualityGroup(ageing().id(ThemeId.of("ageing")).build())
        .addEqualityGroup(ageing().name(BilingualName.of("Ageing population")).build())
        .addEqualityGroup(ageing().description("Long-term care").build())
        .addEqualityGroup(
            Theme.AGEING_POPULATION,
            Theme.of(ThemeId.of("ageing-population"), BilingualName.of("Ageing population")))
        .addEqualityGroup(Theme.MIGRANT_WORKERS)
        .testEquals();
  }

  @Test
  void aDescriptionMustNotBeEmptyWhenGiven() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> ageing().description("").build())
        .withMessage("Theme 'ageing-population': description must not be blank when given");
  }

  @Test
  void aDescriptionMustNotBeWhiteSpaceAlone() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> ageing().description(" \t ").build())
        .withMessage("Theme 'ageing-population': description must not be blank when given");
  }

  @Test
  void idAndNameAreRequired() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> Theme.builder().id(ThemeId.of("pensions")).build())
        .withMessage("Cannot build Theme, some of required attributes are not set [name]");
  }

  @Test
  void aBuilderCopiesAnExistingTheme() {
    Theme theme = ageing().build();

    assertThat(Theme.builder().from(theme).build()).isEqualTo(theme);
  }
}
