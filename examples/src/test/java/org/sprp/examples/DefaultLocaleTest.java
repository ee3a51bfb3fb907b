package org.sprp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sprp.core.Programme;
import org.sprp.core.plan.Plan;
import org.sprp.core.report.MarkdownReport;
import org.sprp.core.report.MermaidGantt;
import org.sprp.core.report.OutlineReport;
import org.sprp.serialization.ProgrammeJson;

/**
 * Nothing the library writes depends on the default locale: under locales that write digits
 * other than ASCII's (Arabic-Indic, Persian, Thai, Devanagari) or change letters' case otherwise
 * (Turkish dotless i), the seed programme builds, reads and writes its JSON file byte for byte,
 * and renders its reports as the golden files beside {@link SeedReportsTest}.
 */
class DefaultLocaleTest {

  private final Locale before = Locale.getDefault();

  @AfterEach
  void restoreTheDefaultLocale() {
    Locale.setDefault(before);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DefaultLocaleTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isInstanceOf(InputStream.class);
      return in.readAllBytes();
    }
  }

  private static String golden(String name) throws IOException {
    return new String(resource(name), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar-EG", "fa-IR", "th-TH-u-nu-thai", "hi-IN-u-nu-deva", "tr-TR"})
  void theSeedsJsonAndReportsAreTheSameUnderTheDefaultLocale(String tag) throws IOException {
    byte[] file = resource("/pilot-sites-2015.json");
    Locale.setDefault(Locale.forLanguageTag(tag));

    Programme seed = SeedProgramme.build();
    ProgrammeJson json = ProgrammeJson.strict();
    Plan plan = Plan.of(seed);

    assertThat(json.write(seed)).isEqualTo(file);
    assertThat(json.read(file)).isEqualTo(seed);
    assertThat(MarkdownReport.render(plan)).isEqualTo(golden("seed-report.md"));
    assertThat(MermaidGantt.render(plan)).isEqualTo(golden("seed-gantt.mmd"));
    assertThat(OutlineReport.render(plan)).isEqualTo(golden("seed-outline.txt"));
  }
}
