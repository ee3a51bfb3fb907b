package org.sprp.core.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;

/**
 * One EDTF date of level 0 or 1: a year, a month or season of a year, or a day, each possibly with
 * unspecified digits and possibly qualified as uncertain or approximate. It knows its bounds; the
 * text it was parsed from is kept by {@link Timing}.
 */
final class EdtfDate {

  /** The first season code of EDTF level 1 (21 spring, 22 summer, 23 autumn, 24 winter). */
  static final int FIRST_SEASON = 21;

  static final int LAST_SEASON = 24;

  private final LocalDate earliest;
  private final LocalDate latest;
  private final char qualifier;

  private EdtfDate(LocalDate earliest, LocalDate latest, char qualifier) {
    this.earliest = earliest;
    this.latest = latest;
    this.qualifier = qualifier;
  }

  /**
   * Makes a date from its parsed parts.
   *
   * @param minYear the lowest year the year digits allow (equal to maxYear when all are given)
   * @param maxYear the highest year the year digits allow
   * @param month 0 when absent or unspecified, 1-12 for a month, 21-24 for a season
   * @param day 0 when absent or unspecified, else the day of the month (already checked)
   * @param qualifier '?', '~', '%' or 0 for none
   */
  static EdtfDate of(int minYear, int maxYear, int month, int day, char qualifier) {
    LocalDate first;
    LocalDate last;
    if (month == 0) {
      first = Year.of(minYear).atDay(1);
      last = Year.of(maxYear).atMonth(Month.DECEMBER).atEndOfMonth();
    } else if (month >= FIRST_SEASON) {
      // Meteorological seasons of the northern hemisphere; winter runs into the next year.
      int firstMonth = 3 * (month - FIRST_SEASON) + 3;
      first = LocalDate.of(minYear, firstMonth, 1);
      last = YearMonth.of(minYear, firstMonth).plusMonths(2).atEndOfMonth();
    } else if (day == 0) {
      first = LocalDate.of(minYear, month, 1);
      last = YearMonth.of(minYear, month).atEndOfMonth();
    } else {
      first = LocalDate.of(minYear, month, day);
      last = first;
    }
    return new EdtfDate(first, last, qualifier);
  }

  LocalDate earliest() {
    return earliest;
  }

  LocalDate latest() {
    return latest;
  }

  boolean isUncertain() {
    return qualifier == '?' || qualifier == '%';
  }

  boolean isApproximate() {
    return qualifier == '~' || qualifier == '%';
  }
}
