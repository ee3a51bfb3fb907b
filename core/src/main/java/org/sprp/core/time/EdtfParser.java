package org.sprp.core.time;

import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import org.sprp.core.internal.Checks;

/**
 * Parses the EDTF level 0 and level 1 forms that {@link Timing} accepts. Only the canonical
 * spelling of each form is accepted, so the text of a valid timing is its one text form. Every
 * failure names the rule that the text breaks and the index where it breaks it.
 */
final class EdtfParser {

  /** How one end of an interval is given. */
  private enum End {
    DATE,
    OPEN,
    UNKNOWN
  }

  private final String text;
  private int pos;

  private EdtfParser(String text) {
    this.text = text;
  }

  static Timing parse(String text) {
    if (text.isEmpty()) {
      throw new EdtfParser(text).fail(0, "the text is empty: expected an EDTF date such as 2016-02");
    }
    return new EdtfParser(text).timing();
  }

  private Timing timing() {
    int slash = text.indexOf('/');
    if (slash < 0) {
      EdtfDate date = date(text.length());
      return Timing.single(text, date);
    }
    if (text.indexOf('/', slash + 1) >= 0) {
      throw fail(text.indexOf('/', slash + 1), "an interval has exactly one '/'");
    }
    End startEnd = end(0, slash);
    EdtfDate start = startEnd == End.DATE ? date(slash) : null;
    pos = slash + 1;
    End endEnd = end(slash + 1, text.length());
    EdtfDate end = endEnd == End.DATE ? date(text.length()) : null;
    if (start == null && end == null) {
      throw fail(slash, "an interval needs a date at one end at least; '..' (open) and '' (unknown) cannot both be ends");
    }
    if (start != null && end != null && start.earliest().isAfter(end.latest())) {
      throw fail(slash, "interval start " + text.substring(0, slash) + " is after its end " + text.substring(slash + 1));
    }
    return Timing.interval(text, start, end);
  }

  private End end(int from, int to) {
    if (from == to) {
      return End.UNKNOWN;
    }
    if (text.startsWith("..", from) && to - from == 2) {
      return End.OPEN;
    }
    return End.DATE;
  }

