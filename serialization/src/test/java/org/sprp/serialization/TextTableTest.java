package org.sprp.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  /** Looks a text up as a reader does: in a larger buffer, at an offset. */
  private static <V> V lookUp(TextTable<V> table, String text) {
    char[] buffer = ("[\"" + text + "\"]").toCharArray();
    return table.get(buffer, 2, text.length(), TextTable.hash(buffer, 2, text.length()));
  }

  private static <V> void put(TextTable<V> table, String text, V value) {
    table.put(text, text.hashCode(), value);
  }

  @Test
  void theHashIsThatOfTheString() {
    for (String text : List.of("", "a", "luzhou", "activity-12345", "上海")) {
      char[] buffer = ("xx" + text + "yy").toCharArray();
      assertThat(TextTable.hash(buffer, 2, text.length())).isEqualTo(text.hashCode());
    }
  }

  @Test
  void findsWhatWasPutByItsCharactersAndNothingElse() {
    TextTable<Integer> table = new TextTable<>(100);
    put(table, "luzhou", 1);
    put(table, "huizhou", 2);
    assertThat(lookUp(table, "luzhou")).isEqualTo(1);
    assertThat(lookUp(table, "huizhou")).isEqualTo(2);
    assertThat(lookUp(table, "luzho")).isNull();
    assertThat(lookUp(table, "luzhou-2")).isNull();
    assertThat(lookUp(table, "")).isNull();
  }

  @Test
  void textsWithTheSameHashAreToldApart() {
    // "Aa" and "BB" have the same String hash.
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    TextTable<String> table = new TextTable<>(100);
    put(table, "Aa", "first");
    put(table, "BB", "second");
    assertThat(lookUp(table, "Aa")).isEqualTo("first");
    assertThat(lookUp(table, "BB")).isEqualTo("second");
  }

  @Test
  void growsAndKeepsEveryValue() {
    TextTable<Integer> table = new TextTable<>(100_000);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      texts.add("activity-" + i);
      put(table, "activity-" + i, i);
    }
    for (int i = 0; i < texts.size(); i++) {
      assertThat(lookUp(table, texts.get(i))).isEqualTo(i);
    }
    assertThat(lookUp(table, "activity-10000")).isNull();
  }

  @Test
  void keepsNoMoreThanItsLimit() {
    TextTable<Integer> table = new TextTable<>(2);
    put(table, "a", 1);
    put(table, "b", 2);
    put(table, "c", 3);
    assertThat(lookUp(table, "a")).isEqualTo(1);
    assertThat(lookUp(table, "b")).isEqualTo(2);
    assertThat(lookUp(table, "c")).isNull();
  }
}
