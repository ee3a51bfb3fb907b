package org.sprp.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The specification of {@link Timing}: which EDTF texts it accepts, the bounds each one has, the
 * rule each rejected text breaks, and how timings compare, contain and overlap one another.
 *
 * <p>Every expected date below is written out by hand.
 */
@DisplayName("Timing")
class TimingTest {

  private static final Optional<LocalDate> NONE = Optional.empty();

  private static Optional<LocalDate> on(int year, int month, int day) {
    return Optional.of(LocalDate.of(year, month, day));
  }

  private static Timing t(String text) {
    return Timing.parse(text);
  }

  @Nested
  @DisplayName("parse(text)")
  class Parse {

    static Stream<Arguments> acceptedForms() {
      return Stream.of(
          arguments("2015-04-21", "a day", on(2015, 4, 21), on(2015, 4, 21)),
          arguments("2016-02-29", "a leap day", on(2016, 2, 29), on(2016, 2, 29)),
          arguments("2015-09", "a month", on(2015, 9, 1), on(2015, 9, 30)),
          arguments("2016-02", "February of a leap year", on(2016, 2, 1), on(2016, 2, 29)),
          arguments("2015-02", "February of a common year", on(2015, 2, 1), on(2015, 2, 28)),
          arguments("2016", "a year", on(2016, 1, 1), on(2016, 12, 31)),
          arguments("-0044", "a negative year", on(-44, 1, 1), on(-44, 12, 31)),
          arguments("-0044-03-15", "a day of a negative year", on(-44, 3, 15), on(-44, 3, 15)),
          arguments("0000", "year zero", on(0, 1, 1), on(0, 12, 31)),
          arguments("2016-02?", "an uncertain month", on(2016, 2, 1), on(2016, 2, 29)),
          arguments("2016-02~", "an approximate month", on(2016, 2, 1), on(2016, 2, 29)),
          arguments("2016-02%", "an uncertain and approximate month", on(2016, 2, 1), on(2016, 2, 29)),
          arguments("2016?", "an uncertain year", on(2016, 1, 1), on(2016, 12, 31)),
          arguments("2015-04-21~", "an approximate day", on(2015, 4, 21), on(2015, 4, 21)),
          arguments("2015-21", "spring: March to May", on(2015, 3, 1), on(2015, 5, 31)),
          arguments("2015-22", "summer: June to August", on(2015, 6, 1), on(2015, 8, 31)),
          arguments("2015-23", "autumn: September to November", on(2015, 9, 1), on(2015, 11, 30)),
          arguments("2015-24", "winter: December to the end of a leap February", on(2015, 12, 1), on(2016, 2, 29)),
          arguments("2014-24", "winter: December to the end of a common February", on(2014, 12, 1), on(2015, 2, 28)),
          arguments("-0044-24", "winter of a negative year, into the next", on(-44, 12, 1), on(-43, 2, 28)),
          arguments("2015-21?", "an uncertain season", on(2015, 3, 1), on(2015, 5, 31)),
          arguments("201X", "a decade", on(2010, 1, 1), on(2019, 12, 31)),
          arguments("20XX", "a century", on(2000, 1, 1), on(2099, 12, 31)),
          arguments("201X~", "an approximate decade", on(2010, 1, 1), on(2019, 12, 31)),
          arguments("2016-XX", "an unspecified month", on(2016, 1, 1), on(2016, 12, 31)),
          arguments("2016-02-XX", "an unspecified day", on(2016, 2, 1), on(2016, 2, 29)),
          arguments("2016-XX-XX", "an unspecified month and day", on(2016, 1, 1), on(2016, 12, 31)),
          arguments("2015-09/2016-02", "an interval of months", on(2015, 9, 1), on(2016, 2, 29)),
          arguments("2015-09?/2016-02~", "an interval with qualified ends", on(2015, 9, 1), on(2016, 2, 29)),
          arguments("2016-21/2016-23", "an interval of seasons", on(2016, 3, 1), on(2016, 11, 30)),
          arguments("2016/2016", "an interval of one year", on(2016, 1, 1), on(2016, 12, 31)),
          arguments("-0044/0014", "an interval across year zero", on(-44, 1, 1), on(14, 12, 31)),
          arguments("2016-02/..", "an interval with an open end", on(2016, 2, 1), NONE),
          arguments("../2016", "an interval with an open start", NONE, on(2016, 12, 31)),
          arguments("/2016", "an interval with an unknown start", NONE, on(2016, 12, 31)),
          arguments("2016/", "an interval with an unknown end", on(2016, 1, 1), NONE),
          arguments("2016-02%/..", "a qualified start and an open end", on(2016, 2, 1), NONE),
          arguments("../2016?", "an open start and a qualified end", NONE, on(2016, 12, 31)));
    }

