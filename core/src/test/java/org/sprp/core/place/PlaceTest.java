package org.sprp.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sprp.core.BilingualName;
import org.sprp.core.PlaceId;

/**
 * A country, province-level division or prefecture, with the rules of its level checked when it
 * is built.
 */
class PlaceTest {

  private static Place.Builder spain() {
    return Place.builder()
        .id(PlaceId.of("spain"))
        .level(PlaceLevel.COUNTRY)
        .name(BilingualName.of("Spain", "西班牙"))
        .isoCode("ES");
  }

  private static Place.Builder sichuan() {
    return Place.builder()
        .id(PlaceId.of("sichuan"))
        .level(PlaceLevel.PROVINCE)
        .name(BilingualName.of("Sichuan", "四川省"))
        .parent(PlaceId.of("china"))
        .divisionCode("510000")
        .isoCode("CN-SC");
  }

  private static Place.Builder luzhou() {
    return Place.builder()
        .id(PlaceId.of("luzhou"))
        .level(PlaceLevel.PREFECTURE)
        .name(BilingualName.of("Luzhou", "泸州市"))
        .parent(PlaceId.of("sichuan"))
        .divisionCode("510500");
  }

  @Test
  void aCodeInAMessageIsQuotedOnOneLine() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> luzhou().level(PlaceLevel.PROVINCE).divisionCode("510000\n+ fake").build())
        .withMessage("Place 'luzhou': divisionCode '510000\\u000A+ fake' must be six digits ending in 0000 for a "
            + "province-level division, such as 510000");
  }

  @Test
  void aPlaceCannotBeItsOwnParent() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> luzhou().parent(PlaceId.of("luzhou")).build())
        .withMessage("Place 'luzhou': parent must not be the place itself");
  }

  @Test
  void aPrefectureHasItsProvinceAsParentAndADivisionCode() {
    Place luzhou = luzhou().build();

    assertThat(luzhou.id()).isEqualTo(PlaceId.of("luzhou"));
    assertThat(luzhou.level()).isEqualTo(PlaceLevel.PREFECTURE);
    assertThat(luzhou.name()).hasToString("Luzhou (泸州市)");
    assertThat(luzhou.parent()).contains(PlaceId.of("sichuan"));
    assertThat(luzhou.divisionCode()).contains("510500");
    assertThat(luzhou.isoCode()).isEmpty();
  }

  @Test
  void placesAreEqualWhenAllTheirAttributesAreEqual() {
    new EqualsTester()
        .addEqualityGroup(sichuan().build(), sichuan().build())
        .addEqualityGroup(sichuan().id(PlaceId.of("sichuan-province")).build())
        .addEqualityGroup(sichuan().name(BilingualName.of("Sichuan")).build())
        .addEqualityGroup(sichuan().parent(PlaceId.of("prc")).build())
        .addEqualityGroup(sichuan().divisionCode("500000").build())
        .addEqualityGroup(sichuan().isoCode("CN-51").build())
        .addEqualityGroup(Place.builder()
            .id(PlaceId.of("sichuan"))
            .level(PlaceLevel.PROVINCE)
            .name(BilingualName.of("Sichuan", "四川省"))
            .parent(PlaceId.of("china"))
            .build())
        .addEqualityGroup(Place.builder()
            .id(PlaceId.of("sichuan"))
            .level(PlaceLevel.PREFECTURE)
            .name(BilingualName.of("Sichuan", "四川省"))
            .parent(PlaceId.of("china"))
            .build())
        .testEquals();
  }

  @Test
  void idLevelAndNameAreRequired() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> Place.builder().id(PlaceId.of("luzhou")).build())
        .withMessage("Cannot build Place, some of required attributes are not set [level, name]");
  }

  @Test
  void aBuilderCopiesAnExistingPlace() {
    Place luzhou = luzhou().build();

    assertThat(Place.builder().from(luzhou).build()).isEqualTo(luzhou);
  }

  @Nested
  class ACountry {

    @Test
    void hasNoParentAndAnIso3166Alpha2Code() {
      Place spain = spain().build();

      assertThat(spain.parent()).isEmpty();
      assertThat(spain.isoCode()).contains("ES");
    }

    @Test
    void mayHaveNoCodeAtAll() {
      assertThat(spain().isoCode(Optional.empty()).build().isoCode()).isEmpty();
    }

    @Test
    void mustNotHaveAParent() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> spain().parent(PlaceId.of("europe")).build())
          .withMessage("Place 'spain': parent must be empty for a country");
    }

    @Test
    void mustNotHaveADivisionCode() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Place.builder()
              .id(PlaceId.of("china"))
              .level(PlaceLevel.COUNTRY)
              .name(BilingualName.of("China", "中国"))
              .divisionCode("100000")
              .build())
          .withMessage("Place 'china': divisionCode must be empty for a country: "
              + "GB/T 2260 codes name divisions of China");
    }

    @Test
    void mustNotHaveAThreeLetterIsoCode() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> spain().isoCode("ESP").build())
          .withMessage("Place 'spain': isoCode 'ESP' must be two upper-case letters "
              + "(ISO 3166-1 alpha-2) for a country, such as ES");
    }

    @Test
    void mustNotHaveALowerCaseIsoCode() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> spain().isoCode("es").build())
          .withMessage("Place 'spain': isoCode 'es' must be two upper-case letters "
              + "(ISO 3166-1 alpha-2) for a country, such as ES");
    }

    @Test
    void mustNotHaveTheIsoCodeOfAProvince() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> spain().isoCode("ES-MD").build())
          .withMessage("Place 'spain': isoCode 'ES-MD' must be two upper-case letters "
              + "(ISO 3166-1 alpha-2) for a country, such as ES");
    }
  }

  @Nested
  class AProvinceLevelDivision {

    @Test
    void hasAParentADivisionCodeAndAnIso3166Dash2Code() {
      Place sichuan = sichuan().build();

      assertThat(sichuan.parent()).contains(PlaceId.of("china"));
      assertThat(sichuan.divisionCode()).contains("510000");
      assertThat(sichuan.isoCode()).contains("CN-SC");
    }

    @Test
    void mayHaveANumericIso3166Dash2Code() {
      assertThat(sichuan().isoCode("CN-51").build().isoCode()).contains("CN-51");
    }

    @Test
    void mustHaveAParent() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> sichuan().parent(Optional.empty()).build())
          .withMessage("Place 'sichuan': parent must be given for a province-level division");
    }

    @Test
    void mustHaveADivisionCodeEndingIn0000() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> sichuan().divisionCode("510500").build())
          .withMessage("Place 'sichuan': divisionCode '510500' must be six digits ending in "
              + "0000 for a province-level division, such as 510000");
    }

    @Test
    void mustHaveADivisionCodeOfSixDigits() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> sichuan().divisionCode("51000").build())
          .withMessage("Place 'sichuan': divisionCode '51000' must be six digits ending in "
              + "0000 for a province-level division, such as 510000");
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> sichuan().divisionCode("5100000").build())
          .withMessage("Place 'sichuan': divisionCode '5100000' must be six digits ending in "
              + "0000 for a province-level division, such as 510000");
    }

    @Test
    void mustHaveADivisionCodeNotStartingWith0() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> sichuan().divisionCode("010000").build())
          .withMessage("Place 'sichuan': divisionCode '010000' must be six digits ending in "
              + "0000 for a province-level division, such as 510000");
    }

    @Test
    void mustNotHaveAnIsoCodeWithoutItsCountry() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> sichuan().isoCode("SC").build())
          .withMessage("Place 'sichuan': isoCode 'SC' must be an ISO 3166-2 code "
              + "for a province-level division, such as CN-SC");
    }

    @Test
    void mustNotHaveAnIsoCodeWithMoreThanThreeCharactersAfterTheCountry() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> sichuan().isoCode("CN-SICH").build())
          .withMessage("Place 'sichuan': isoCode 'CN-SICH' must be an ISO 3166-2 code "
              + "for a province-level division, such as CN-SC");
    }
  }

  @Nested
  class APrefecture {

    @Test
    void mustHaveAParent() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> luzhou().parent(Optional.empty()).build())
          .withMessage("Place 'luzhou': parent must be given for a prefecture");
    }

    @Test
    void mustNotHaveTheDivisionCodeOfAProvince() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> luzhou().divisionCode("510000").build())
          .withMessage("Place 'luzhou': divisionCode '510000' must be six digits ending in "
              + "00 but not 0000 for a prefecture, such as 510500");
    }

    @Test
    void mustNotHaveTheDivisionCodeOfACounty() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> luzhou().divisionCode("510502").build())
          .withMessage("Place 'luzhou': divisionCode '510502' must be six digits ending in "
              + "00 but not 0000 for a prefecture, such as 510500");
    }

    @Test
    void mustNotHaveAnIsoCode() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> luzhou().isoCode("CN-SC").build())
          .withMessage("Place 'luzhou': isoCode must be empty for a prefecture: "
              + "ISO 3166 does not code them");
    }
  }
}
