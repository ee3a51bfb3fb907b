package org.sprp.serialization;

/** Cold start, the competitor: a fresh JVM reads the seed document into records with databind and prints a summary line. */
final class ColdStartDatabind {

  private ColdStartDatabind() {}

  public static void main(String[] args) {
    System.out.println(Records.mapper().readValue(ProgrammeJsonBenchmark.seedDocument(), Records.ProgrammeDoc.class)
        .summary());
  }
}