    @ParameterizedTest(name = "{0} ({1}) prints back unchanged")
    @MethodSource("acceptedForms")
    void printsBackTheTextItParsed(String text, String meaning, Optional<LocalDate> earliest, Optional<LocalDate> latest) {
      assertThat(Timing.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} ({1}) runs from {2} to {3}")
    @MethodSource("acceptedForms")
    void hasTheBoundsOfItsForm(String text, String meaning, Optional<LocalDate> earliest, Optional<LocalDate> latest) {
      Timing timing = Timing.parse(text);

      assertThat(timing.earliest()).isEqualTo(earliest);
      assertThat(timing.latest()).isEqualTo(latest);
    }

    @ParameterizedTest(name = "{0} ({1}) reads back to an equal timing")
    @MethodSource("acceptedForms")
    void readsItsOwnTextBackToAnEqualTiming(String text, String meaning, Optional<LocalDate> earliest, Optional<LocalDate> latest) {
      Timing timing = Timing.parse(text);

      assertThat(Timing.parse(timing.toString())).isEqualTo(timing);
    }

    @Test
    void acceptsAnyCharSequence() {
      Timing timing = Timing.parse(new StringBuilder("2016-02?"));

      assertThat(timing).isEqualTo(Timing.parse("2016-02?"));
      assertThat(timing.toString()).isEqualTo("2016-02?");
    }

    @Test
    void rejectsNullNamingTheArgument() {
      assertThatExceptionOfType(NullPointerException.class)
          .isThrownBy(() -> Timing.parse(null))
          .withMessage("text");
    }
  }

  @Nested
  @DisplayName("parse(text) rejections")
  class Rejections {

