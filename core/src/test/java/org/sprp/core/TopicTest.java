package org.sprp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A subject of knowledge sharing, linked to the themes it serves. */
class TopicTest {

  private static final ThemeId AGEING = ThemeId.of("ageing-population");
  private static final ThemeId MIGRANTS = ThemeId.of("migrant-workers");

  private static Topic.Builder itSystems() {
    return Topic.builder()
        .id(TopicId.of("it-systems"))
        .name(BilingualName.of("Building IT systems for social security and fund raising"))
        .addThemes(MIGRANTS, AGEING);
  }

  @Test
  void aTopicHasItsThemesInIdOrder_whateverTheOrderGiven() {
    Topic topic = itSystems().build();

    assertThat(topic.id()).isEqualTo(TopicId.of("it-systems"));
    assertThat(topic.name().english())
        .isEqualTo("Building IT systems for social security and fund raising");
    assertThat(topic.themes()).containsExactly(AGEING, MIGRANTS);
    assertThat(topic.toString()).contains("themes=[" + AGEING + ", " + MIGRANTS + "]");
  }

  @Test
  void aThemeGivenTwiceIsKeptOnce() {
    assertThat(itSystems().addThemes(MIGRANTS).build().themes()).containsExactly(AGEING, MIGRANTS);
  }

  @Test
  void aTopicMayServeNoTheme() {
    Topic topic = Topic.builder().id(TopicId.of("pensions")).name(BilingualName.of("Pensions")).build();

    assertThat(topic.themes()).isEmpty();
  }

  @Test
  void topicsAreEqualWhenAllTheirAttributesAreEqual() {
    new EqualsTester()
        .addEqualityGroup(itSystems().build(), itSystems().build())
        .addEqualityGroup(itSystems().id(TopicId.of("fund-raising")).build())
        .addEqualityGroup(itSystems().name(BilingualName.of("IT systems")).build())
        .addEqualityGroup(itSystems().themes(List.of(AGEING)).build())
        .addEqualityGroup(itSystems().themes(List.of()).build())
        .testEquals();
  }

  @Test
  void theThemesCannotBeChanged() {
    Set<ThemeId> themes = itSystems().build().themes();

    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> themes.add(ThemeId.of("pensions")));
  }

  @Test
  void changingTheListGivenToTheBuilderDoesNotChangeTheTopic() {
    List<ThemeId> given = new ArrayList<>(List.of(AGEING));
    Topic topic = itSystems().themes(given).build();

    given.add(MIGRANTS);

    assertThat(topic.themes()).containsExactly(AGEING);
  }

  @Test
  void idAndNameAreRequired() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> Topic.builder().addThemes(AGEING).build())
        .withMessage("Cannot build Topic, some of required attributes are not set [id, name]");
  }

  @Test
  void aBuilderCopiesAnExistingTopic() {
    Topic topic = itSystems().build();

    assertThat(Topic.builder().from(topic).build()).isEqualTo(topic);
  }
}
