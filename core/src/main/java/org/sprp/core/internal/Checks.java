package org.sprp.core.internal;

import java.util.Collection;
import java.util.Optional;

/**
 * The checks that values of the model run when they are built. Every message starts with the
 * type and id of the value and names the field and the rule, such as {@code PilotSite 'luzhou':
 * themes must not be empty}. Lives in a package the module does not export.
 */
public final class Checks {

  private Checks() {}

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
}