  /** Parses one date from {@code pos} that must end exactly at {@code limit}. */
  private EdtfDate date(int limit) {
    int yearStart = pos;
    boolean negative = false;
    if (pos < limit && text.charAt(pos) == '-') {
      negative = true;
      pos++;
    }
    if (pos < limit && text.charAt(pos) == 'Y') {
      throw fail(pos, "letter-prefixed years (Y...) are not supported: a year has four digits");
    }
    int digitsStart = pos;
    int unspecifiedYearDigits = 0;
    int year = 0;
    while (pos < limit && pos - digitsStart < 4 && isDigitOrX(text.charAt(pos))) {
      char c = text.charAt(pos);
      if (c == 'X') {
        unspecifiedYearDigits++;
      } else if (unspecifiedYearDigits > 0) {
        throw fail(pos, "unspecified digits 'X' of a year come last: '201X' or '20XX'");
      } else {
        year = year * 10 + (c - '0');
      }
      pos++;
    }
    if (pos - digitsStart < 4) {
      if (pos < limit && text.charAt(pos) == 'x') {
        throw fail(pos, "unspecified digits are written with a capital 'X': '201X', '2016-XX'");
      }
      if (pos == digitsStart && pos < limit) {
        throw fail(pos, "unexpected character " + Checks.character(text, pos) + ": a date starts with a year of four digits");
      }
      if (!negative && unspecifiedYearDigits == 0 && pos == limit && pos > digitsStart && year >= 1 && year <= 12
          && digitsStart > 0 && text.charAt(digitsStart - 1) == '/' && isPlainYear(0, digitsStart - 1)) {
        // 2016/02: a month written after a slash, as in many calendars.
        throw fail(digitsStart, "a year has four digits; for a month, write "
            + text.substring(0, digitsStart - 1) + "-" + (year < 10 ? "0" : "") + year);
      }
      throw fail(digitsStart, "a year has four digits");
    }
    if (pos < limit && isAsciiDigit(text.charAt(pos))) {
      throw fail(digitsStart, "a year has four digits; longer years are not supported");
    }
    if (unspecifiedYearDigits > 2) {
      throw fail(digitsStart, "at most the last two digits of a year may be unspecified: '201X' or '20XX'");
    }
    if (negative && unspecifiedYearDigits > 0) {
      throw fail(yearStart, "a negative year cannot have unspecified digits");
    }
    if (negative && year == 0) {
      throw fail(yearStart, "year zero has no sign: '-0000' is not a year");
    }
    // The year as written, sign and leading zeros included, for messages.
    String yearText = text.substring(yearStart, pos);
    int scale = unspecifiedYearDigits == 0 ? 1 : unspecifiedYearDigits == 1 ? 10 : 100;
    int minYear = year * scale;
    int maxYear = minYear + scale - 1;
    if (negative) {
      minYear = -minYear;
      maxYear = -maxYear;
    }

    int month = 0;
    boolean monthUnspecified = false;
    int day = 0;
    if (pos < limit && text.charAt(pos) == '-') {
      pos++;
      int monthStart = pos;
      if (unspecifiedYearDigits == 0 && !negative && limit == text.length() && text.indexOf('/') < 0
          && isPlainYear(monthStart, limit) && year <= Integer.parseInt(text, monthStart, limit, 10)) {
        // 2016-2017: two years joined by a hyphen, where EDTF writes an interval with a slash.
        throw fail(monthStart, "a month has two digits (or 'XX' when unspecified); for an interval of years, write "
            + yearText + "/" + text.substring(monthStart, limit));
      }
      monthUnspecified = twoChars(limit, "month") == -1;
      if (unspecifiedYearDigits > 0) {
        throw fail(monthStart, "a month or season cannot follow a year with unspecified digits");
      }
      if (!monthUnspecified) {
        month = Integer.parseInt(text, monthStart, monthStart + 2, 10);
        if (month < 1 || (month > 12 && month < EdtfDate.FIRST_SEASON) || month > EdtfDate.LAST_SEASON) {
          throw fail(monthStart, "month " + text.substring(monthStart, monthStart + 2)
              + " is not a month 01-12 or a season 21-24");
        }
      }
      if (pos < limit && text.charAt(pos) == '-') {
        pos++;
        int dayStart = pos;
        if (month >= EdtfDate.FIRST_SEASON) {
          throw fail(dayStart - 1, "a season (21-24) has no day");
        }
        if (twoChars(limit, "day") != -1) {
          day = Integer.parseInt(text, dayStart, dayStart + 2, 10);
          if (monthUnspecified) {
            throw fail(dayStart, "a day cannot follow an unspecified month");
          }
          int length = Month.of(month).length(Year.isLeap(minYear));
          if (day < 1 || day > length) {
            throw fail(dayStart, "day " + text.substring(dayStart, dayStart + 2) + " is not in "
                + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " " + yearText + " (01-" + length + ")");
          }
        }
      }
    }

    char qualifier = 0;
    if (pos < limit && isQualifier(text.charAt(pos))) {
      qualifier = text.charAt(pos);
      pos++;
      if (pos < limit && isQualifier(text.charAt(pos))) {
        throw fail(pos, "only one qualifier ('?' uncertain, '~' approximate or '%' both) may end a date");
      }
    }
    if (pos < limit) {
      char c = text.charAt(pos);
      if (c == 'T' || c == 't') {
        throw fail(pos, "times of day are not supported: a timing is a day, month, season or year, or an interval of them");
      }
      if (c == 'x') {
        throw fail(pos, "unspecified digits are written with a capital 'X': '201X', '2016-XX'");
      }
      throw fail(pos, "unexpected character " + Checks.character(text, pos) + " after the date");
    }
    return EdtfDate.of(minYear, maxYear, month, day, qualifier);
  }

  /**
   * Reads two digits or "XX" of a month or day.
   *
   * @return -1 for "XX", otherwise 0 (the digits are read by the caller)
   */
  private int twoChars(int limit, String what) {
    int start = pos;
    if (start + 2 <= limit && text.charAt(start) == 'X' && text.charAt(start + 1) == 'X') {
      pos += 2;
      return -1;
    }
    for (int i = start; i < start + 2; i++) {
      if (i < limit && text.charAt(i) == 'x') {
        throw fail(i, "unspecified digits are written with a capital 'X': '201X', '2016-XX'");
      }
      if (i >= limit || !isAsciiDigit(text.charAt(i))) {
        throw fail(i, "a " + what + " has two digits (or 'XX' when unspecified)");
      }
    }
    if (start + 2 < limit && isAsciiDigit(text.charAt(start + 2))) {
      throw fail(start, "a " + what + " has two digits (or 'XX' when unspecified)");
    }
    pos += 2;
    return 0;
  }

  /** Tells whether the text from {@code from} to {@code to} is four ASCII digits. */
  private boolean isPlainYear(int from, int to) {
    if (to - from != 4) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDigitOrX(char c) {
    return isAsciiDigit(c) || c == 'X';
  }

  private static boolean isQualifier(char c) {
    return c == '?' || c == '~' || c == '%';
  }

  private DateTimeParseException fail(int index, String rule) {
    return new DateTimeParseException("Invalid timing " + Checks.quote(text) + " at index " + index + ": " + rule, text, index);
  }
}
