package org.sprp.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.sprp.core.Programme;
import org.sprp.core.plan.Plan;
import org.sprp.core.report.OutlineReport;

/**
 * The README's first command: builds the programme of the source document and prints its outline:
 * pilot sites by theme with their places in English and Chinese, governance, the timeline with
 * timing and status, the requested topics and the activities that answer each, and what is still
 * open.
 */
public final class PrintSeedProgramme {

  private PrintSeedProgramme() {}

  /**
   * Prints the seed programme's outline to standard output, in UTF-8.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    print(SeedProgramme.build(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Prints a programme's outline.
   *
   * @param programme the programme
   * @param out where to print
   */
  static void print(Programme programme, PrintStream out) {
    out.print(OutlineReport.render(Plan.of(programme)));
  }
}
