package org.sprp.core.report;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sprp.core.EntityId;
import org.sprp.core.Programme;
import org.sprp.core.Status;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.plan.Plan;
import org.sprp.core.time.Timing;

/**
 * A Mermaid {@code gantt} chart of a programme's timeline, which renders wherever Markdown with
 * Mermaid does (in a {@code ```mermaid} block). For example:
 *
 * <pre>
 * gantt
 *     title Social Protection Reform Project
 *     dateFormat YYYY-MM-DD
 *     axisFormat %Y-%m
 *     section Missions
 *     First mission, field visit to Luzhou and Chengdu (Sichuan Province) : done, field-visit-sichuan-2015-09, 2015-09-01, 2015-10-01
 *     section Activities
 *     Contacts with the Shanghai pilot site ? : crit, shanghai-contacts, 2016-02-01, 2016-03-01
 * </pre>
 *
 * <ul>
 *   <li>One section for missions, one for activities, each in timeline order (see {@link Plan}).
 *   <li>A bar runs from the earliest day its timing allows to the day after the latest, since a
 *       Mermaid end date is exclusive: {@code 2016-02} is {@code 2016-02-01, 2016-03-01}.
 *   <li>An uncertain or approximate timing is tagged {@code crit} and its title ends in {@code ?},
 *       {@code ~} or {@code ?~}. A completed event is tagged {@code done}, a scheduled one {@code
 *       active}; a cancelled one's title ends in {@code (cancelled)}.
 *   <li>An event with no timing, with an open or unknown start or end, or with a day outside the
 *       years 1000 to 9999 (which Mermaid's {@code YYYY-MM-DD} dates cannot hold), cannot be drawn:
 *       it is listed in a {@code %%} comment after its section.
 *   <li>The task id is the event's id, or {@code mission-} or {@code activity-} and the id where a
 *       mission and an activity share it or the id is a word Mermaid reads as a tag ({@code active},
 *       {@code done}, {@code crit}, {@code milestone}, {@code vert}), then {@code -2}, {@code
 *       -3}... should that be another event's id, so that task ids are unique.
 *   <li>In a title, {@code :}, {@code ;} and {@code #}, which Mermaid reads as syntax, become
 *       {@code -}, {@code ,} and nothing, {@code %} (which may start a comment) the full-width
 *       {@code ％}, and line breaks a space; a title that begins with a word Mermaid reads as a
 *       keyword ({@code section}, {@code title}, {@code click}...) is preceded by a zero-width
 *       space (U+200B), and one left empty is replaced by the id.
 * </ul>
 *
 * <p>Rendering reads the plan only; it can run from any thread.
 */
public final class MermaidGantt {

  private MermaidGantt() {}

  /**
   * Renders the chart of a plan's programme.
   *
   * @param plan the plan, not null
   * @return the Mermaid text, lines separated by {@code \n} and ending with one
   */
  public static String render(Plan plan) {
    requireNonNull(plan, "plan");
    Map<EntityId, String> taskIds = taskIds(plan.programme());

    List<TimelineEvent> missions = new ArrayList<>();
    List<TimelineEvent> activities = new ArrayList<>();
    for (TimelineEvent event : plan.timeline()) {
      (event instanceof Mission ? missions : activities).add(event);
    }
    StringBuilder out = new StringBuilder("gantt\n");
    out.append("    title ").append(title(plan.programme().name().english(), plan.programme().id().value()))
        .append('\n');
    out.append("    dateFormat YYYY-MM-DD\n");
    out.append("    axisFormat %Y-%m\n");
    section(out, "Missions", missions, taskIds);
    section(out, "Activities", activities, taskIds);
    return out.toString();
  }

