package org.sprp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

/** A name in English and, where known, simplified Chinese. */
class BilingualNameTest {

  @Test
  void aNameKnownOnlyInEnglishHasNoChineseForm() {
    BilingualName name = BilingualName.of("Spain");

    assertThat(name.english()).isEqualTo("Spain");
    assertThat(name.chinese()).isEmpty();
  }

  @Test
  void aNameMayHaveBothForms() {
    BilingualName name = BilingualName.of("Luzhou", "泸州市");

    assertThat(name.english()).isEqualTo("Luzhou");
    assertThat(name.chinese()).contains("泸州市");
  }

  @Test
  void toStringGivesTheChineseFormInParenthesesAfterTheEnglish() {
    assertThat(BilingualName.of("Luzhou", "泸州市")).hasToString("Luzhou (泸州市)");
  }

  @Test
  void toStringIsTheEnglishAloneWhenNoChineseIsKnown() {
    assertThat(BilingualName.of("Luzhou")).hasToString("Luzhou");
  }

  @Test
  void namesAreEqualWhenBothFormsAreEqual() {
    new EqualsTester()
        .addEqualityGroup(BilingualName.of("Luzhou", "泸州市"), BilingualName.of("Luzhou", "泸州市"))
        .addEqualityGroup(BilingualName.of("Luzhou"), BilingualName.of("Luzhou"))
        .addEqualityGroup(BilingualName.of("Luzhou", "泸县"))
        .addEqualityGroup(BilingualName.of("Luxian", "泸州市"))
        .addEqualityGroup(BilingualName.of("luzhou", "泸州市"))
        .testEquals();
  }

  @Test
  void englishMustNotBeEmpty() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> BilingualName.of(""))
        .withMessage("name: english must not be blank");
  }

  @Test
  void englishMustNotBeWhiteSpaceAlone() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> BilingualName.of("   ", "泸州市"))
        .withMessage("name: english must not be blank");
  }

  @Test
  void englishMustNotStartWithWhiteSpace() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> BilingualName.of(" Luzhou"))
        .withMessage("name: english ' Luzhou' must not start or end with white space");
  }

  @Test
  void englishMustNotEndWithWhiteSpace() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> BilingualName.of("Luzhou\n", "泸州市"))
        .withMessage("name: english 'Luzhou\n' must not start or end with white space");
  }

  @Test
  void whiteSpaceIncludesNonAsciiSpaces() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> BilingualName.of("Luzhou\u3000"))
        .withMessage("name: english 'Luzhou\u3000' must not start or end with white space");
  }

  @Test
  void englishMayHaveSpacesInside() {
    assertThat(BilingualName.of("Rural-urban integration").english())
        .isEqualTo("Rural-urban integration");
  }

  @Test
  void chineseMustNotBeEmptyWhenGiven() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> BilingualName.of("Luzhou", ""))
        .withMessage("name: chinese must not be blank when given");
  }

  @Test
  void aFullWidthSpaceAloneIsABlankChineseName() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> BilingualName.of("Luzhou", "\u3000"))
        .withMessage("name: chinese must not be blank when given");
  }

  @Test
  void chineseMustNotStartOrEndWithWhiteSpace() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> BilingualName.of("Luzhou", "泸州市 "))
        .withMessage("name: chinese '泸州市 ' must not start or end with white space");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> BilingualName.of("Luzhou", "\u3000泸州市"))
        .withMessage("name: chinese '\u3000泸州市' must not start or end with white space");
  }

  @Test
  void englishIsCheckedBeforeChinese() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> BilingualName.of(" Luzhou", " 泸州市"))
        .withMessage("name: english ' Luzhou' must not start or end with white space");
  }

  @Test
  void nullFormsAreRejectedByName() {
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> BilingualName.of(null))
        .withMessage("english");
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> BilingualName.of(null, "泸州市"))
        .withMessage("english");
    assertThatExceptionOfType(NullPointerException.class)
        .isThrownBy(() -> BilingualName.of("Luzhou", null))
        .withMessage("chinese");
  }
}