    static Stream<Arguments> rejectedTexts() {
      return Stream.of(
          arguments("", 0, "the text is empty"),
          arguments(" 2016", 0, "unexpected character U+0020: a date starts with a year of four digits"),
          arguments("2016 ", 4, "unexpected character U+0020 after the date"),
          arguments("2016\n", 4, "unexpected character U+000A after the date"),
          arguments("2016\u200B", 4, "unexpected character U+200B after the date"),
          arguments("\uFF12\uFF10\uFF11\uFF16", 0,
              "unexpected character '\uFF12' (U+FF12): a date starts with a year of four digits"),
          // A character outside the Basic Multilingual Plane is named whole, not by half of its surrogate pair.
          arguments("\uD835\uDFDA016", 0,
              "unexpected character '\uD835\uDFDA' (U+1D7DA): a date starts with a year of four digits"),
          arguments("16-02", 0, "a year has four digits"),
          arguments("201", 0, "a year has four digits"),
          arguments("-", 1, "a year has four digits"),
          arguments("2016-X", 5, "a month has two digits (or 'XX' when unspecified)"),
          arguments("201x", 3, "unspecified digits are written with a capital 'X': '201X', '2016-XX'"),
          arguments("2016x", 4, "unspecified digits are written with a capital 'X'"),
          arguments("2016-xx", 5, "unspecified digits are written with a capital 'X'"),
          arguments("2016-02-xX", 8, "unspecified digits are written with a capital 'X'"),
          arguments("20160", 0, "a year has four digits; longer years are not supported"),
          arguments("Y170000002", 0, "letter-prefixed years (Y...) are not supported"),
          arguments("-0000", 0, "year zero has no sign: '-0000' is not a year"),
          arguments("-201X", 0, "a negative year cannot have unspecified digits"),
          // Unspecified digits count as zeros in the year's value, which must not make this "year zero".
          arguments("-00XX", 0, "a negative year cannot have unspecified digits"),
          arguments("-000X-01", 0, "a negative year cannot have unspecified digits"),
          arguments("2XXX", 0, "at most the last two digits of a year may be unspecified"),
          arguments("20X6", 3, "unspecified digits 'X' of a year come last"),
          arguments("2016-13", 5, "month 13 is not a month 01-12 or a season 21-24"),
          arguments("2016-00", 5, "month 00 is not a month 01-12 or a season 21-24"),
          arguments("2016-20", 5, "month 20 is not a month 01-12 or a season 21-24"),
          arguments("2016-25", 5, "month 25 is not a month 01-12 or a season 21-24"),
          arguments("2016-2", 6, "a month has two digits (or 'XX' when unspecified)"),
          arguments("2016-021", 5, "a month has two digits (or 'XX' when unspecified)"),
          arguments("201X-05", 5, "a month or season cannot follow a year with unspecified digits"),
          arguments("201X-21", 5, "a month or season cannot follow a year with unspecified digits"),
          arguments("201X-XX", 5, "a month or season cannot follow a year with unspecified digits"),
          arguments("20XX-XX-XX", 5, "a month or season cannot follow a year with unspecified digits"),
          arguments("2016-02-30", 8, "day 30 is not in February 2016 (01-29)"),
          arguments("2015-02-29", 8, "day 29 is not in February 2015 (01-28)"),
          arguments("2016-02-00", 8, "day 00 is not in February 2016 (01-29)"),
          arguments("2016-04-31", 8, "day 31 is not in April 2016 (01-30)"),
          // The year as written: four digits and its sign.
          arguments("-0001-02-30", 9, "day 30 is not in February -0001 (01-28)"),
          arguments("0044-02-30", 8, "day 30 is not in February 0044 (01-29)"),
          arguments("2016-02-1", 9, "a day has two digits (or 'XX' when unspecified)"),
          arguments("2016-XX-05", 8, "a day cannot follow an unspecified month"),
          arguments("2016-21-01", 7, "a season (21-24) has no day"),
          arguments("2016-02??", 8, "only one qualifier ('?' uncertain, '~' approximate or '%' both) may end a date"),
          arguments("2016-02?~", 8, "only one qualifier ('?' uncertain, '~' approximate or '%' both) may end a date"),
          arguments("2016-02-01T10:00", 10, "times of day are not supported"),
          arguments("2016-02-01t10:00", 10, "times of day are not supported"),
          arguments("2016/2015", 4, "interval start 2016 is after its end 2015"),
          arguments("2016-02/2016-01", 7, "interval start 2016-02 is after its end 2016-01"),
          arguments("2016-24/2016-11", 7, "interval start 2016-24 is after its end 2016-11"),
          arguments("2016/2017/2018", 9, "an interval has exactly one '/'"),
          arguments("/", 0, "an interval needs a date at one end at least"),
          arguments("../..", 2, "an interval needs a date at one end at least"),
          arguments("/..", 0, "an interval needs a date at one end at least"),
          arguments("2016/...", 5, "unexpected character '.': a date starts with a year of four digits"));
    }