  private static void section(StringBuilder out, String name, List<TimelineEvent> events,
      Map<EntityId, String> taskIds) {
    if (events.isEmpty()) {
      return;
    }
    out.append("    section ").append(name).append('\n');
    List<String> undrawn = new ArrayList<>();
    for (TimelineEvent event : events) {
      Timing timing = event.timing().orElse(null);
      if (timing == null || timing.earliest().isEmpty() || timing.latest().isEmpty()
          || !drawable(timing.earliest().get()) || !drawable(timing.latest().get().plusDays(1))) {
        undrawn.add(event.id() + " (" + (timing == null ? "no timing" : "timing " + timing) + ", "
            + Describe.words(event.status()) + ")");
        continue;
      }
      StringBuilder label = new StringBuilder(title(event.title(), event.id().value()));
      String marks = (timing.isUncertain() ? "?" : "") + (timing.isApproximate() ? "~" : "");
      if (!marks.isEmpty()) {
        label.append(' ').append(marks);
      }
      if (event.status() == Status.CANCELLED) {
        label.append(" (cancelled)");
      }
      out.append("    ").append(label).append(" : ");
      if (!marks.isEmpty()) {
        out.append("crit, ");
      }
      if (event.status() == Status.COMPLETED) {
        out.append("done, ");
      } else if (event.status() == Status.SCHEDULED) {
        out.append("active, ");
      }
      LocalDate end = timing.latest().get().plusDays(1);
      out.append(taskIds.get(event.id())).append(", ").append(timing.earliest().get()).append(", ").append(end)
          .append('\n');
    }
    if (!undrawn.isEmpty()) {
      out.append("    %% Not drawn: ").append(String.join("; ", undrawn)).append('\n');
    }
  }

  /**
   * Returns the task id of each event: its id, or where a mission and an activity share it or it is
   * a tag, {@code mission-} or {@code activity-} and the id, then {@code -2}, {@code -3}... until it
   * is no other event's id nor a task id already given.
   */
  private static Map<EntityId, String> taskIds(Programme programme) {
    Set<String> used = new HashSet<>();
    for (Mission mission : programme.missions()) {
      used.add(mission.id().value());
    }
    Set<String> shared = new HashSet<>(TAGS);
    for (KnowledgeActivity activity : programme.activities()) {
      if (!used.add(activity.id().value())) {
        shared.add(activity.id().value());
      }
    }
    Map<EntityId, String> taskIds = new HashMap<>();
    for (TimelineEvent event : programme.events()) {
      String id = event.id().value();
      if (!shared.contains(id)) {
        taskIds.put(event.id(), id);
        continue;
      }
      String prefixed = (event instanceof KnowledgeActivity ? "activity-" : "mission-") + id;
      String taskId = prefixed;
      for (int n = 2; !used.add(taskId); n++) {
        taskId = prefixed + "-" + n;
      }
      taskIds.put(event.id(), taskId);
    }
    return taskIds;
  }

  /** The words Mermaid reads as a task's tags where its id should be. */
  private static final Set<String> TAGS = Set.of("active", "done", "crit", "milestone", "vert");

  /** The words Mermaid's gantt lexer reads as a keyword at the start of a line, whatever their case. */
  private static final Set<String> KEYWORDS = Set.of("gantt", "dateformat", "inclusiveenddates", "topaxis",
      "axisformat", "tickinterval", "includes", "excludes", "todaymarker", "weekday", "weekend", "title",
      "accdescription", "acctitle", "accdescr", "section", "click", "call", "href");

  private static final Pattern FIRST_WORD = Pattern.compile("^[A-Za-z]+");

  /** Whether Mermaid reads a day of this date as written: four digits of a year from 1000. */
  private static boolean drawable(LocalDate day) {
    return day.getYear() >= 1000 && day.getYear() <= 9999;
  }

  /** A title or task name as Mermaid reads it as text; {@code fallback} if nothing is left. */
  private static String title(String text, String fallback) {
    String title = Describe.oneLine(text).replace(':', '-').replace(';', ',').replace("#", "").replace('%', '\uFF05')
        .strip();
    if (title.isEmpty()) {
      return fallback;
    }
    Matcher word = FIRST_WORD.matcher(title);
    boolean keyword = word.find() && KEYWORDS.contains(Ascii.toLowerCase(word.group()));
    return keyword || DATE_START.matcher(title).lookingAt() ? "\u200B" + title : title;
  }

  /** A title that begins like a date, which the lexer reads as one. */
  private static final Pattern DATE_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
}
