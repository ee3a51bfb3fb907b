package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sprp.core.MissionId;
import org.sprp.core.Programme;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.internal.ProgrammeColumns;
import org.sprp.core.time.Timing;

/** The radix sort of the timeline gives the order the class comment of {@link Plan} states. */
class TimelineOrderTest {

  /** The rule of the class comment, on the events themselves. */
  static final Comparator<TimelineEvent> RULE = Comparator
      .comparing((TimelineEvent e) -> e.timing().isEmpty())
      .thenComparing(e -> e.timing().flatMap(Timing::earliest).orElse(LocalDate.MIN))
      .thenComparing(e -> e.timing().flatMap(Timing::latest).orElse(LocalDate.MAX))
      .thenComparing(e -> e instanceof Mission)
      .thenComparing(e -> e.id().value());

  /** Returns the programme's events sorted by {@link #RULE}. */
  static List<TimelineEvent> byRule(Programme programme) {
    List<TimelineEvent> events = new ArrayList<>(programme.events());
    events.sort(RULE);
    return events;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "panel-discussion-", "p"})
  void idsThatBeginAlikeOrDifferInLengthAreInTheOrderOfTheirText(String prefix) {
    // Ids equal in their first ten characters after the start all ids share, longer than that,
    // prefixes of one another, with '-' and digits that sort before letters; both kinds; equal
    // timings, and one event without timing.
    List<String> ids = List.of("training-spain-2017", "training-spain-2016", "training-spai", "training-spa",
        "training-sp", "training-s", "training", "training-spain", "a", "a-", "a0", "aa", "z", "z9-9",
        "0", "9-a", "training-spain-2016-b", "training-spain-2016-a");
    Programme.Builder builder = SmallProgramme.builder();
    for (String id : ids) {
      builder.addActivities(PlanTest.activity(prefix + id, "2016-02"));
      builder.addMissions(SmallProgramme.visit().id(MissionId.of(prefix + id)).timing(Timing.parse("2016-02")).build());
    }
    builder.addActivities(PlanTest.activity(prefix + "undated", null));
    Programme programme = builder.build();
    List<TimelineEvent> timeline = Plan.of(programme).timeline();
    assertThat(timeline).containsExactlyElementsOf(byRule(programme));

    List<String> ours = new ArrayList<>();
    for (TimelineEvent event : timeline) {
      String id = event.id().value();
      if (id.startsWith(prefix) && (ids.contains(id.substring(prefix.length())) || id.equals(prefix + "undated"))) {
        ours.add(event.id().kind() + ":" + id);
      }
    }
    List<String> expected = new ArrayList<>();
    ids.stream().sorted().forEach(id -> expected.add("activity:" + prefix + id));
    ids.stream().sorted().forEach(id -> expected.add("mission:" + prefix + id));
    expected.add("activity:" + prefix + "undated");
    assertThat(ours).containsExactlyElementsOf(expected);
  }

  @Test
  void boundsFarApartOpenAndMissingAreOrderedByTheRule() {
    String[] timings = {"1000", "9999-12-31", "../2016", "2016/..", "1000/9999", "2016-02?", "2016-02", "1000-01-01",
        "2016-02-01/..", "../2016-02-29"};
    Programme.Builder builder = SmallProgramme.builder();
    for (int i = 0; i < timings.length; i++) {
      builder.addActivities(PlanTest.activity("event-" + i, timings[i]));
    }
    builder.addActivities(PlanTest.activity("undated", null));
    Programme programme = builder.build();
    assertFollowsTheRuleWithTheUndatedLast(programme);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2016-02-10", "2016-02-10/2016-02-13"})
  void theUntimedComeLastThoughAllTimingsAreOneDayOrSpanAFewDaysWithAnOpenEnd(String timing) {
    // One day: the smallest and largest day are the same. Four days: the ranks of the upper bound,
    // 0 to 3 and 4 for the open end, take one bit more than the days.
    Programme programme = SmallProgramme.builder()
        .activities(List.of(PlanTest.activity("open", "2016-02-10/.."), PlanTest.activity("day", timing),
            PlanTest.activity("undated", null), PlanTest.activity("first", "2016-02-10")))
        .missions(List.of())
        .requests(List.of())
        .build();
    assertFollowsTheRuleWithTheUndatedLast(programme);
  }

  private static void assertFollowsTheRuleWithTheUndatedLast(Programme programme) {
    List<TimelineEvent> timeline = Plan.of(programme).timeline();
    assertThat(timeline).containsExactlyElementsOf(byRule(programme));
    assertThat(timeline.get(timeline.size() - 1).id().value()).isEqualTo("undated");
  }

  @ParameterizedTest
  @ValueSource(strings = {"whole", "range"})
  void theSortsOrderKeysAsUnsignedNumbersAndKeepTheOrderOfEqualKeys(String sort) {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 300; round++) {
      // Up to 3,000 keys, so that digits take from 4 to 12 bits; few distinct values, so that equal
      // keys are many; some with the sign bit set, some differing in the top bits only.
      // Explicitly none and one key in the first rounds.
      int n = round < 2 ? round : random.nextInt(round % 10 == 0 ? 3_000 : 300);
      int distinct = 1 + random.nextInt(round % 3 == 0 ? 5 : 2_000);
      long[] values = new long[distinct];
      for (int v = 0; v < distinct; v++) {
        long value = random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(1 << 20) * 0x0123_4567L;
        values[v] = round % 4 == 1 ? value << 58 : value;
      }
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        keys[i] = values[random.nextInt(distinct)];
      }
      // "range" sorts only a part; the keys around it stay where they are.
      int from = sort.equals("whole") ? 0 : Math.min(n, random.nextInt(10));
      int to = sort.equals("whole") ? n : Math.max(from, n - random.nextInt(10));
      int[] indexes = new int[n];
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        indexes[i] = i;
        expected.add(i);
      }
      long[] original = keys.clone();
      // List.sort is stable: equal keys keep their order.
      expected.subList(from, to).sort((a, b) -> Long.compareUnsigned(original[a], original[b]));
      TimelineOrder.radixSort(keys, indexes, from, to, new TimelineOrder.Buffers(n));
      for (int i = 0; i < n; i++) {
        assertThat(indexes[i]).as("%s, round %d, position %d", sort, round, i).isEqualTo(expected.get(i));
        assertThat(keys[i]).isEqualTo(original[indexes[i]]);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2016-02", "1000/9999"})
  void idsAlikeInTheirKeyAreOrderedByTheirWholeTextInOneKeyOrInTwo(String timing) {
    // Activities only, all keyed from their first character: one key holds the ranked bounds and
    // the id keys of a short span of days, not of 9,000 years, which need two sorts.
    List<TimelineEvent> events = new ArrayList<>();
    for (String id : List.of("storage-of-records-b", "storage-of-records-a", "storage-of", "archive", "storage-of-r",
        "storage-of-records-aa", "0-first")) {
      events.add(PlanTest.activity(id, timing));
    }
    long[] bounds = new long[events.size()];
    long[] idKeys = new long[events.size()];
    for (int i = 0; i < events.size(); i++) {
      bounds[i] = ProgrammeColumns.packBounds(events.get(i).timing());
      idKeys[i] = ProgrammeColumns.keyOfId(events.get(i).id().value(), 0);
    }
    int[] order = sorted(bounds, idKeys, events::get);
    List<String> sorted = new ArrayList<>();
    for (int i : order) {
      sorted.add(events.get(i).id().value());
    }
    assertThat(sorted).containsExactly("0-first", "archive", "storage-of", "storage-of-r", "storage-of-records-a",
        "storage-of-records-aa", "storage-of-records-b");
  }

  @Test
  void idKeysOrderIdsAsTheirTextDoesUpToTheirFirstTenCharactersAfterTheSkipped() {
    SplittableRandom random = new SplittableRandom(7);
    String alphabet = "-0123456789abcdefghijklmnopqrstuvwxyz";
    for (int n = 0; n < 20_000; n++) {
      String prefix = "training-".substring(0, random.nextInt(10));
      String a = prefix + randomTail(random, alphabet);
      String b = prefix + randomTail(random, alphabet);
      long keyA = ProgrammeColumns.keyOfId(a, prefix.length());
      long keyB = ProgrammeColumns.keyOfId(b, prefix.length());
      assertThat(keyA).isBetween(0L, 1L << 60);
      String startA = a.substring(prefix.length(), Math.min(a.length(), prefix.length() + 10));
      String startB = b.substring(prefix.length(), Math.min(b.length(), prefix.length() + 10));
      if (keyA == keyB) {
        assertThat(startA).as("%s and %s", a, b).isEqualTo(startB);
      } else {
        assertThat(Long.signum(Long.compare(keyA, keyB))).as("%s and %s", a, b)
            .isEqualTo(Integer.signum(startA.compareTo(startB)))
            .isEqualTo(Integer.signum(a.compareTo(b)));
      }
    }
  }

  /** A text of 1 to 15 characters of ids (first a letter or digit), short ones often, to make ties. */
  private static String randomTail(SplittableRandom random, String alphabet) {
    int length = 1 + (random.nextBoolean() ? random.nextInt(3) : random.nextInt(15));
    StringBuilder tail = new StringBuilder();
    tail.append(alphabet.charAt(1 + random.nextInt(alphabet.length() - 1)));
    for (int i = 1; i < length; i++) {
      tail.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? 3 : alphabet.length())));
    }
    return tail.toString();
  }

  /**
   * Sorts by {@link TimelineOrder#sort}, checking that the earliest days it writes are those of the
   * bounds of the events in the order it returns.
   */
  private static int[] sorted(long[] bounds, long[] idKeys, IntFunction<TimelineEvent> events) {
    int n = bounds.length;
    int[] lowers = new int[n];
    int[] order = TimelineOrder.sort(n, i -> bounds[i], i -> idKeys[i], events, lowers);
    for (int i = 0; i < n; i++) {
      assertThat(lowers[i]).as("earliest day at %d", i).isEqualTo((int) (bounds[order[i]] >>> 32));
    }
    return order;
  }

  @ParameterizedTest
  @ValueSource(strings = {"one key", "wide ids", "two sorts"})
  void theSortOrdersPackedBoundsThenIdKeysAndGivesEachEarliestDay(String path) {
    // Packed bounds compared as unsigned numbers are in the order of the rule: an open start (0)
    // first, an open end (all ones) last, no timing after every day. Distinct id keys, so that no
    // event need be read. Days within ten years and keys in 33 bits share a long with the index;
    // keys in 60 bits do not, and are sorted beside it; days 9,000 years apart, ranked in 44 bits,
    // leave too few bits for the index and the id's rank from 1,025 events, and take two sorts.
    SplittableRandom random = new SplittableRandom(path.length());
    boolean tenYears = !path.equals("two sorts");
    boolean narrow = path.equals("one key");
    for (int round = 0; round < 200; round++) {
      int n = round < 2 ? round : 1 + random.nextInt(round % 10 == 0 ? 5_000 : 200);
      long[] bounds = new long[n];
      long[] idKeys = new long[n];
      long first = ProgrammeColumns.packDay(LocalDate.of(tenYears ? 2015 : 1000, 1, 1));
      int days = tenYears ? 3_650 : 3_300_000;
      for (int i = 0; i < n; i++) {
        int form = random.nextInt(8);
        long lower = first + random.nextInt(days);
        long upper = lower + random.nextInt(400);
        bounds[i] = form == 0 ? ProgrammeColumns.UNTIMED
            : (form == 1 ? ProgrammeColumns.OPEN_START : lower) << 32 | (form == 2 ? ProgrammeColumns.OPEN_END : upper);
        // The index in the low 13 bits: distinct keys, whatever the random high bits.
        idKeys[i] = (narrow ? (long) random.nextInt(1 << 20) << 13 : random.nextLong() >>> 17 << 13) | i;
      }
      int[] order = sorted(bounds, idKeys, i -> {
        throw new AssertionError("ids compared, though their keys are distinct");
      });
      for (int i = 1; i < n; i++) {
        int a = order[i - 1];
        int b = order[i];
        int byBounds = Long.compareUnsigned(bounds[a], bounds[b]);
        assertThat(byBounds < 0 || byBounds == 0 && Long.compareUnsigned(idKeys[a], idKeys[b]) < 0)
            .as("%s, round %d, at %d", path, round, i).isTrue();
      }
    }
  }

  @Test
  void theGeneratedProgrammesTimelineIsInTheOrderOfTheRule() {
    // Ids of 1 to 4 characters after the shared "activity-" and "mission-": the keys hold them whole.
    Programme programme = LargeProgramme.of(2_000, 3);
    assertThat(Plan.of(programme).timeline()).containsExactlyElementsOf(byRule(programme));
  }
}
