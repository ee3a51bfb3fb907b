package org.sprp.core.plan;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.internal.ProgrammeColumns;

/**
 * Sorts events into timeline order (see {@link Plan}) in time linear in their number, from their
 * packed bounds and id keys: a stable radix sort by the key of the id (activities before
 * missions), then by the bounds, then, among events whose bounds and first {@value
 * ProgrammeColumns#ID_KEY_CHARACTERS} characters of id (after what all ids of the kind share)
 * are equal, a sort by the whole id. Comparing events instead would cost O(n log n) reads of
 * events scattered in memory.
 */
final class TimelineOrder {

  /** The most bits of a key sorted in one pass: at most 4,096 counters, which stay in cache. */
  private static final int DIGIT_BITS = 12;

  private TimelineOrder() {}

  /**
   * Returns the events' indexes in timeline order.
   *
   * @param bounds the packed bounds of each event
   * @param idKeys the sort key of each event's kind and id; see {@link ProgrammeColumns#idKey(int)}
   * @param events the event at each index, to compare ids where their keys are equal
   * @return the indexes, in timeline order
   */
  static int[] sort(long[] bounds, long[] idKeys, IntFunction<? extends TimelineEvent> events) {
    int n = bounds.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Buffers buffers = new Buffers(n);
    long[] keys = idKeys.clone();
    radixSort(keys, order, buffers);
    // The bounds, made small, in the order of the ids; sorted, with the ids' order kept for equal bounds.
    long[] ranked = keys;
    Ranks ranks = new Ranks(bounds);
    for (int i = 0; i < n; i++) {
      ranked[i] = ranks.of(bounds[order[i]]);
    }
    radixSort(ranked, order, buffers);
    // Equal bounds and id keys: rare, and only where ids are long alike; compare whole ids.
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || ranked[i] != ranked[start] || idKeys[order[i]] != idKeys[order[start]]) {
        if (i - start > 1) {
          byId(order, start, i, events);
        }
        start = i;
      }
    }
    return order;
  }

  /** Sorts a run of indexes by the events' ids, whose bounds and kinds are equal. */
  private static void byId(int[] order, int from, int to, IntFunction<? extends TimelineEvent> events) {
    Integer[] run = new Integer[to - from];
    for (int i = from; i < to; i++) {
      run[i - from] = order[i];
    }
    Arrays.sort(run, Comparator.comparing(i -> events.apply(i).id().value()));
    for (int i = from; i < to; i++) {
      order[i] = run[i - from];
    }
  }

  /**
   * The bounds as numbers in the same order that take fewer bits: each bound replaced by its
   * distance in days from the smallest day, the lower bound in the high bits. Sorting then takes a
   * pass for each {@value #DIGIT_BITS} bits of the span of days, not of the dates.
   */
  static final class Ranks {
    private final long lowest;
    private final long span;
    private final int upperBits;

    Ranks(long[] bounds) {
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (long packed : bounds) {
        if (packed != ProgrammeColumns.UNTIMED) {
          long lower = packed >>> 32;
          long upper = packed & 0xFFFF_FFFFL;
          if (lower != ProgrammeColumns.OPEN_START) {
            min = Math.min(min, lower);
            max = Math.max(max, lower);
          }
          if (upper != ProgrammeColumns.OPEN_END) {
            min = Math.min(min, upper);
            max = Math.max(max, upper);
          }
        }
      }
      if (min > max) {
        min = 0;
        max = 0;
      }
      lowest = min;
      span = max - min;
      upperBits = Long.SIZE - Long.numberOfLeadingZeros(span + 1);
    }

    /**
     * Returns the rank of packed bounds. Lower: open start 0, days 1 to span + 1, no timing span +
     * 2. Upper: days 0 to span, open end or no timing span + 1. A span fits in 31 bits.
     */
    long of(long packed) {
      long lower;
      long upper;
      if (packed == ProgrammeColumns.UNTIMED) {
        lower = span + 2;
        upper = span + 1;
      } else {
        long lowerDay = packed >>> 32;
        long upperDay = packed & 0xFFFF_FFFFL;
        lower = lowerDay == ProgrammeColumns.OPEN_START ? 0 : lowerDay - lowest + 1;
        upper = upperDay == ProgrammeColumns.OPEN_END ? span + 1 : upperDay - lowest;
      }
      return lower << upperBits | upper;
    }
  }

  /** The arrays a radix sort writes each pass into, shared by the sorts of one timeline. */
  static final class Buffers {
    final long[] keys;
    final int[] indexes;

    Buffers(int n) {
      keys = new long[n];
      indexes = new int[n];
    }
  }

  /**
   * Sorts keys, and the indexes beside them, by the keys as unsigned numbers, keeping the order of
   * equal keys: a least-significant-digit radix sort over the bits in which the keys differ, in as
   * few passes of at most {@value #DIGIT_BITS} bits as they need, the counts of every pass taken in
   * one read of the keys.
   */
  static void radixSort(long[] keys, int[] indexes, Buffers buffers) {
    int n = keys.length;
    if (n < 2) {
      return;
    }
    long differ = 0;
    for (long key : keys) {
      differ |= key ^ keys[0];
    }
    if (differ == 0) {
      return;
    }
    int low = Long.numberOfTrailingZeros(differ);
    int span = Long.SIZE - Long.numberOfLeadingZeros(differ) - low;
    int passes = (span + DIGIT_BITS - 1) / DIGIT_BITS;
    int digitBits = (span + passes - 1) / passes;
    int mask = (1 << digitBits) - 1;
    int[][] counts = new int[passes][1 << digitBits];
    for (long key : keys) {
      for (int pass = 0; pass < passes; pass++) {
        counts[pass][(int) (key >>> (low + pass * digitBits)) & mask]++;
      }
    }
    long[] from = keys;
    int[] fromIndexes = indexes;
    long[] to = buffers.keys;
    int[] toIndexes = buffers.indexes;
    for (int pass = 0; pass < passes; pass++) {
      int[] starts = counts[pass];
      int sum = 0;
      for (int d = 0; d < starts.length; d++) {
        int count = starts[d];
        starts[d] = sum;
        sum += count;
      }
      int shift = low + pass * digitBits;
      for (int i = 0; i < n; i++) {
        int at = starts[(int) (from[i] >>> shift) & mask]++;
        to[at] = from[i];
        toIndexes[at] = fromIndexes[i];
      }
      long[] swap = from;
      from = to;
      to = swap;
      int[] swapIndexes = fromIndexes;
      fromIndexes = toIndexes;
      toIndexes = swapIndexes;
    }
    if (from != keys) {
      System.arraycopy(from, 0, keys, 0, n);
      System.arraycopy(fromIndexes, 0, indexes, 0, n);
    }
  }
}
