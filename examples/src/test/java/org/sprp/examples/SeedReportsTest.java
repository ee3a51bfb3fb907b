package org.sprp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sprp.core.Programme;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.plan.Plan;
import org.sprp.core.report.MarkdownReport;
import org.sprp.core.report.MermaidGantt;
import org.sprp.core.report.OutlineReport;
import org.sprp.core.time.Timing;

/**
 * The reports of the seed programme, compared with the golden files beside this class (reviewed
 * line by line against the source document), and checked independently: the Mermaid chart for its
 * syntax and dates, the Markdown for the lines that carry the document's facts.
 */
class SeedReportsTest {

  private static final Pattern TASK = Pattern.compile(
      "^ {4}([^:;#]+?) : ((?:crit, |active, |done, )*)([a-z0-9][a-z0-9-]*), (\\d{4}-\\d{2}-\\d{2}), (\\d{4}-\\d{2}-\\d{2})$");

  private final Programme seed = SeedProgramme.build();
  private final Plan plan = Plan.of(seed);

  private static String golden(String name) throws IOException {
    try (InputStream in = SeedReportsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isInstanceOf(InputStream.class);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void markdownEqualsTheGoldenFile() throws IOException {
    assertThat(MarkdownReport.render(plan)).isEqualTo(golden("seed-report.md"));
  }

  @Test
  void mermaidEqualsTheGoldenFile() throws IOException {
    assertThat(MermaidGantt.render(plan)).isEqualTo(golden("seed-gantt.mmd"));
  }

  @Test
  void outlineEqualsTheGoldenFile() throws IOException {
    assertThat(OutlineReport.render(plan)).isEqualTo(golden("seed-outline.txt"));
  }

  @Test
  void theReportsOfTheProgrammeReadFromJsonAreThoseOfTheProgrammeBuiltInCode() throws IOException {
    // The programme read back is equal to the one built in code; its reports must be the same.
    Programme fromJson;
    try (InputStream in = SeedProgramme.class.getResourceAsStream("/pilot-sites-2015.json")) {
      fromJson = org.sprp.serialization.ProgrammeJson.strict().read(in);
    }
    Plan read = Plan.of(fromJson);

    assertThat(OutlineReport.render(read)).isEqualTo(OutlineReport.render(plan));
    assertThat(MarkdownReport.render(read)).isEqualTo(MarkdownReport.render(plan));
    assertThat(MermaidGantt.render(read)).isEqualTo(MermaidGantt.render(plan));
  }

  @Test
  void theOutlineNamesEveryPlaceDateAndThemeOfTheDocument() {
    String outline = OutlineReport.render(plan);

    assertThat(outline).contains(
        // places, in English and Chinese
        "Shanghai (上海市)", "Sichuan (四川省)", "Luzhou (泸州市)", "Chengdu (成都市)", "Guangdong (广东省)",
        "Huizhou (惠州市)", "Guangzhou (广州市)", "Spain (西班牙)",
        // dates, as precise as the document gives them
        "2015-04-21", "2015-09", "2016-02?", "2016-02 ", "2016 ", "no date yet",
        // themes
        "Ageing population", "Rural-urban integration", "Migrant workers",
        // what the governance decided
        "Endorsed the choice of three pilot sites for C1 activities",
        "the second panel discussion will associate representatives from selected pilot sites",
        // the four requested topics and the gap
        "General introduction to social security policy in the EU", "Monitoring and operational systems",
        "Building IT systems for social security and fund raising",
        "Vesting and portability of social security rights for migrant workers",
        "no activity answers Monitoring and operational systems [provinces-fields-of-interest]",
        "no activity offers in-country or abroad knowledge sharing asked for by provinces-fields-of-interest");
  }

  @Test
  void mermaidIsAValidGanttWhoseBarsSpanEachTiming() {
    List<String> lines = List.of(MermaidGantt.render(plan).split("\n"));
    assertThat(lines.get(0)).isEqualTo("gantt");
    assertThat(lines).contains("    dateFormat YYYY-MM-DD", "    section Missions", "    section Activities");
    List<String> tasks = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.matches(" {4}(title [^:]+|dateFormat YYYY-MM-DD|axisFormat %Y-%m|section [A-Za-z ]+|%% .*)")) {
        continue;
      }
      Matcher task = TASK.matcher(line);
      assertThat(task.matches()).as("task line '%s'", line).isTrue();
      String id = task.group(3);
      TimelineEvent event = plan.timeline().stream().filter(e -> e.id().value().equals(id)).findFirst().orElseThrow();
      Timing timing = event.timing().orElseThrow();
      // A bar runs from the earliest day to the day after the latest: Mermaid's end is exclusive.
      assertThat(LocalDate.parse(task.group(4))).isEqualTo(timing.earliest().orElseThrow());
      assertThat(LocalDate.parse(task.group(5))).isEqualTo(timing.latest().orElseThrow().plusDays(1));
      boolean marked = timing.isUncertain() || timing.isApproximate();
      assertThat(task.group(2).contains("crit, ")).as("crit for %s", id).isEqualTo(marked);
      assertThat(task.group(1).endsWith(" ?") || task.group(1).endsWith(" ~")).isEqualTo(marked);
      tasks.add(id);
    }
    assertThat(tasks).containsExactly("field-visit-guangdong-2015-09", "field-visit-sichuan-2015-09",
        "training-spain-2016", "shanghai-contacts", "training-in-situ-2016-02");
    assertThat(lines).contains(
        "    Contacts with the Shanghai pilot site ? : crit, shanghai-contacts, 2016-02-01, 2016-03-01",
        "    First mission, field visit to Luzhou and Chengdu (Sichuan Province) : done, field-visit-sichuan-2015-09, "
            + "2015-09-01, "
            + "2015-10-01",
        "    %% Not drawn: panel-discussion-2 (no timing, planned)");
  }