    @ParameterizedTest(name = "\"{0}\" fails at index {1}: {2}")
    @MethodSource("rejectedTexts")
    void namesTheRuleTheTextBreaksAndWhere(String text, int index, String rule) {
      assertThatExceptionOfType(DateTimeParseException.class)
          .isThrownBy(() -> Timing.parse(text))
          .satisfies(e -> {
            assertThat(e.getParsedString()).isEqualTo(text);
            assertThat(e.getErrorIndex()).isEqualTo(index);
          })
          .withMessageStartingWith("Invalid timing '")
          .withMessageContaining("' at index " + index + ": ")
          .withMessageContaining(rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2016/02   | 5 | a year has four digits; for a month, write 2016-02",
        "2016/2    | 5 | a year has four digits; for a month, write 2016-02",
        "2016/12   | 5 | a year has four digits; for a month, write 2016-12",
        "2016/1    | 5 | a year has four digits; for a month, write 2016-01",
        "2016/10   | 5 | a year has four digits; for a month, write 2016-10",
        "2016-2016 | 5 | a month has two digits (or 'XX' when unspecified); for an interval of years, write 2016/2016",
        "2016-2017 | 5 | a month has two digits (or 'XX' when unspecified); for an interval of years, write 2016/2017",
        // No hint where the text may mean something else: 2015/16 may be the school year.
        "2015/16   | 5 | a year has four digits",
        "2016/13   | 5 | a year has four digits",
        "2016/0    | 5 | a year has four digits",
        "12        | 0 | a year has four digits",
        "2016-02/3 | 8 | a year has four digits",
        "2016-2017/2018 | 5 | a month has two digits (or 'XX' when unspecified)",
        // Nor where the hint would itself be refused: 2016/2015 ends before it starts.
        "2016-2015 | 5 | a month has two digits (or 'XX' when unspecified)",
        "201X-2017 | 5 | a month has two digits (or 'XX' when unspecified)",
    })
    void hintsAtTheEdtfFormOfTwoCommonMistakes(String text, int index, String rule) {
      assertThatExceptionOfType(DateTimeParseException.class)
          .isThrownBy(() -> Timing.parse(text))
          .withMessage("Invalid timing '" + text + "' at index " + index + ": " + rule);
    }

    @Test
    void quotesTheTextWithCharactersThatWouldNotShowAsEscapes() {
      assertThatExceptionOfType(DateTimeParseException.class)
          .isThrownBy(() -> Timing.parse("2016\n"))
          .withMessage("Invalid timing '2016\\u000A' at index 4: unexpected character U+000A after the date");
      assertThatExceptionOfType(DateTimeParseException.class)
          .isThrownBy(() -> Timing.parse("2016-02\u200B"))
          .withMessage("Invalid timing '2016-02\\u200B' at index 7: unexpected character U+200B after the date");
    }

    @Test
    void quotesTheBeginningOfALongTextAndKeepsTheWholeTextInTheException() {
      String text = "2016" + "0".repeat(1_000_000);
      assertThatExceptionOfType(DateTimeParseException.class)
          .isThrownBy(() -> Timing.parse(text))
          .satisfies(e -> {
            assertThat(e.getParsedString()).isEqualTo(text);
            assertThat(e.getMessage()).isEqualTo("Invalid timing '" + text.substring(0, 40)
                + "...' (1000004 characters) at index 0: a year has four digits; longer years are not supported");
          });
    }

    @Test
    void doesNotCutASurrogatePairWhenShorteningALongText() {
      String text = "2016" + "0".repeat(35) + "\uD835\uDFDA" + "0".repeat(10);
      assertThatExceptionOfType(DateTimeParseException.class)
          .isThrownBy(() -> Timing.parse(text))
          .withMessageStartingWith("Invalid timing '" + text.substring(0, 39) + "...' (51 characters)");
    }
  }

  @Nested
  @DisplayName("isInterval(), isUncertain(), isApproximate()")
  class Flags {

    @ParameterizedTest(name = "{0}: interval {1}, uncertain {2}, approximate {3}")
    @CsvSource({
        "2016-02,            false, false, false",
        "2016-02?,           false, true,  false",
        "2016-02~,           false, false, true",
        "2016-02%,           false, true,  true",
        "2015-21?,           false, true,  false",
        "201X~,              false, false, true",
        "2015-04-21%,        false, true,  true",
        "2015-09/2016-02,    true,  false, false",
        "2015-09?/2016-02,   true,  true,  false",
        "2015-09/2016-02~,   true,  false, true",
        "2015-09?/2016-02~,  true,  true,  true",
        "2016-02%/..,        true,  true,  true",
        "/2016?,             true,  true,  false",
        "2016/,              true,  false, false",
    })
    void reportTheFormAndItsQualifiers(String text, boolean interval, boolean uncertain, boolean approximate) {
      Timing timing = Timing.parse(text);

      assertThat(timing.isInterval()).as("isInterval").isEqualTo(interval);
      assertThat(timing.isUncertain()).as("isUncertain").isEqualTo(uncertain);
      assertThat(timing.isApproximate()).as("isApproximate").isEqualTo(approximate);
    }
  }

  @Nested
  @DisplayName("contains(LocalDate)")
  class ContainsDate {

