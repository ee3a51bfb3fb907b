package org.sprp.core.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * When something happens, as precisely as it is known: a day, a month, a season or a year, or an
 * interval between two of them, written in the Extended Date/Time Format (EDTF, ISO 8601-2)
 * levels 0 and 1.
 *
 * <table>
 *   <caption>Accepted forms</caption>
 *   <tr><th>Text</th><th>Meaning</th><th>earliest / latest</th></tr>
 *   <tr><td>{@code 2015-04-21}</td><td>a day</td><td>2015-04-21 / 2015-04-21</td></tr>
 *   <tr><td>{@code 2015-09}</td><td>a month</td><td>2015-09-01 / 2015-09-30</td></tr>
 *   <tr><td>{@code 2016}</td><td>a year</td><td>2016-01-01 / 2016-12-31</td></tr>
 *   <tr><td>{@code 2015-21}</td><td>a season: 21 spring, 22 summer, 23 autumn, 24 winter</td>
 *       <td>2015-03-01 / 2015-05-31</td></tr>
 *   <tr><td>{@code 2016-02?} {@code 2016-02~} {@code 2016-02%}</td>
 *       <td>uncertain, approximate, both</td><td>2016-02-01 / 2016-02-29</td></tr>
 *   <tr><td>{@code 201X} {@code 20XX} {@code 2016-XX} {@code 2016-02-XX}</td>
 *       <td>unspecified digits</td><td>2010-01-01 / 2019-12-31 for {@code 201X}</td></tr>
 *   <tr><td>{@code 2015-09/2016-02}</td><td>an interval</td><td>2015-09-01 / 2016-02-29</td></tr>
 *   <tr><td>{@code 2016-02/..} {@code ../2016}</td><td>an interval with an open end</td>
 *       <td>2016-02-01 / none; none / 2016-12-31</td></tr>
 *   <tr><td>{@code /2016} {@code 2016/}</td><td>an interval with an unknown end</td>
 *       <td>none / 2016-12-31; 2016-01-01 / none</td></tr>
 * </table>
 *
 * <p>Seasons are the meteorological seasons of the northern hemisphere: spring is March to May,
 * summer June to August, autumn September to November, and winter runs from December of its year
 * to the end of February of the next. A qualifier ({@code ?}, {@code ~}, {@code %}) marks the
 * date it ends and does not widen its bounds. Negative years ({@code -0044}) are accepted; times
 * of day and years of more than four digits are not.
 *
 * <p>Only the canonical spelling of each form is accepted, so {@link #toString()} returns exactly
 * the text that was parsed and {@code Timing.parse(t.toString()).equals(t)} always holds.
 *
 * <p>Timings are ordered for timelines: by earliest bound (an open or unknown start first), then
 * by latest bound (an open or unknown end last), then by text, so the order is consistent with
 * {@link #equals(Object)}. For {@link #contains} and {@link #overlaps}, an open or unknown end is
 * taken as unbounded.
 *
 * <p>This class is immutable and thread-safe. It is a value type: do not synchronize on it, rely
 * on its identity hash code or use the distinction between {@code equals()} and {@code ==}.
 */
public final class Timing implements Comparable<Timing> {

  private static final Comparator<Timing> ORDER =
      Comparator.comparing((Timing t) -> t.lower)
          .thenComparing(t -> t.upper)
          .thenComparing(t -> t.text);

  private final String text;
  private final boolean interval;
  private final EdtfDate start;
  private final EdtfDate end;
  /** The earliest day, or {@link LocalDate#MIN} for an open or unknown start. */
  private final LocalDate lower;
  /** The latest day, or {@link LocalDate#MAX} for an open or unknown end. */
  private final LocalDate upper;

  private Timing(String text, boolean interval, EdtfDate start, EdtfDate end) {
    this.text = text;
    this.interval = interval;
    this.start = start;
    this.end = end;
    this.lower = start == null ? LocalDate.MIN : start.earliest();
    this.upper = end == null ? LocalDate.MAX : end.latest();
  }

  static Timing single(String text, EdtfDate date) {
    return new Timing(text, false, date, date);
  }

  static Timing interval(String text, EdtfDate start, EdtfDate end) {
    return new Timing(text, true, start, end);
  }

  /**
   * Parses an EDTF text such as {@code 2016-02?} or {@code 2015-09/2016-02}.
   *
   * @param text the text to parse, not null
   * @return the timing, not null
   * @throws DateTimeParseException if the text is not one of the accepted forms; the message
   *     names the rule that failed, and the exception carries the text and the index of the error
   */
  public static Timing parse(CharSequence text) {
    requireNonNull(text, "text");
    return EdtfParser.parse(text.toString());
  }

  /**
   * Returns the timing of one known day, such as {@code 2015-04-21}.
   *
   * @param date the day, not null, with a year from -9999 to 9999
   * @return the timing, not null
   * @throws IllegalArgumentException if the year has more than four digits
   */
  public static Timing of(LocalDate date) {
    requireNonNull(date, "date");
    return parseFormatted(date.getYear(), date.toString());
  }

  /**
   * Returns the timing of one month, such as {@code 2015-09}.
   *
   * @param month the month, not null, with a year from -9999 to 9999
   * @return the timing, not null
   * @throws IllegalArgumentException if the year has more than four digits
   */
  public static Timing of(YearMonth month) {
    requireNonNull(month, "month");
    return parseFormatted(month.getYear(), month.toString());
  }

  /**
   * Returns the timing of one year, such as {@code 2016}.
   *
   * @param year the year, not null, from -9999 to 9999
   * @return the timing, not null
   * @throws IllegalArgumentException if the year has more than four digits
   */
  public static Timing of(Year year) {
    requireNonNull(year, "year");
    int value = year.getValue();
    // Locale.ROOT: the default locale may write other digits, which the parser rightly refuses.
    return parseFormatted(value, (value < 0 ? "-" : "") + String.format(Locale.ROOT, "%04d", Math.abs(value)));
  }

  private static Timing parseFormatted(int year, String text) {
    if (year < -9999 || year > 9999) {
      throw new IllegalArgumentException("year " + year + " has more than four digits, which a timing does not support");
    }
    return EdtfParser.parse(text);
  }

  /**
   * Returns the earliest day this timing allows.
   *
   * @return the earliest day, empty when the start of an interval is open or unknown
   */
  public Optional<LocalDate> earliest() {
    return start == null ? Optional.empty() : Optional.of(lower);
  }

  /**
   * Returns the latest day this timing allows.
   *
   * @return the latest day, empty when the end of an interval is open or unknown
   */
  public Optional<LocalDate> latest() {
    return end == null ? Optional.empty() : Optional.of(upper);
  }

  /**
   * Tells whether this timing is an interval ({@code 2015-09/2016-02}, {@code 2016/..}).
   *
   * @return true for an interval, false for a single day, month, season or year
   */
  public boolean isInterval() {
    return interval;
  }

  /**
   * Tells whether a date of this timing is marked uncertain ({@code ?} or {@code %}), as in
   * "tentatively in February 2016".
   *
   * @return true if any of its dates is uncertain
   */
  public boolean isUncertain() {
    return (start != null && start.isUncertain()) || (end != null && end.isUncertain());
  }

  /**
   * Tells whether a date of this timing is marked approximate ({@code ~} or {@code %}).
   *
   * @return true if any of its dates is approximate
   */
  public boolean isApproximate() {
    return (start != null && start.isApproximate()) || (end != null && end.isApproximate());
  }

  /**
   * Tells whether a day lies within this timing's bounds.
   *
   * @param date the day, not null
   * @return true if the day is neither before the earliest nor after the latest day
   */
  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(lower) && !date.isAfter(upper);
  }

  /**
   * Tells whether another timing lies wholly within this one's bounds.
   *
   * @param other the other timing, not null
   * @return true if every day the other allows is within this one's bounds
   */
  public boolean contains(Timing other) {
    requireNonNull(other, "other");
    return !other.lower.isBefore(lower) && !other.upper.isAfter(upper);
  }

  /**
   * Tells whether this timing and another share at least one day.
   *
   * @param other the other timing, not null
   * @return true if their bounds intersect
   */
  public boolean overlaps(Timing other) {
    requireNonNull(other, "other");
    return !other.upper.isBefore(lower) && !other.lower.isAfter(upper);
  }

  /**
   * Compares timings in timeline order: earliest bound, then latest bound, then text.
   *
   * @param other the other timing, not null
   * @return negative, zero or positive as this timing comes before, with or after the other
   */
  @Override
  public int compareTo(Timing other) {
    return ORDER.compare(this, other);
  }

  /**
   * Two timings are equal when their EDTF texts are equal.
   *
   * @param obj the other object, may be null
   * @return true if the other object is an equal timing
   */
  @Override
  public boolean equals(Object obj) {
    return this == obj || (obj instanceof Timing && text.equals(((Timing) obj).text));
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the EDTF text
   */
  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the EDTF text, which {@link #parse(CharSequence)} reads back to an equal timing.
   *
   * @return the EDTF text, such as {@code 2016-02?}
   */
  @Override
  public String toString() {
    return text;
  }
}