  @Test
  void markdownCarriesTheFactsOfTheDocument() {
    String markdown = MarkdownReport.render(plan);
    assertThat(markdown).startsWith("# Social Protection Reform Project (`sprp`)\n");
    assertThat(markdown).contains(
        "| `shanghai` | Shanghai (上海市) | Ageing population | 1 |",
        "| `luzhou` | Luzhou (泸州市), Sichuan (四川省) | Rural-urban integration, Migrant workers | 3 |",
        "| `huizhou` | Huizhou (惠州市), Guangdong (广东省) | Migrant workers | 3 |",
        "| `2016-02?` | Contacts with the Shanghai pilot site `shanghai-contacts` | consultation | planned | `shanghai` |",
        "| (no date) | Second panel discussion `panel-discussion-2` | panel discussion | planned | `luzhou`, `huizhou` |",
        "| `2016` | Training in Spain `training-spain-2016` | training | proposed | — |",
        "| Vesting and portability of social security rights for migrant workers `portability-for-migrant-workers` "
            + "| — | — |",
        "- Requested modalities no answering activity offers: in-country or abroad (`provinces-fields-of-interest`)");
    // Every table row has as many cells as its header.
    for (String line : markdown.split("\n")) {
      if (line.startsWith("| Site ")) {
        assertThat(line.split(" \\| ")).hasSize(4);
      }
    }
    assertThat(markdown.indexOf("`2015-09`")).isLessThan(markdown.indexOf("`2016`"));
    assertThat(markdown.indexOf("`2016`")).isLessThan(markdown.indexOf("(no date)"));
  }

  @Test
  void outlineListsSitesTimelineAndCoverage() {
    String outline = OutlineReport.render(plan);
    assertThat(outline).contains(
        "  luzhou    Luzhou (泸州市), Sichuan (四川省): Rural-urban integration, Migrant workers\n",
        "  2016-02?         planned    consultation      Contacts with the Shanghai pilot site [shanghai-contacts]\n",
        "    Monitoring and operational systems: not answered\n",
        "    modalities not offered: in-country or abroad\n");
  }
}