    static Stream<Arguments> days() {
      return Stream.of(
          arguments("2016-02", LocalDate.of(2016, 1, 31), false),
          arguments("2016-02", LocalDate.of(2016, 2, 1), true),
          arguments("2016-02", LocalDate.of(2016, 2, 29), true),
          arguments("2016-02", LocalDate.of(2016, 3, 1), false),
          arguments("2015-04-21", LocalDate.of(2015, 4, 20), false),
          arguments("2015-04-21", LocalDate.of(2015, 4, 21), true),
          arguments("2015-04-21", LocalDate.of(2015, 4, 22), false),
          arguments("2016-02?", LocalDate.of(2016, 3, 1), false),
          arguments("2016-02~", LocalDate.of(2016, 1, 31), false),
          arguments("2015-24", LocalDate.of(2015, 11, 30), false),
          arguments("2015-24", LocalDate.of(2015, 12, 1), true),
          arguments("2015-24", LocalDate.of(2016, 2, 29), true),
          arguments("2015-24", LocalDate.of(2016, 3, 1), false),
          arguments("201X", LocalDate.of(2009, 12, 31), false),
          arguments("201X", LocalDate.of(2010, 1, 1), true),
          arguments("201X", LocalDate.of(2019, 12, 31), true),
          arguments("201X", LocalDate.of(2020, 1, 1), false),
          arguments("-0044", LocalDate.of(-45, 12, 31), false),
          arguments("-0044", LocalDate.of(-44, 3, 15), true),
          arguments("-0044", LocalDate.of(-43, 1, 1), false),
          arguments("2015-09/2016-02", LocalDate.of(2015, 8, 31), false),
          arguments("2015-09/2016-02", LocalDate.of(2015, 9, 1), true),
          arguments("2015-09/2016-02", LocalDate.of(2016, 2, 29), true),
          arguments("2015-09/2016-02", LocalDate.of(2016, 3, 1), false),
          arguments("2016-02/..", LocalDate.of(2016, 1, 31), false),
          arguments("2016-02/..", LocalDate.of(2016, 2, 1), true),
          arguments("2016-02/..", LocalDate.MAX, true),
          arguments("2016/", LocalDate.of(2015, 12, 31), false),
          arguments("2016/", LocalDate.of(2016, 1, 1), true),
          arguments("2016/", LocalDate.MAX, true),
          arguments("../2016", LocalDate.MIN, true),
          arguments("../2016", LocalDate.of(2016, 12, 31), true),
          arguments("../2016", LocalDate.of(2017, 1, 1), false),
          arguments("/2016", LocalDate.MIN, true),
          arguments("/2016", LocalDate.of(2016, 12, 31), true),
          arguments("/2016", LocalDate.of(2017, 1, 1), false));
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @MethodSource("days")
    void isTrueExactlyWithinTheBounds(String text, LocalDate day, boolean expected) {
      assertThat(t(text).contains(day)).isEqualTo(expected);
    }

    @Test
    void rejectsNullNamingTheArgument() {
      Timing timing = t("2016");

      assertThatExceptionOfType(NullPointerException.class)
          .isThrownBy(() -> timing.contains((LocalDate) null))
          .withMessage("date");
    }
  }

  @Nested
  @DisplayName("contains(Timing)")
  class ContainsTiming {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
        "2016,            2016-02,         true",
        "2016-02,         2016,            false",
        "2016,            2016,            true",
        "2016,            2016-01-01,      true",
        "2016,            2016-12-31,      true",
        "2016,            2015-12-31,      false",
        "2016,            2016-24,         false",
        "2016-02,         2016-02?,        true",
        "2016,            2016-XX,         true",
        "201X,            2015-24,         true",
        "201X,            2019-24,         false",
        "2015-09/2016-02, 2015-09,         true",
        "2015-09/2016-02, 2016-02,         true",
        "2015-09/2016-02, 2015-24,         true",
        "2015-09/2016-02, 2015-08,         false",
        "2015-09/2016-02, 2016-21,         false",
        "2015-09/2016-02, 2015-09/2016-03, false",
        "2016/..,         2017/..,         true",
        "2016/..,         2015/..,         false",
        "2016/..,         ../2017,         false",
        "2016/..,         2016/,           true",
        "../2016,         /2015,           true",
        "../2016,         2016-12-31,      true",
        "../2016,         2017-01-01,      false",
        "2016-02,         2016-02/..,      false",
    })
    void isTrueWhenTheOtherLiesWhollyWithinTheBounds(String outer, String inner, boolean expected) {
      assertThat(t(outer).contains(t(inner))).isEqualTo(expected);
    }

