package org.sprp.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

/** A problem of a document: pointer, line, column and rule, and its text. */
class JsonProblemTest {

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(new JsonProblem("/a", 1, 2, "m"), new JsonProblem("/a", 1, 2, "m"))
        .addEqualityGroup(new JsonProblem("/b", 1, 2, "m"))
        .addEqualityGroup(new JsonProblem("/a", 3, 2, "m"))
        .addEqualityGroup(new JsonProblem("/a", 1, 4, "m"))
        .addEqualityGroup(new JsonProblem("/a", 1, 2, "n"))
        .testEquals();
  }

  @Test
  void textNamesThePointerAndTheLocationWhenKnown() {
    assertThat(new JsonProblem("/sites/0", 12, 9, "unknown site 'x'"))
        .hasToString("/sites/0 (line 12, column 9): unknown site 'x'");
    assertThat(new JsonProblem("", 1, 1, "the document is empty")).hasToString("(document) (line 1, column 1): the document is empty");
    assertThat(new JsonProblem("/sites/0", -1, -1, "unknown site 'x'")).hasToString("/sites/0: unknown site 'x'");
    assertThat(new JsonProblem("/a", 0, 0, "m")).hasToString("/a (line 0, column 0): m");
  }
}
