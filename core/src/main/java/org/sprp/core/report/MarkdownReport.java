package org.sprp.core.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.sprp.core.Programme;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.plan.Coverage;
import org.sprp.core.plan.Plan;
import org.sprp.core.plan.RequestCoverage;
import org.sprp.core.plan.TopicCoverage;

/**
 * A Markdown (CommonMark with GitHub tables) report of a programme: a table of its pilot sites,
 * its timeline as a table, and the coverage of each knowledge request with the gaps. Ids are set
 * as code; free text (names, titles) is on one line and shows as written, with what CommonMark
 * would read as markup or HTML escaped ({@code \*}, {@code \`}, {@code \<}...), and a {@code |}
 * inside a cell is escaped. The text is the same for the same programme, so a report committed to
 * git diffs cleanly.
 *
 * <p>Rendering reads the plan only; it can run from any thread.
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  /**
   * Renders the report of a plan's programme.
   *
   * @param plan the plan, not null
   * @return the Markdown text, lines separated by {@code \n} and ending with one
   */
  public static String render(Plan plan) {
    requireNonNull(plan, "plan");
    Programme programme = plan.programme();
    StringBuilder out = new StringBuilder();
    out.append("# ").append(text(Describe.name(programme.name()))).append(" (`").append(programme.id()).append("`)\n");

    out.append("\n## Pilot sites\n\n");
    out.append("| Site | Place | Themes | Events |\n|---|---|---|---:|\n");
    for (PilotSite site : programme.sites()) {
      row(out, code(site.id()), text(Describe.where(plan, site)), text(Describe.themes(plan, site.themes())),
          Integer.toString(plan.eventsOf(site.id()).size()));
    }

    out.append("\n## Timeline\n\n");
    out.append("In order of the earliest possible day, then the latest, then id (activities before missions); "
        + "events with no date come last. EDTF marks an uncertain date with `?`, an approximate one with `~` "
        + "and one both with `%`.\n\n");
    out.append("| When | Event | Kind | Status | Sites |\n|---|---|---|---|---|\n");
    for (TimelineEvent event : plan.timeline()) {
      row(out, event.timing().isPresent() ? code(event.timing().get()) : Describe.NO_DATE,
          text(event.title()) + " " + code(event.id()), Describe.kind(event), Describe.words(event.status()),
          codes(plan.inCatalogueOrder(event.sites())));
    }

    Coverage coverage = plan.coverage();
    out.append("\n## Coverage\n");
    for (RequestCoverage request : coverage.requests()) {
      KnowledgeRequest asked = programme.request(request.request()).orElseThrow();
      out.append("\n### Request ").append(code(request.request())).append("\n\n");
      out.append("Requested by ").append(codes(plan.inCatalogueOrder(asked.requestedBy())));
      if (!asked.modalities().isEmpty()) {
        out.append("; modalities: ").append(Describe.modalities(asked.modalities(), asked.modalityChoice()));
      }
      out.append(".\n\n");
      out.append("| Topic | By reference | By topic |\n|---|---|---|\n");
      for (TopicCoverage topic : request.topics()) {
        row(out, text(Describe.topic(programme, topic.topic())) + " " + code(topic.topic()),
            topic.byReference().isEmpty() ? "—" : codes(topic.byReference()),
            topic.byTopic().isEmpty() ? "—" : codes(topic.byTopic()));
      }
    }

    out.append("\n### Gaps\n\n");
    List<String> unanswered = new ArrayList<>();
    for (TopicCoverage topic : coverage.unansweredTopics()) {
      unanswered.add(code(topic.topic()) + " of " + code(topic.request()));
    }
    out.append("- Topics no activity answers: ").append(unanswered.isEmpty() ? "none" : String.join(", ", unanswered))
        .append('\n');
    out.append("- Sites no activity reaches: ")
        .append(coverage.unreachedSites().isEmpty() ? "none" : codes(coverage.unreachedSites())).append('\n');
    List<String> unoffered = new ArrayList<>();
    for (RequestCoverage request : coverage.requests()) {
      if (!request.unofferedModalities().isEmpty()) {
        unoffered.add(Describe.modalities(request.unofferedModalities(), request.modalityChoice())
            + " (" + code(request.request()) + ")");
      }
    }
    out.append("- Requested modalities no answering activity offers: ")
        .append(unoffered.isEmpty() ? "none" : String.join(", ", unoffered)).append('\n');
    return out.toString();
  }

  private static void row(StringBuilder out, String... cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(Describe.oneLine(cell).replace("|", "\\|")).append(" |");
    }
    out.append('\n');
  }

  /** What CommonMark (and GitHub's tables and strikethrough) may read as markup or HTML in text. */
  private static final String MARKUP = "\\`*_[]<>&~";

  /** Free text on one line, shown as written: each character of {@link #MARKUP} backslash-escaped. */
  private static String text(String text) {
    String line = Describe.oneLine(text);
    StringBuilder escaped = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (MARKUP.indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  private static String code(Object value) {
    return "`" + value + "`";
  }

  private static String codes(Iterable<?> values) {
    List<String> codes = new ArrayList<>();
    for (Object value : values) {
      codes.add(code(value));
    }
    return codes.isEmpty() ? "—" : String.join(", ", codes);
  }
}