    @Test
    void rejectsNullNamingTheArgument() {
      Timing timing = t("2016");

      assertThatExceptionOfType(NullPointerException.class)
          .isThrownBy(() -> timing.contains((Timing) null))
          .withMessage("other");
    }
  }

  @Nested
  @DisplayName("overlaps(Timing)")
  class Overlaps {

    @ParameterizedTest(name = "{0} overlaps {1}: {2}")
    @CsvSource({
        "2016,            2016,            true",
        "2016,            2016-02,         true",
        "2015-09/2016-02, 2016-02/2016-05, true",
        "2015-09/2016-02, 2016-03/2016-05, false",
        "2015,            2016,            false",
        "2015-12-31,      2016,            false",
        "2016-01-01,      2016,            true",
        "2016-12-31,      2016,            true",
        "2017-01-01,      2016,            false",
        "2015-24,         2016-01,         true",
        "2015-24,         2016-02-29,      true",
        "2015-24,         2016-03,         false",
        "2015-24,         2015-11,         false",
        "2016-02?,        2016-03~,        false",
        "../2016,         2016/..,         true",
        "../2015,         2016/..,         false",
        "2016/..,         2017/..,         true",
        "/2016,           ../2000,         true",
        "2016/,           2015-12-31,      false",
        "2016/,           9999-12-31,      true",
    })
    void isTrueWhenTheyShareAtLeastOneDayWhicheverWayItIsAsked(String first, String second, boolean expected) {
      Timing a = t(first);
      Timing b = t(second);

      assertThat(a.overlaps(b)).as("%s overlaps %s", a, b).isEqualTo(expected);
      assertThat(b.overlaps(a)).as("%s overlaps %s", b, a).isEqualTo(expected);
    }

    @Test
    void rejectsNullNamingTheArgument() {
      Timing timing = t("2016");

      assertThatExceptionOfType(NullPointerException.class)
          .isThrownBy(() -> timing.overlaps(null))
          .withMessage("other");
    }
  }

  @Nested
  @DisplayName("compareTo(Timing)")
  class Ordering {

    /** A timeline written by hand: earliest bound first, then latest bound, then text. */
    private final List<String> timeline = List.of(
        "../2016",          // open start: before any date
        "/2016",            // unknown start, same end: text '/' comes after '.'
        "-0044",
        "201X",             // 2010-01-01 .. 2019-12-31
        "2015",
        "2015-09/2016-02",  // 2015-09-01 .. 2016-02-29
        "2015-24",          // 2015-12-01 .. 2016-02-29
        "2016-01-01",       // starts with 2016 but ends first
        "2016",
        "2016-XX",          // the same bounds as 2016: by text
        "2016/",            // unknown end: after every bounded end
        "2016/..",          // open end, same start: by text
        "2016-02",
        "2016-02?",         // the same bounds: by text, '?' before '~'
        "2016-02~",
        "2016-21");         // 2016-03-01 .. 2016-05-31

    private List<Timing> parseAll(List<String> texts) {
      List<Timing> timings = new ArrayList<>();
      for (String text : texts) {
        timings.add(t(text));
      }
      return timings;
    }

    @Test
    void sortsMixedTimingsIntoTimelineOrder() {
      List<String> shuffled = new ArrayList<>(timeline);
      Collections.reverse(shuffled);
      Collections.swap(shuffled, 0, 7);
      Collections.swap(shuffled, 3, 12);
      List<Timing> timings = parseAll(shuffled);

      Collections.sort(timings);

      assertThat(timings).map(Timing::toString).containsExactlyElementsOf(timeline);
    }

    @Test
    void putsAnOpenStartBeforeTheYearItEndsIn() {
      assertThat(t("../2016")).isLessThan(t("2016"));
      assertThat(t("2016")).isGreaterThan(t("../2016"));
    }

