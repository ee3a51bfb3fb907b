package org.sprp.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sprp.core.BilingualName;
import org.sprp.core.ThemeId;
import org.sprp.core.Topic;
import org.sprp.core.TopicId;

/** The parts of the table-driven codecs that documents alone exercise only now and then. */
class ObjectCodecTest {

  @Test
  void seenTellsNewElementsFromRepeatsByScanningThenHashing() {
    ObjectCodec.Seen seen = new ObjectCodec.Seen();
    for (int i = 0; i < 20; i++) {
      assertThat(seen.add("e" + i)).as("e%s is new", i).isTrue();
      assertThat(seen.add("e" + i)).as("e%s is a repeat", i).isFalse();
      assertThat(seen.add("e0")).as("e0 is still known after %s", i).isFalse();
    }
  }

  @Test
  void seenForgetsEverythingWhenCleared() {
    ObjectCodec.Seen seen = new ObjectCodec.Seen();
    seen.add("a");
    for (int i = 0; i < 12; i++) {
      seen.add("x" + i);
    }
    seen.clear();

    assertThat(seen.add("a")).isTrue();
    assertThat(seen.add("x11")).isTrue();
    seen.clear();
    assertThat(seen.add("a")).isTrue();
  }

  @Test
  void setsAreWrittenSortedWhateverTheOrderGiven() {
    Topic unsorted = Topic.builder().id(TopicId.of("t")).name(BilingualName.of("T"))
        .addThemes(ThemeId.of("c"), ThemeId.of("a"), ThemeId.of("b")).build();
    Topic sorted = Topic.builder().id(TopicId.of("t")).name(BilingualName.of("T"))
        .addThemes(ThemeId.of("a"), ThemeId.of("b"), ThemeId.of("c")).build();
    String expected = "{\n  \"id\": \"t\",\n  \"name\": {\n    \"en\": \"T\"\n  },\n"
        + "  \"themes\": [\n    \"a\",\n    \"b\",\n    \"c\"\n  ]\n}\n";

    assertThat(ProgrammeJson.strict().writeValueAsString(unsorted)).isEqualTo(expected);
    assertThat(ProgrammeJson.strict().writeValueAsString(sorted)).isEqualTo(expected);
    Topic twoOutOfOrder = Topic.builder().id(TopicId.of("t")).name(BilingualName.of("T"))
        .addThemes(ThemeId.of("a"), ThemeId.of("c"), ThemeId.of("b")).build();
    assertThat(ProgrammeJson.strict().writeValueAsString(twoOutOfOrder)).isEqualTo(expected);
  }

  @Test
  void aRepeatedElementIsRefusedInASmallAndInALargeSet() {
    String head = "{\"id\": \"t\", \"name\": {\"en\": \"T\"}, \"themes\": [";
    String small = head + "\"a\", \"b\", \"a\"]}";
    StringBuilder large = new StringBuilder(head);
    for (int i = 0; i < 12; i++) {
      large.append("\"t").append(i).append("\", ");
    }
    large.append("\"t3\"]}");

    for (String document : new String[] {small, large.toString()}) {
      try {
        ProgrammeJson.strict().readValue(document, Topic.class);
        throw new AssertionError("a repeated theme was accepted: " + document);
      } catch (ProgrammeJsonException e) {
        assertThat(e.getMessage()).contains("duplicate value");
      }
    }
  }
}
