package org.sprp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the JShell start-up script non-interactively, as the README's JShell command does, then a
 * few statements an analyst would type; any snippet that fails to compile or throws fails the test.
 */
class JShellScriptTest {

  private static final Path SCRIPT = Path.of("src/main/jshell/sprp.jsh");

  private JShell shell;

  @BeforeEach
  void startShell() {
    // The local engine runs snippets in this JVM: what they print goes to the test's own output.
    shell = JShell.builder().executionEngine("local").build();
    // Surefire runs tests from a manifest-only jar; it gives the real class path in this property.
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    shell.addToClasspath(classPath);
  }

  @AfterEach
  void closeShell() {
    shell.close();
  }

  /** Evaluates every snippet of a source, failing on the first that is rejected or throws. */
  private List<String> eval(String source) {
    List<String> values = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = source;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      String snippet = info.source();
      if (snippet == null || snippet.isBlank()) {
        assertThat(info.completeness().isComplete()).as("incomplete snippet: %s", remaining).isTrue();
        break;
      }
      for (SnippetEvent event : shell.eval(snippet)) {
        String diagnostics = shell.diagnostics(event.snippet())
            .map(d -> d.getMessage(null)).collect(Collectors.joining("; "));
        assertThat(event.status()).as("snippet %s: %s", snippet.strip(), diagnostics)
            .isIn(Snippet.Status.VALID, Snippet.Status.OVERWRITTEN);
        assertThat(event.exception()).as("snippet %s threw", snippet.strip()).isNull();
        if (event.value() != null) {
          values.add(event.value());
        }
      }
      remaining = info.remaining();
    }
    return values;
  }

  @Test
  void theStartUpScriptLoadsTheSeedProgramme() throws IOException {
    eval(Files.readString(SCRIPT));

    assertThat(eval("sprp")).containsExactly("Programme sprp: 1 component, 3 sites, 2 missions, 1 request, 4 activities");
    assertThat(eval("sprp.equals(SeedProgramme.build())")).containsExactly("true");
  }

  @Test
  void anAnalystCanExploreTheProgrammeAfterIt() throws IOException {
    eval(Files.readString(SCRIPT));

    assertThat(eval("sprp.activity(ActivityId.of(\"shanghai-contacts\")).orElseThrow().timing().orElseThrow()"))
        .containsExactly("2016-02?");
    assertThat(eval("Timing.parse(\"2016-02?\").latest().orElseThrow()")).containsExactly("2016-02-29");
    assertThat(eval("sprp.place(PlaceId.of(\"luzhou\")).orElseThrow().name()")).containsExactly("Luzhou (泸州市)");
    assertThat(eval("json.read(json.write(sprp)).equals(sprp)")).containsExactly("true");
    // The README's planning examples work as written: the plan and report packages are imported.
    assertThat(eval("Plan.of(sprp).timeline(EventFilter.builder().site(SiteId.of(\"shanghai\")).build())"
        + ".stream().map(e -> e.id().value()).collect(java.util.stream.Collectors.joining(\" \"))"))
        .containsExactly("\"shanghai-contacts\"");
    assertThat(eval("OutlineReport.render(Plan.of(sprp)).equals(OutlineReport.render(Plan.of(SeedProgramme.build())))"))
        .containsExactly("true");
  }
}
