package org.sprp.serialization;

/** Cold start, this library: a fresh JVM reads the seed document into a checked programme and prints a summary line. */
final class ColdStartLibrary {

  private ColdStartLibrary() {}

  public static void main(String[] args) {
    System.out.println(ProgrammeJson.strict().read(ProgrammeJsonBenchmark.seedDocument()));
  }
}
