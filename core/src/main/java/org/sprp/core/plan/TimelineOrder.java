package org.sprp.core.plan;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.internal.ProgrammeColumns;

/**
 * Sorts events into timeline order (see {@link Plan}) from their packed bounds and id keys: a
 * radix sort, in time linear in their number, by the bounds, made small, then by the key of the id
 * (activities before missions); then, among events whose bounds and first {@value
 * ProgrammeColumns#ID_KEY_CHARACTERS} characters of id (after what all ids of the kind share) are
 * equal, a sort by the whole id, in O(k log k) for k such events. Comparing all events instead
 * would cost O(n log n) reads of events scattered in memory.
 *
 * <p>Where they fit, the sorts move one long for each event, not a long key and an int index: the
 * events are first sorted by id key, the index in the low bits of the key; then each gets the
 * rank of its id key, and they are sorted, stably, by bounds, with the id rank and the index in
 * the low bits. On 100,000 events the arrays a pass reads and writes outgrow the processor's
 * second-level cache, and a third fewer bytes a pass is what makes the sort grow no faster than
 * the events.
 */
final class TimelineOrder {

  /** The most bits of a key sorted in one pass: at most 4,096 counters, which stay in cache. */
  private static final int DIGIT_BITS = 12;

  private TimelineOrder() {}

