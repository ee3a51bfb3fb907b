package org.sprp.core.internal;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Ordering;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The checks that values of the model run when they are built. Every message starts with the
 * type and id of the value and names the field and the rule, such as {@code PilotSite 'luzhou':
 * themes must not be empty}, and the helpers that quote input in messages. Lives in a package the
 * module exports to the serialization module only.
 */
public final class Checks {

  private Checks() {}

  /** The most characters of a text that {@link #quote(String)} shows. */
  private static final int QUOTED_LENGTH = 40;

  /**
   * Returns a text quoted for a message: in single quotes, with each character that would not
   * show, or would break the line, written as its Java escape (a line feed as <code>&#92;u000A</code>),
   * and when longer than 40 characters cut to its beginning and followed by its length, so that a
   * message stays short and on one line whatever the input.
   *
   * @param text the text, not null
   * @return the quoted text, not null
   */
  public static String quote(String text) {
    int end = text.length();
    if (end > QUOTED_LENGTH) {
      end = Character.isHighSurrogate(text.charAt(QUOTED_LENGTH - 1)) ? QUOTED_LENGTH - 1 : QUOTED_LENGTH;
    }
    StringBuilder quoted = new StringBuilder(end + 2).append('\'')
        .append(escape(text.substring(0, end), Checks::isInvisible)).append('\'');
    if (end < text.length()) {
      quoted.insert(quoted.length() - 1, "...").append(" (").append(text.length()).append(" characters)");
    }
    return quoted.toString();
  }

  /**
   * Returns a text with each character that would break the line or act on the terminal (a line or
   * paragraph separator, a control) written as its Java escape (a line feed as
   * <code>&#92;u000A</code>), and every other character, spaces and marks of any script included,
   * as it is: free text on one line, still readable.
   *
   * @param text the text, not null
   * @return the text on one line, not null
   */
  public static String oneLine(String text) {
    return escape(text, Checks::breaksTheLine);
  }

  private static boolean breaksTheLine(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** Returns a text with each character {@code escaped} selects written as its Java escape. */
  private static String escape(String text, IntPredicate escaped) {
    StringBuilder result = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (escaped.test(c)) {
        if (result == null) {
          result = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        for (char unit : Character.toChars(c)) {
          result.append(String.format(Locale.ROOT, "\\u%04X", (int) unit));
        }
      } else if (result != null) {
        result.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return result == null ? text : result.toString();
  }

  /**
   * Returns the character (the code point) at an index of a text for a message: quoted when it is
   * visible ASCII ({@code 'L'}), quoted with its code when it is visible outside ASCII ({@code '泸'
   * (U+6CF8)}), and as its code alone when it would not show ({@code U+000A}, {@code U+00A0}).
   *
   * @param text the text, not null
   * @param index the index of the character, or of the first half of its surrogate pair
   * @return the character for a message, not null
   */
  public static String character(String text, int index) {
    int c = text.codePointAt(index);
    if (c > ' ' && c < 0x7F) {
      return "'" + (char) c + "'";
    }
    String code = String.format(Locale.ROOT, "U+%04X", c);
    return isInvisible(c) || c == ' ' ? code : "'" + Character.toString(c) + "' (" + code + ")";
  }

  /** Tells whether a character would not show, or not alone, in a message: white space aside from the space, controls, marks. */
  private static boolean isInvisible(int c) {
    if (c == ' ') {
      return false;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE,
          Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK:
        return true;
      default:
        return false;
    }
  }

  /**
   * Fails unless the text is non-blank.
   *
   * @param text the text
   * @param type the type being built
   * @param id the id of the value being built
   * @param field the field
   * @throws IllegalArgumentException if the text is blank
   */
  public static void notBlank(String text, String type, Object id, String field) {
    if (text.isBlank()) {
      throw invalid(type, id, field + " must not be blank");
    }
  }

  /**
   * Fails if an optional text is present and blank.
   *
   * @param text the text
   * @param type the type being built
   * @param id the id of the value being built
   * @param field the field
   * @throws IllegalArgumentException if the text is present and blank
   */
  public static void notBlank(Optional<String> text, String type, Object id, String field) {
    if (text.isPresent() && text.get().isBlank()) {
      throw invalid(type, id, field + " must not be blank when given");
    }
  }

  /**
   * Fails if a collection is empty.
   *
   * @param values the collection
   * @param type the type being built
   * @param id the id of the value being built
   * @param field the field
   * @param rule why it must not be empty
   * @throws IllegalArgumentException if the collection is empty
   */
  public static void notEmpty(Collection<?> values, String type, Object id, String field, String rule) {
    if (values.isEmpty()) {
      throw invalid(type, id, field + " must not be empty: " + rule);
    }
  }

  /**
   * Fails if any text of a list is blank.
   *
   * @param texts the texts
   * @param type the type being built
   * @param id the id of the value being built
   * @param field the field
   * @throws IllegalArgumentException if a text is blank, naming its index
   */
  public static void noneBlank(Collection<String> texts, String type, Object id, String field) {
    int i = 0;
    for (String text : texts) {
      if (text.isBlank()) {
        throw invalid(type, id, field + "[" + i + "] must not be blank");
      }
      i++;
    }
  }

  /**
   * Returns the text form of a constant of the model's enumerations, as JSON and the reports
   * write it: lower case, words joined by hyphens ({@code PANEL_DISCUSSION} is {@code
   * panel-discussion}).
   *
   * @param constant the constant, not null
   * @return the text, not null
   */
  public static String text(Enum<?> constant) {
    return Ascii.toLowerCase(constant.name()).replace('_', '-');
  }

  /**
   * Returns the exception for a broken rule of a value.
   *
   * @param type the type being built
   * @param id the id of the value being built, or null for a value without id
   * @param rule the field and the rule it breaks
   * @return the exception, not null
   */
  public static IllegalArgumentException invalid(String type, Object id, String rule) {
    return new IllegalArgumentException(type + (id == null ? "" : " '" + id + "'") + ": " + rule);
  }

  /**
   * Tells whether a set's elements come in their natural order, the order every set of ids of the
   * model is held in.
   *
   * @param <E> the type of elements
   * @param set the set, not null
   * @return true if each element comes after the one before it
   */
  public static <E extends Comparable<? super E>> boolean isInNaturalOrder(ImmutableSet<E> set) {
    E previous = null;
    for (E element : set) {
      if (previous != null && previous.compareTo(element) > 0) {
        return false;
      }
      previous = element;
    }
    return true;
  }

  /**
   * Returns a set with the same elements in their natural order: an {@link ImmutableSet}, whose
   * iteration order is the order it was built in.
   *
   * @param <E> the type of elements
   * @param set the set, not null
   * @return the set in natural order
   */
  public static <E extends Comparable<? super E>> ImmutableSet<E> inNaturalOrder(Collection<E> set) {
    return ImmutableSet.copyOf(Ordering.natural().sortedCopy(set));
  }
}
