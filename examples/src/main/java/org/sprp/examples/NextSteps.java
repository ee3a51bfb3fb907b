package org.sprp.examples;

import static org.sprp.examples.SeedProgramme.HUIZHOU_SITE;
import static org.sprp.examples.SeedProgramme.LUZHOU_SITE;
import static org.sprp.examples.SeedProgramme.PORTABILITY;
import static org.sprp.examples.SeedProgramme.PROVINCES_REQUEST;
import static org.sprp.examples.SeedProgramme.SECOND_PANEL;
import static org.sprp.examples.SeedProgramme.SHANGHAI_CONTACTS;
import static org.sprp.examples.SeedProgramme.SPAIN;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.sprp.core.ActivityId;
import org.sprp.core.Programme;
import org.sprp.core.Status;
import org.sprp.core.activity.ActivityKind;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.Modality;
import org.sprp.core.plan.Edits;
import org.sprp.core.plan.Finding;
import org.sprp.core.plan.Plan;
import org.sprp.core.plan.ProgrammeDiff;
import org.sprp.core.time.Timing;

/**
 * A planning script, as a user of the library would write one: it takes the seed programme and
 * plans the next steps, then reports what changed and what still needs attention. Its unit test,
 * {@code NextStepsTest}, is the kind of test such a script's author writes.
 *
 * <p>The steps: the contacts with Shanghai, tentatively in February 2016, are fixed on a day and
 * scheduled; the undated second panel discussion is given a tentative month; and a study visit
 * abroad is proposed on one of the four topics of the provinces' request, which no activity answers
 * yet: the portability of migrant workers' rights. It also offers the "abroad" the provinces asked
 * for. The report then finds the three other topics still unanswered.
 */
public final class NextSteps {

  /** The study visit the script proposes. */
  static final ActivityId STUDY_VISIT = ActivityId.of("study-visit-portability-2016");

  private NextSteps() {}

  /**
   * Plans the next steps of a programme that has the seed's entities.
   *
   * @param seed the programme to start from
   * @return the new programme, checked
   */
  public static Programme plan(Programme seed) {
    // snippet: planning-script
    Programme next = Edits.reschedule(seed, SHANGHAI_CONTACTS, Timing.parse("2016-02-16"));
    next = Edits.changeStatus(next, SHANGHAI_CONTACTS, Status.SCHEDULED);   // planned -> scheduled
    next = Edits.reschedule(next, SECOND_PANEL, Timing.parse("2015-12?"));

    next = Edits.add(next, KnowledgeActivity.builder()
        .id(STUDY_VISIT)
        .kind(ActivityKind.STUDY_VISIT)
        .title("Study visit on the portability of migrant workers' social security rights")
        .modality(Modality.ABROAD)
        .venue(SPAIN)
        .addTopics(PORTABILITY)
        .addSites(LUZHOU_SITE, HUIZHOU_SITE)
        .addAnswers(PROVINCES_REQUEST)
        .status(Status.PROPOSED)
        .timing(Timing.parse("2016-21"))                                     // spring 2016
        .build());
    // end snippet
    return next;
  }

  /**
   * Reports what the plan changed and what the consistency checks find, as of a date.
   *
   * @param before the programme before
   * @param after the programme after
   * @param today the date the findings are for
   * @return the report, lines ending with a newline
   */
  static String report(Programme before, Programme after, LocalDate today) {
    // snippet: planning-report
    ProgrammeDiff changes = ProgrammeDiff.between(before, after);
    List<Finding> findings = Plan.of(after).findings(today);     // today is passed in, never read
    // end snippet
    StringBuilder out = new StringBuilder(changes.toString());
    out.append(out.charAt(out.length() - 1) == '\n' ? "" : "\n").append("\nFindings on ").append(today).append('\n');
    for (Finding finding : findings) {
      out.append("  ").append(finding).append('\n');
    }
    if (findings.isEmpty()) {
      out.append("  none\n");
    }
    return out.toString();
  }

  /**
   * Plans the next steps of the seed programme and prints, in UTF-8, what changed and the findings
   * as of the end of 2015.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Programme seed = SeedProgramme.build();
    // In UTF-8 whatever the platform's encoding: the report may hold Chinese names and arrows.
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(report(seed, plan(seed), LocalDate.of(2015, 12, 31)));
  }
}