  /**
   * Returns the events' indexes in timeline order, and writes the earliest day of each in that
   * order, decoded from the sorted keys rather than read again from the bounds in random order.
   *
   * @param n the number of events
   * @param bounds the packed bounds of each event; see {@link ProgrammeColumns#packBounds}
   * @param idKeys the sort key of each event's kind and id; see {@link ProgrammeColumns#idKey(int)}
   * @param events the event at each index, to compare ids where their keys are equal
   * @param lowers where to write, for the i-th event in timeline order, the high 32 bits of its
   *     packed bounds: its packed earliest day, {@link ProgrammeColumns#OPEN_START}, or those of
   *     {@link ProgrammeColumns#UNTIMED}; at least {@code n} long
   * @return the indexes, in timeline order
   */
  static int[] sort(int n, IntToLongFunction bounds, IntToLongFunction idKeys,
      IntFunction<? extends TimelineEvent> events, int[] lowers) {
    Ranks ranks = new Ranks(n, bounds);
    long differ = 0;
    for (int i = 0; i < n; i++) {
      differ |= idKeys.applyAsLong(i) ^ idKeys.applyAsLong(0);
    }
    // The bits in which the id keys differ: the others are the same for every event.
    int shift = differ == 0 ? 0 : Long.numberOfTrailingZeros(differ);
    int idBits = differ == 0 ? 0 : Long.SIZE - Long.numberOfLeadingZeros(differ) - shift;
    int indexBits = Integer.SIZE - Integer.numberOfLeadingZeros(Math.max(1, n - 1));
    if (ranks.bits() + 2 * indexBits <= Long.SIZE) {
      return packed(n, bounds, idKeys, events, lowers, ranks, shift, idBits, indexBits);
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Buffers buffers = new Buffers(n);
    long[] keys = new long[n];
    boolean whole = ranks.bits() + idBits <= Long.SIZE;
    if (whole) {
      // One key: the ranked bounds above the bits of the id key that differ. A rank takes 2 bits
      // at least, so idBits is below 64 here.
      long mask = idBits == 0 ? 0 : -1L >>> (Long.SIZE - idBits);
      for (int i = 0; i < n; i++) {
        keys[i] = ranks.of(bounds.applyAsLong(i)) << idBits | idKeys.applyAsLong(i) >>> shift & mask;
      }
      radixSort(keys, order, 0, n, buffers);
    } else {
      // Sorted by id key, then, keeping that order among equal bounds, by the bounds.
      for (int i = 0; i < n; i++) {
        keys[i] = idKeys.applyAsLong(i);
      }
      radixSort(keys, order, 0, n, buffers);
      for (int i = 0; i < n; i++) {
        keys[i] = ranks.of(bounds.applyAsLong(order[i]));
      }
      radixSort(keys, order, 0, n, buffers);
    }
    // Equal bounds and id keys, where ids are alike in their first characters after what all ids
    // of their kind share: compare whole ids. The sorted keys also give each earliest day.
    int lowerShift = (whole ? idBits : 0) + ranks.upperBits;
    int start = 0;
    for (int i = 1; i <= n; i++) {
      lowers[i - 1] = ranks.lowerBound(keys[i - 1] >>> lowerShift);
      if (i == n || keys[i] != keys[start]
          || !whole && idKeys.applyAsLong(order[i]) != idKeys.applyAsLong(order[start])) {
        if (i - start > 1) {
          byId(order, start, i, events);
        }
        start = i;
      }
    }
    return order;
  }

  /**
   * {@link #sort} with one long for each event: the rank of its bounds, then the rank of its id
   * key, then its index, in {@code indexBits} bits each, which {@code sort} found fit in 64 bits.
   */
  private static int[] packed(int n, IntToLongFunction bounds, IntToLongFunction idKeys,
      IntFunction<? extends TimelineEvent> events, int[] lowers, Ranks ranks, int shift, int idBits, int indexBits) {
    long indexMask = (1L << indexBits) - 1;
    long[] packed = new long[n];
    long[] buffer = new long[n];
    long idMask = idBits == 0 ? 0 : -1L >>> (Long.SIZE - idBits);
    // By id key, each event's id rank (equal keys, equal ranks) above its index.
    if (idBits + indexBits <= Long.SIZE) {
      for (int i = 0; i < n; i++) {
        packed[i] = (idKeys.applyAsLong(i) >>> shift & idMask) << indexBits | i;
      }
      radixSort(packed, buffer, indexBits, idBits);
      long previous = -1;
      long rank = -1;
      for (int p = 0; p < n; p++) {
        long key = packed[p] >>> indexBits;
        if (key != previous) {
          rank++;
          previous = key;
        }
        packed[p] = rank << indexBits | packed[p] & indexMask;
      }
    } else {
      // Id keys too wide to share a long with the index: sorted beside the indexes.
      long[] keys = new long[n];
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        keys[i] = idKeys.applyAsLong(i);
        order[i] = i;
      }
      radixSort(keys, order, 0, n, new Buffers(n));
      long rank = -1;
      for (int p = 0; p < n; p++) {
        if (p == 0 || keys[p] != keys[p - 1]) {
          rank++;
        }
        packed[p] = rank << indexBits | order[p];
      }
    }
    // Then, stably, by the ranked bounds above them.
    int boundsShift = 2 * indexBits;
    for (int p = 0; p < n; p++) {
      packed[p] |= ranks.of(bounds.applyAsLong((int) (packed[p] & indexMask))) << boundsShift;
    }
    radixSort(packed, buffer, boundsShift, ranks.bits());
    int[] order = new int[n];
    int lowerShift = boundsShift + ranks.upperBits;
    for (int p = 0; p < n; p++) {
      order[p] = (int) (packed[p] & indexMask);
      lowers[p] = ranks.lowerBound(packed[p] >>> lowerShift);
    }
    // Equal bounds and id ranks: ids alike in their keys, compared whole.
    int start = 0;
    for (int p = 1; p <= n; p++) {
      if (p == n || packed[p] >>> indexBits != packed[start] >>> indexBits) {
        if (p - start > 1) {
          byId(order, start, p, events);
        }
        start = p;
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

    Ranks(int n, IntToLongFunction bounds) {
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (int i = 0; i < n; i++) {
        long packed = bounds.applyAsLong(i);
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
     * Returns the high 32 bits of the packed bounds whose rank has a lower part (the rank shifted
     * right by the upper part's bits) of {@code lower}; see {@link #of(long)}.
     */
    int lowerBound(long lower) {
      if (lower == 0) {
        return (int) ProgrammeColumns.OPEN_START;
      }
      return lower == span + 2 ? (int) (ProgrammeColumns.UNTIMED >>> 32) : (int) (lowest + lower - 1);
    }

    /** Returns the number of bits a rank takes. */
    int bits() {
      return upperBits + Long.SIZE - Long.numberOfLeadingZeros(span + 2);
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
   * Sorts longs, stably, by {@code bits} of them from bit {@code low}, as unsigned numbers: a
   * least-significant-digit radix sort over the bits of that field in which they differ, in the
   * passes of {@link Digits}.
   *
   * @param values the longs, sorted in place
   * @param buffer as long as {@code values}, written
   * @param low the field's lowest bit
   * @param bits the field's width, at most {@code 64 - low}
   */
  static void radixSort(long[] values, long[] buffer, int low, int bits) {
    int n = values.length;
    if (n < 2 || bits == 0) {
      return;
    }
    long field = bits == Long.SIZE ? -1L : (1L << bits) - 1;
    long first = values[0] >>> low & field;
    long differ = 0;
    for (long value : values) {
      differ |= (value >>> low & field) ^ first;
    }
    if (differ == 0) {
      return;
    }
    Digits digits = new Digits(differ << low, n);
    int[][] starts = digits.starts(values, 0, n);
    long[] source = values;
    long[] target = buffer;
    for (int pass = 0; pass < digits.passes; pass++) {
      int[] next = starts[pass];
      for (int i = 0; i < n; i++) {
        long value = source[i];
        target[next[digits.of(value, pass)]++] = value;
      }
      long[] swap = source;
      source = target;
      target = swap;
    }
    if (source != values) {
      System.arraycopy(source, 0, values, 0, n);
    }
  }

  /**
   * Sorts the keys from {@code from} to {@code to}, and the indexes beside them, by the keys as
   * unsigned numbers, keeping the order of equal keys: a least-significant-digit radix sort over
   * the bits in which the keys differ, in the passes of {@link Digits}, the counts of every pass
   * taken in one read of the keys.
   */
  static void radixSort(long[] keys, int[] indexes, int from, int to, Buffers buffers) {
    if (to - from < 2) {
      return;
    }
    long differ = 0;
    for (int i = from; i < to; i++) {
      differ |= keys[i] ^ keys[from];
    }
    if (differ == 0) {
      return;
    }
    Digits digits = new Digits(differ, to - from);
    int[][] starts = digits.starts(keys, from, to);
    long[] source = keys;
    int[] sourceIndexes = indexes;
    long[] target = buffers.keys;
    int[] targetIndexes = buffers.indexes;
    for (int pass = 0; pass < digits.passes; pass++) {
      int[] next = starts[pass];
      for (int i = from; i < to; i++) {
        int at = next[digits.of(source[i], pass)]++;
        target[at] = source[i];
        targetIndexes[at] = sourceIndexes[i];
      }
      long[] swap = source;
      source = target;
      target = swap;
      int[] swapIndexes = sourceIndexes;
      sourceIndexes = targetIndexes;
      targetIndexes = swapIndexes;
    }
    if (source != keys) {
      System.arraycopy(source, from, keys, from, to - from);
      System.arraycopy(sourceIndexes, from, indexes, from, to - from);
    }
  }

  /**
   * The digits of a least-significant-digit radix sort over the bits in which some keys differ:
   * as few passes of at most {@value #DIGIT_BITS} bits (and about as many as the count of keys
   * takes, 4 at least) as those bits need, of equal width.
   */
  private static final class Digits {
    private final int lowest;
    private final int passes;
    private final int bits;
    private final int mask;

    /**
     * Plans the digits of keys that differ in the bits of {@code differ} (not 0), {@code count} of
     * them.
     */
    Digits(long differ, int count) {
      lowest = Long.numberOfTrailingZeros(differ);
      int span = Long.SIZE - Long.numberOfLeadingZeros(differ) - lowest;
      // Digits of about as many bits as the count of keys takes: more counters than keys would
      // cost more to clear and sum than the keys to move.
      int widest = Math.min(DIGIT_BITS, Math.max(4, Integer.SIZE - Integer.numberOfLeadingZeros(count)));
      passes = (span + widest - 1) / widest;
      bits = (span + passes - 1) / passes;
      mask = (1 << bits) - 1;
    }

    /** Returns a key's digit in a pass. */
    int of(long key, int pass) {
      return (int) (key >>> (lowest + pass * bits)) & mask;
    }

    /**
     * Returns, for each pass, where the keys of each digit start once the keys from {@code from}
     * to {@code to} are sorted by it: the counts of every pass, taken in one read of the keys.
     */
    int[][] starts(long[] keys, int from, int to) {
      int[][] starts = new int[passes][1 << bits];
      for (int i = from; i < to; i++) {
        for (int pass = 0; pass < passes; pass++) {
          starts[pass][of(keys[i], pass)]++;
        }
      }
      for (int[] ofPass : starts) {
        int sum = from;
        for (int d = 0; d < ofPass.length; d++) {
          int count = ofPass[d];
          ofPass[d] = sum;
          sum += count;
        }
      }
      return starts;
    }
  }
}