    @Test
    void putsAnOpenEndAfterTheYearItStartsIn() {
      assertThat(t("2016/..")).isGreaterThan(t("2016"));
      assertThat(t("2016")).isLessThan(t("2016/.."));
    }

    @Test
    void putsAnUnknownStartBeforeTheEarliestKnownDate() {
      assertThat(t("/2016")).isLessThan(t("-0044"));
    }

    @Test
    void putsTheEarlierStartFirstWhateverTheEnd() {
      assertThat(t("2015-09/2016-02")).isLessThan(t("2016-01-01"));
      assertThat(t("2016/..")).isLessThan(t("2016-02"));
    }

    @Test
    void isConsistentWithEquals() {
      List<Timing> sample = parseAll(timeline);
      List<Timing> copies = parseAll(timeline);

      for (Timing a : sample) {
        for (Timing b : copies) {
          int ab = a.compareTo(b);
          int ba = b.compareTo(a);
          assertThat(ab == 0).as("%s compareTo %s is zero", a, b).isEqualTo(a.equals(b));
          assertThat(Integer.signum(ab)).as("sign of %s compareTo %s", a, b).isEqualTo(-Integer.signum(ba));
        }
      }
    }
  }

  @Nested
  @DisplayName("equals() and hashCode()")
  class Equality {

    @Test
    void timingsAreEqualExactlyWhenTheirTextsAreEqual() {
      new EqualsTester()
          .addEqualityGroup(t("2015-09/2016-02"), t("2015-09/2016-02"))
          .addEqualityGroup(Timing.of(LocalDate.of(2015, 4, 21)), t("2015-04-21"))
          .addEqualityGroup(Timing.of(YearMonth.of(2015, 9)), t("2015-09"))
          .addEqualityGroup(Timing.of(Year.of(2016)), t("2016"))
          .addEqualityGroup(t("2016-02?"), t("2016-02?"))
          .addEqualityGroup(t("2016-02~"))
          .addEqualityGroup(t("2016-02"))
          .addEqualityGroup(t("2016-02%"))
          .addEqualityGroup(t("2016-XX"))
          .addEqualityGroup(t("../2016"))
          .addEqualityGroup(t("/2016"))
          .testEquals();
    }

    @Test
    void theHashCodeIsThatOfTheEdtfText() {
      assertThat(t("2016-02?").hashCode()).isEqualTo("2016-02?".hashCode());
      assertThat(Timing.of(YearMonth.of(2015, 9)).hashCode()).isEqualTo("2015-09".hashCode());
    }
  }

  @Nested
  @DisplayName("of(...)")
  class Of {

    @Test
    void ofADayIsThatDay() {
      Timing timing = Timing.of(LocalDate.of(2015, 4, 21));

      assertThat(timing.toString()).isEqualTo("2015-04-21");
      assertThat(timing.earliest()).isEqualTo(on(2015, 4, 21));
      assertThat(timing.latest()).isEqualTo(on(2015, 4, 21));
      assertThat(timing.isInterval()).isFalse();
    }

    @Test
    void ofAMonthIsThatMonth() {
      Timing timing = Timing.of(YearMonth.of(2016, 2));

      assertThat(timing.toString()).isEqualTo("2016-02");
      assertThat(timing.earliest()).isEqualTo(on(2016, 2, 1));
      assertThat(timing.latest()).isEqualTo(on(2016, 2, 29));
    }

    @Test
    void ofAYearIsThatYear() {
      Timing timing = Timing.of(Year.of(2016));

      assertThat(timing.toString()).isEqualTo("2016");
      assertThat(timing.earliest()).isEqualTo(on(2016, 1, 1));
      assertThat(timing.latest()).isEqualTo(on(2016, 12, 31));
    }

    @Test
    void ofAYearWritesAsciiDigitsWhateverTheDefaultLocale() {
      Locale before = Locale.getDefault();
      try {
        for (String tag : List.of("ar-EG", "fa-IR", "th-TH-u-nu-thai", "hi-IN-u-nu-deva")) {
          Locale.setDefault(Locale.forLanguageTag(tag));
          assertThat(Timing.of(Year.of(2016)).toString()).as(tag).isEqualTo("2016");
        }
      } finally {
        Locale.setDefault(before);
      }
    }

