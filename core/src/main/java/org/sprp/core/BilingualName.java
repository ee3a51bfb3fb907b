package org.sprp.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * The name of a place, organisation, theme or topic: always in English, and in simplified Chinese
 * where it is known, such as {@code Luzhou (泸州市)}.
 *
 * <p>This class is immutable and thread-safe. It is a value type: do not synchronize on it, rely
 * on its identity hash code or use the distinction between {@code equals()} and {@code ==}.
 */
public final class BilingualName {

  private final String english;
  private final String chinese;

  private BilingualName(String english, String chinese) {
    requireNonNull(english, "english");
    checkArgument(!english.isBlank(), "name: english must not be blank");
    checkArgument(english.strip().equals(english),
        "name: english '%s' must not start or end with white space", english);
    if (chinese != null) {
      checkArgument(!chinese.isBlank(), "name: chinese must not be blank when given");
      checkArgument(chinese.strip().equals(chinese),
          "name: chinese '%s' must not start or end with white space", chinese);
    }
    this.english = english;
    this.chinese = chinese;
  }

  /**
   * Returns a name known only in English.
   *
   * @param english the English name, not blank
   * @return the name, not null
   * @throws IllegalArgumentException if the English name is blank or has surrounding white space
   */
  public static BilingualName of(String english) {
    return new BilingualName(english, null);
  }

  /**
   * Returns a name in English and simplified Chinese, such as {@code of("Luzhou", "泸州市")}.
   *
   * @param english the English name, not blank
   * @param chinese the Chinese name, not blank
   * @return the name, not null
   * @throws IllegalArgumentException if a name is blank or has surrounding white space
   */
  public static BilingualName of(String english, String chinese) {
    requireNonNull(chinese, "chinese");
    return new BilingualName(english, chinese);
  }

  /**
   * Returns the English name.
   *
   * @return the English name, not blank
   */
  public String english() {
    return english;
  }

  /**
   * Returns the simplified Chinese name, where it is known.
   *
   * @return the Chinese name, or empty
   */
  public Optional<String> chinese() {
    return Optional.ofNullable(chinese);
  }

  /**
   * Names are equal when both their English and their Chinese forms are equal.
   *
   * @param obj the other object, may be null
   * @return true if the other object is an equal name
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof BilingualName
        && ((BilingualName) obj).english.equals(english)
        && Objects.equals(((BilingualName) obj).chinese, chinese);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(english, chinese);
  }

  /**
   * Returns the name for people: the English name followed by the Chinese one in parentheses,
   * such as {@code Luzhou (泸州市)}, or the English name alone.
   *
   * @return the name as text, not null
   */
  @Override
  public String toString() {
    return chinese == null ? english : english + " (" + chinese + ")";
  }
}
