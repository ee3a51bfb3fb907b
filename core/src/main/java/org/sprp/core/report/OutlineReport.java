package org.sprp.core.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.sprp.core.Programme;
import org.sprp.core.Status;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.ModalityChoice;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.actor.Decision;
import org.sprp.core.actor.Meeting;
import org.sprp.core.plan.Coverage;
import org.sprp.core.plan.Plan;
import org.sprp.core.plan.RequestCoverage;
import org.sprp.core.plan.TopicCoverage;
import org.sprp.core.time.Timing;

/**
 * A plain-text outline of a programme for the console and JShell: its sites with their places and
 * themes, its governance meetings and decisions, its timeline with the places of each event, the
 * coverage of its knowledge requests, and what is still open (events ahead, topics and modalities
 * no activity answers), indented by two spaces a level. For example:
 *
 * <pre>
 * Social Protection Reform Project (sprp)
 *
 * Sites
 *   luzhou    Luzhou (泸州市), Sichuan (四川省): Rural-urban integration, Migrant workers
 *
 * Timeline
 *   2015-09          completed  mission           First mission, field visit to Luzhou and Chengdu (Sichuan Province) [field-visit-sichuan-2015-09]
 *                                                 in Luzhou (泸州市), Chengdu (成都市)
 * </pre>
 *
 * <p>Rendering reads the plan only; it can run from any thread.
 */
public final class OutlineReport {

  private OutlineReport() {}

  /**
   * Renders the outline of a plan's programme.
   *
   * @param plan the plan, not null
   * @return the outline, lines separated by {@code \n} and ending with one
   */
  public static String render(Plan plan) {
    requireNonNull(plan, "plan");
    Programme programme = plan.programme();
    StringBuilder out = new StringBuilder();
    out.append(Describe.name(programme.name())).append(" (").append(programme.id()).append(")\n");

    out.append("\nSites\n");
    int width = programme.sites().stream().mapToInt(s -> s.id().value().length()).max().orElse(0);
    for (PilotSite site : programme.sites()) {
      out.append("  ").append(pad(site.id().value(), width)).append("  ").append(Describe.where(plan, site))
          .append(": ").append(Describe.themes(plan, site.themes())).append('\n');
    }

    if (!programme.meetings().isEmpty() || !programme.decisions().isEmpty()) {
      out.append("\nGovernance\n");
      for (Meeting meeting : programme.meetings()) {
        out.append("  ").append(pad(meeting.timing().toString(), 16)).append(' ')
            .append(Describe.oneLine(meeting.title())).append(", ")
            .append(Describe.organisation(programme, meeting.body())).append('\n');
        for (Decision decision : plan.decisionsAt(meeting.id())) {
          out.append("  ").append(pad("", 16)).append("   decided: ").append(Describe.oneLine(decision.summary()))
              .append('\n');
        }
      }
      for (Decision decision : programme.decisions()) {
        if (decision.meeting().isEmpty()) {
          out.append("  ").append(pad(decision.timing().map(Timing::toString).orElse(Describe.NO_DATE), 16))
              .append(" Decided by ").append(Describe.organisations(plan, decision.decidedBy())).append(": ")
              .append(Describe.oneLine(decision.summary())).append('\n');
        }
      }
    }

    out.append("\nTimeline\n");
    for (TimelineEvent event : plan.timeline()) {
      out.append("  ").append(pad(Describe.timing(event), 16)).append(' ')
          .append(pad(Describe.words(event.status()), 10)).append(' ')
          .append(pad(Describe.kind(event), 17)).append(' ')
          .append(Describe.oneLine(event.title())).append(" [").append(event.id()).append("]\n");
      String where = Describe.places(programme, event.places());
      if (!where.isEmpty()) {
        out.append(pad("", 48)).append("in ").append(where).append('\n');
      }
      if (!event.sites().isEmpty()) {
        out.append(pad("", 48)).append("sites ").append(Describe.ids(plan.inCatalogueOrder(event.sites())))
            .append('\n');
      }
      if (event instanceof Mission && !((Mission) event).participants().isEmpty()) {
        out.append(pad("", 48)).append("with ")
            .append(Describe.organisations(plan, ((Mission) event).participants())).append('\n');
      }
    }

    Coverage coverage = plan.coverage();
    out.append("\nCoverage\n");
    for (RequestCoverage request : coverage.requests()) {
      out.append("  ").append(request.request()).append('\n');
      for (TopicCoverage topic : request.topics()) {
        out.append("    ").append(Describe.topic(programme, topic.topic())).append(": ");
        if (!topic.isAnswered()) {
          out.append("not answered");
        } else {
          out.append(Describe.ids(topic.byReference()));
          if (!topic.byTopic().isEmpty()) {
            out.append(topic.byReference().isEmpty() ? "" : "; ").append("by topic: ")
                .append(Describe.ids(topic.byTopic()));
          }
        }
        out.append('\n');
      }
      if (!request.unofferedModalities().isEmpty()) {
        out.append("    modalities not offered: ")
            .append(Describe.modalities(request.unofferedModalities(), request.modalityChoice())).append('\n');
      }
    }
    out.append("  sites no activity reaches: ")
        .append(coverage.unreachedSites().isEmpty() ? "none" : Describe.ids(coverage.unreachedSites())).append('\n');

    out.append("\nStill open\n");
    int open = 0;
    for (TimelineEvent event : plan.timeline()) {
      if (event.status() != Status.COMPLETED && event.status() != Status.CANCELLED) {
        out.append("  ").append(Describe.oneLine(event.title())).append(" [").append(event.id()).append("]: ")
            .append(Describe.words(event.status())).append(", ")
            .append(event.timing().map(t -> (t.isUncertain() ? "tentatively " : "") + t).orElse("no date yet"))
            .append('\n');
        open++;
      }
    }
    for (RequestCoverage request : coverage.requests()) {
      for (TopicCoverage topic : request.topics()) {
        if (!topic.isAnswered()) {
          out.append("  no activity answers ").append(Describe.topic(programme, topic.topic()))
              .append(" [").append(request.request()).append("]\n");
          open++;
        }
      }
      // One line a modality when each is wanted; one line for all when any one would do.
      ImmutableSet<Modality> unoffered = request.unofferedModalities();
      List<String> gaps = request.modalityChoice() == ModalityChoice.ANY && !unoffered.isEmpty()
          ? List.of(Describe.modalities(unoffered, ModalityChoice.ANY))
          : unoffered.stream().map(Describe::modality).toList();
      for (String gap : gaps) {
        out.append("  no activity offers ").append(gap)
            .append(" knowledge sharing asked for by ").append(request.request()).append('\n');
        open++;
      }
    }
    if (open == 0) {
      out.append("  nothing\n");
    }
    return out.toString();
  }

  private static String pad(String text, int width) {
    StringBuilder padded = new StringBuilder(text);
    while (padded.length() < width) {
      padded.append(' ');
    }
    return padded.toString();
  }
}
