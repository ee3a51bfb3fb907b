package org.sprp.core.plan;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * One field of an entity that differs between two versions of a programme, with its old and new
 * values as text: ids and EDTF timings as written, enums in lower-kebab-case, {@code none} for an
 * absent value, {@code [a, b]} for a list, free text (titles, names, descriptions) as written with
 * what would break the line escaped (<code>&#92;u000A</code>). Where the two values read the same but
 * are not equal, both are written exactly: free text in double quotes, and a name's English and
 * Chinese apart ({@code "China (中国)"} against {@code "China" / "中国"}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FieldChange {

  private final String field;
  private final String oldValue;
  private final String newValue;

  FieldChange(String field, String oldValue, String newValue) {
    this.field = requireNonNull(field, "field");
    this.oldValue = requireNonNull(oldValue, "oldValue");
    this.newValue = requireNonNull(newValue, "newValue");
  }

  /**
   * Returns the name of the field, as the entity's accessor.
   *
   * @return the field, such as {@code timing}
   */
  public String field() {
    return field;
  }

  /**
   * Returns the old value as text.
   *
   * @return the old value, such as {@code 2016-02}
   */
  public String oldValue() {
    return oldValue;
  }

  /**
   * Returns the new value as text.
   *
   * @return the new value, such as {@code 2016-02-15}
   */
  public String newValue() {
    return newValue;
  }

  /**
   * Field changes are equal when their fields and values are equal.
   *
   * @param obj the other object, may be null
   * @return true if the other object is an equal change
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof FieldChange
        && ((FieldChange) obj).field.equals(field)
        && ((FieldChange) obj).oldValue.equals(oldValue)
        && ((FieldChange) obj).newValue.equals(newValue);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(field, oldValue, newValue);
  }

  /**
   * Returns the change as text.
   *
   * @return {@code field: old → new}, such as {@code status: planned → scheduled}
   */
  @Override
  public String toString() {
    return field + ": " + oldValue + " → " + newValue;
  }
}
