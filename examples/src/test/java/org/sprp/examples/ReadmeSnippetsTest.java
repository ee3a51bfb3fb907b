package org.sprp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's Java code is quoted from sources the build compiles and tests: each code block
 * after a {@code <!-- snippet: NAME -->} comment must equal, line for line once de-indented, the
 * lines between {@code // snippet: NAME} and {@code // end snippet} in the examples' sources.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("../README.md");
  private static final Path SOURCES = Path.of("src");
  private static final Pattern README_SNIPPET =
      Pattern.compile("<!-- snippet: ([a-z0-9-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern SOURCE_SNIPPET =
      Pattern.compile("// snippet: ([a-z0-9-]+)\\n(.*?)\\n\\s*// end snippet", Pattern.DOTALL);

  private static Map<String, String> sourceSnippets() throws IOException {
    Map<String, String> snippets = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
        Matcher matcher = SOURCE_SNIPPET.matcher(Files.readString(file));
        while (matcher.find()) {
          snippets.put(matcher.group(1), dedent(matcher.group(2)));
        }
      }
    }
    return snippets;
  }

  private static String dedent(String code) {
    int indent = code.lines().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return code.lines().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n")).strip();
  }

  @Test
  void everyReadmeSnippetIsCompiledCode() throws IOException {
    Map<String, String> sources = sourceSnippets();
    Matcher matcher = README_SNIPPET.matcher(Files.readString(README));
    int count = 0;
    while (matcher.find()) {
      String name = matcher.group(1);
      assertThat(sources).as("a source snippet named %s", name).containsKey(name);
      assertThat(dedent(matcher.group(2))).as("README snippet %s", name).isEqualTo(sources.get(name));
      count++;
    }
    assertThat(count).as("snippets in the README").isGreaterThan(0);
  }

  @Test
  void theReadmeShowsWhatThePlanningScriptPrints() throws IOException {
    org.sprp.core.Programme seed = SeedProgramme.build();
    String printed = NextSteps.report(seed, NextSteps.plan(seed), java.time.LocalDate.of(2015, 12, 31));

    assertThat(Files.readString(README)).contains("```\n" + printed + "```\n");
  }

  @Test
  void theReadmeShowsWhatTheReaderSaysOfTheSeedWithItsReferencesToLuzhouGoneNowhere() throws IOException {
    String seed;
    try (java.io.InputStream in = SeedProgramme.class.getResourceAsStream("/pilot-sites-2015.json")) {
      seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    // As the README says: replace the references to luzhou that end a line by nowhere.
    String broken = seed.replaceAll("(?m)\"luzhou\"$", "\"nowhere\"");

    Throwable problems = org.assertj.core.api.Assertions.catchThrowable(
        () -> org.sprp.serialization.ProgrammeJson.strict().read(broken));

    assertThat(problems).isInstanceOf(org.sprp.serialization.ProgrammeJsonException.class);
    assertThat(Files.readString(README)).contains("```\n" + problems + "\n```\n");
  }

  @Test
  void theFirstExampleRuns() {
    assertThat(FirstExample.build().activities()).hasSize(1);
    // Its main prints the JSON's UTF-8 bytes, whatever the encoding of standard output.
    java.io.PrintStream before = System.out;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try {
      System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.ISO_8859_1));
      FirstExample.main(new String[0]);
    } finally {
      System.setOut(before);
    }
    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"zh\": \"中国\"");
  }
}