    @Test
    void padsYearsToFourDigitsAndKeepsTheirSign() {
      assertThat(Timing.of(Year.of(5)).toString()).isEqualTo("0005");
      assertThat(Timing.of(Year.of(0)).toString()).isEqualTo("0000");
      assertThat(Timing.of(Year.of(-44)).toString()).isEqualTo("-0044");
      assertThat(Timing.of(YearMonth.of(-44, 3)).toString()).isEqualTo("-0044-03");
      assertThat(Timing.of(LocalDate.of(-44, 3, 15)).toString()).isEqualTo("-0044-03-15");
    }

    @Test
    void acceptsTheFourDigitYearsAtEitherEnd() {
      assertThat(Timing.of(Year.of(9999)).toString()).isEqualTo("9999");
      assertThat(Timing.of(Year.of(-9999)).toString()).isEqualTo("-9999");
      assertThat(Timing.of(LocalDate.of(9999, 12, 31)).toString()).isEqualTo("9999-12-31");
      assertThat(Timing.of(YearMonth.of(-9999, 1)).toString()).isEqualTo("-9999-01");
    }

    @Test
    void rejectsADayWhoseYearHasMoreThanFourDigits() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Timing.of(LocalDate.of(10000, 1, 1)))
          .withMessageContaining("year 10000 has more than four digits");
    }

    @Test
    void rejectsAMonthWhoseYearHasMoreThanFourDigits() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Timing.of(YearMonth.of(-10000, 12)))
          .withMessageContaining("year -10000 has more than four digits");
    }

    @Test
    void rejectsAYearWithMoreThanFourDigits() {
      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> Timing.of(Year.of(10000)))
          .withMessageContaining("year 10000 has more than four digits");
    }

    @Test
    void rejectsANullDayNamingTheArgument() {
      assertThatExceptionOfType(NullPointerException.class)
          .isThrownBy(() -> Timing.of((LocalDate) null))
          .withMessage("date");
    }

    @Test
    void rejectsANullMonthNamingTheArgument() {
      assertThatExceptionOfType(NullPointerException.class)
          .isThrownBy(() -> Timing.of((YearMonth) null))
          .withMessage("month");
    }

    @Test
    void rejectsANullYearNamingTheArgument() {
      assertThatExceptionOfType(NullPointerException.class)
          .isThrownBy(() -> Timing.of((Year) null))
          .withMessage("year");
    }
  }

  @Nested
  @DisplayName("round trip")
  class RoundTrip {

    private static final int FIRST_YEAR = -2;
    private static final int LAST_YEAR = 2017;
    private static final String[] MONTHS = {
        "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "23", "24"
    };
    private static final String[] QUALIFIERS = {"", "?", "~", "%"};

    /** Years -0002 to 0002 and 2012 to 2017: around year zero, and common and leap years. */
    private List<String> years() {
      List<String> years = new ArrayList<>();
      for (int year = FIRST_YEAR; year <= LAST_YEAR; year = year == 2 ? 2012 : year + 1) {
        years.add((year < 0 ? "-" : "") + String.format(Locale.ROOT, "%04d", Math.abs(year)));
      }
      return years;
    }

    private List<String> texts() {
      List<String> texts = new ArrayList<>();
      for (String year : years()) {
        for (String qualifier : QUALIFIERS) {
          texts.add(year + qualifier);
          for (String month : MONTHS) {
            texts.add(year + "-" + month + qualifier);
          }
        }
      }
      return texts;
    }

    @Test
    void everyYearMonthAndSeasonWithEveryQualifierPrintsBackUnchanged() {
      List<String> texts = texts();

      // 11 years, each alone and with 16 months or seasons, each with 4 qualifiers.
      assertThat(texts).hasSize(11 * (1 + 16) * 4).doesNotHaveDuplicates();
      assertThat(texts).allSatisfy(text -> {
        Timing timing = Timing.parse(text);
        assertThat(timing.toString()).isEqualTo(text);
        assertThat(Timing.parse(timing.toString())).isEqualTo(timing);
      });
    }
  }
}
