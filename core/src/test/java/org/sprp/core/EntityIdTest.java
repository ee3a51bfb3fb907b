package org.sprp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The typed ids: one rule for the text of every kind, equality by kind and text, and an order by
 * kind, then text. The twelve kinds differ only in their factory and kind name, so they are tested
 * together from one table.
 */
class EntityIdTest {

  private static final String RULE =
      "an id is lower-case letters a-z, digits 0-9 and hyphens, starting with a letter or digit";

  /** A kind of id: the type, its factory and the kind name its ids report. */
  private record Kind(String type, Function<String, EntityId> factory, String name) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("ProgrammeId", ProgrammeId::of, "programme"),
      new Kind("ComponentId", ComponentId::of, "component"),
      new Kind("ThemeId", ThemeId::of, "theme"),
      new Kind("TopicId", TopicId::of, "topic"),
      new Kind("PlaceId", PlaceId::of, "place"),
      new Kind("OrganisationId", OrganisationId::of, "organisation"),
      new Kind("MeetingId", MeetingId::of, "meeting"),
      new Kind("DecisionId", DecisionId::of, "decision"),
      new Kind("SiteId", SiteId::of, "site"),
      new Kind("MissionId", MissionId::of, "mission"),
      new Kind("RequestId", RequestId::of, "request"),
      new Kind("ActivityId", ActivityId::of, "activity"));

  static Stream<Arguments> kinds() {
    return KINDS.stream().map(kind -> arguments(named(kind.type(), kind.factory()), kind.name()));
  }

  @Test
  void theTableCoversEveryKindOfId() {
    List<Class<?>> tested = KINDS.stream()
        .map(kind -> kind.factory().apply("x").getClass())
        .collect(Collectors.toList());

    assertThat(tested)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrder(EntityId.class.getPermittedSubclasses());
  }

  @ParameterizedTest(name = "{0} is of kind {1}")
  @MethodSource("kinds")
  void anIdHasItsKindAndText(Function<String, EntityId> factory, String kind) {
    EntityId id = factory.apply("luzhou");

    assertThat(id.kind()).isEqualTo(kind);
    assertThat(id.value()).isEqualTo("luzhou");
  }

  @Test
  void toStringIsTheTextAlone() {
    assertThat(SiteId.of("training-spain-2016")).hasToString("training-spain-2016");
    assertThat(ActivityId.of("c1")).hasToString("c1");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"luzhou", "c1", "2016", "training-spain-2016", "a", "0", "a--b", "luzhou-"})
  void acceptsLowerCaseLettersDigitsAndHyphensStartingWithALetterOrDigit(String text) {
    assertThat(SiteId.of(text).value()).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void blankTextIsRejectedNamingTheKind(Function<String, EntityId> factory, String kind) {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> factory.apply(""))
        .withMessage(kind + " id must not be blank");
  }

  @Test
  void whiteSpaceAloneIsBlank() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> SiteId.of("   "))
        .withMessage("site id must not be blank");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> PlaceId.of("\t"))
        .withMessage("place id must not be blank");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void nullTextIsRejectedNamingTheKind(Function<String, EntityId> factory, String kind) {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> factory.apply(null))
        .withMessage(kind + " id");
  }

  @Test
  void upperCaseLettersAreRejected() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> SiteId.of("Luzhou"))
        .withMessage("site id 'Luzhou' is invalid at index 0, 'L': " + RULE);
  }

  @Test
  void aLeadingHyphenIsRejected() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> ActivityId.of("-training"))
        .withMessage("activity id '-training' is invalid at index 0, '-': " + RULE);
  }

  @Test
  void spacesAreRejected() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> ActivityId.of("training spain"))
        .withMessage("activity id 'training spain' is invalid at index 8, U+0020: " + RULE);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> SiteId.of(" luzhou"))
        .withMessage("site id ' luzhou' is invalid at index 0, U+0020: " + RULE);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> SiteId.of("luzhou "))
        .withMessage("site id 'luzhou ' is invalid at index 6, U+0020: " + RULE);
  }

  @Test
  void nonAsciiLettersAreRejected() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> PlaceId.of("泸州"))
        .withMessage("place id '泸州' is invalid at index 0, '泸' (U+6CF8): " + RULE);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> PlaceId.of("málaga"))
        .withMessage("place id 'málaga' is invalid at index 1, 'á' (U+00E1): " + RULE);
  }

  @Test
  void charactersThatWouldNotShowAreWrittenAsEscapesAndNamedByCode() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> SiteId.of("luzhou\n"))
        .withMessage("site id 'luzhou\\u000A' is invalid at index 6, U+000A: " + RULE);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> TopicId.of("it\u0000"))
        .withMessage("topic id 'it\\u0000' is invalid at index 2, U+0000: " + RULE);
    // A no-break space is not blank for Java, so the id is invalid rather than blank.
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> ThemeId.of("\u00A0"))
        .withMessage("theme id '\\u00A0' is invalid at index 0, U+00A0: " + RULE);
    // DEL is a control: named by its code, and escaped in the quoted id.
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> SiteId.of("luzhou\u007F"))
        .withMessage("site id 'luzhou\\u007F' is invalid at index 6, U+007F: " + RULE);
    // '~' (U+007E), the last visible ASCII character, is quoted as it is.
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> SiteId.of("luzhou~"))
        .withMessage("site id 'luzhou~' is invalid at index 6, '~': " + RULE);
    // A combining accent is named by its code, not drawn over the quote.
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> PlaceId.of("cafe\u0301"))
        .withMessage("place id 'cafe\\u0301' is invalid at index 4, U+0301: " + RULE);
  }

  @Test
  void anInvalidIdOfFortyCharactersIsQuotedWhole() {
    String id = "a".repeat(39) + "A";
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> SiteId.of(id))
        .withMessage("site id '" + id + "' is invalid at index 39, 'A': " + RULE);
  }

  @Test
  void aLongInvalidIdIsQuotedByItsBeginningAndLength() {
    String id = "a".repeat(5000) + "A";
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> SiteId.of(id))
        .withMessage("site id '" + "a".repeat(40) + "...' (5001 characters) is invalid at index 5000, 'A': " + RULE);
  }

  @Test
  void underscoresAndOtherPunctuationAreRejected() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> MissionId.of("sichuan_2015"))
        .withMessage("mission id 'sichuan_2015' is invalid at index 7, '_': " + RULE);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> MissionId.of("sichuan/2015"))
        .withMessage("mission id 'sichuan/2015' is invalid at index 7, '/': " + RULE);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> MissionId.of("sichuan.2015"))
        .withMessage("mission id 'sichuan.2015' is invalid at index 7, '.': " + RULE);
  }

  @Test
  void idsAreEqualWhenOfTheSameKindWithTheSameText() {
    EqualsTester tester = new EqualsTester();
    for (Kind kind : KINDS) {
      tester.addEqualityGroup(kind.factory().apply("luzhou"), kind.factory().apply("luzhou"));
    }
    tester
        .addEqualityGroup(SiteId.of("shanghai"), SiteId.of("shanghai"))
        .addEqualityGroup(SiteId.of("huizhou"))
        .testEquals();
  }

  @Test
  void theSameTextOfTwoKindsNamesTwoDifferentIds() {
    assertThat(SiteId.of("luzhou")).isNotEqualTo(PlaceId.of("luzhou"));
    assertThat(PlaceId.of("luzhou")).isNotEqualTo(SiteId.of("luzhou"));
    assertThat(SiteId.of("luzhou").compareTo(PlaceId.of("luzhou"))).isNotZero();
  }

  @Test
  void idsAreOrderedByKindThenByText() {
    List<EntityId> ids = new ArrayList<>(List.of(
        SiteId.of("shanghai"),
        PlaceId.of("sichuan"),
        SiteId.of("luzhou"),
        ActivityId.of("training-spain-2016"),
        PlaceId.of("chengdu")));

    Collections.sort(ids);

    assertThat(ids).containsExactly(
        ActivityId.of("training-spain-2016"),
        PlaceId.of("chengdu"),
        PlaceId.of("sichuan"),
        SiteId.of("luzhou"),
        SiteId.of("shanghai"));
  }

  @Test
  void theKindComesFirstWhateverTheText() {
    EntityId place = PlaceId.of("zhejiang");
    EntityId site = SiteId.of("anhui");

    assertThat(place).isLessThan(site);
    assertThat(site).isGreaterThan(place);
  }

  @Test
  void textIsComparedCharacterByCharacterNotAsNumbers() {
    assertThat(ActivityId.of("panel-10")).isLessThan(ActivityId.of("panel-2"));
  }

  @Test
  void theOrderIsConsistentWithEquals() {
    assertThat(SiteId.of("luzhou")).isEqualByComparingTo(SiteId.of("luzhou"));
    assertThat(SiteId.of("luzhou").compareTo(SiteId.of("shanghai"))).isNegative();
  }

  @Test
  void kindsAreOrderedByTheirNames() {
    List<String> sortedKinds = KINDS.stream()
        .map(kind -> kind.factory().apply("luzhou"))
        .sorted()
        .map(EntityId::kind)
        .collect(Collectors.toList());

    assertThat(sortedKinds).containsExactly("activity", "component", "decision", "meeting",
        "mission", "organisation", "place", "programme", "request", "site", "theme", "topic");
  }
}
