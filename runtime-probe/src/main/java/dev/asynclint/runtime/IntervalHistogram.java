package dev.asynclint.runtime;

/**
 * A histogram of positive long values (nanoseconds) with about 1.6% relative precision: values up
 * to 127 are exact; above, each power of two is split into 64 linear buckets (the layout
 * HdrHistogram uses, which Node's histograms are built on). Exact min, max and mean.
 */
public final class IntervalHistogram {
  private static final int SUB_BITS = 6;
  private static final int SUB = 1 << SUB_BITS;
  private static final int EXACT = 2 * SUB;
  private final long[] counts = new long[EXACT + (64 - SUB_BITS - 1) * SUB];
  private long count;
  private long min = Long.MAX_VALUE;
  private long max;
  private double sum;
  private double sumSquares;

  /** Adds one value (clamped to at least 1). */
  public void record(long value) {
    long v = Math.max(1, value);
    counts[index(v)]++;
    count++;
    min = Math.min(min, v);
    max = Math.max(max, v);
    sum += v;
    sumSquares += (double) v * v;
  }

  /** Number of recorded values. */
  public long count() {
    return count;
  }

  /** Smallest recorded value, or 0 when empty. */
  public long min() {
    return count == 0 ? 0 : min;
  }

  /** Largest recorded value, or 0 when empty. */
  public long max() {
    return max;
  }

  /** Arithmetic mean, or NaN when empty (as Node reports). */
  public double mean() {
    return count == 0 ? Double.NaN : sum / count;
  }

  /** Standard deviation, or NaN when empty. */
  public double stddev() {
    if (count == 0) {
      return Double.NaN;
    }
    double m = mean();
    return Math.sqrt(Math.max(0, sumSquares / count - m * m));
  }

  /**
   * The value at or below which {@code percent} (0..100] of the values fall, reported as the upper
   * end of its bucket clamped to the exact max.
   */
  public long percentile(double percent) {
    if (count == 0) {
      return 0;
    }
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + percent);
    }
    long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * count));
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return Math.min(max, Math.max(min, upperBound(i)));
      }
    }
    return max;
  }

  /** Forgets every value. */
  public void reset() {
    java.util.Arrays.fill(counts, 0);
    count = 0;
    min = Long.MAX_VALUE;
    max = 0;
    sum = 0;
    sumSquares = 0;
  }

  static int index(long v) {
    if (v < EXACT) {
      return (int) v;
    }
    int exp = 63 - Long.numberOfLeadingZeros(v);
    int sub = (int) ((v >>> (exp - SUB_BITS)) & (SUB - 1));
    return EXACT + (exp - SUB_BITS - 1) * SUB + sub;
  }

  static long upperBound(int index) {
    if (index < EXACT) {
      return index;
    }
    int exp = (index - EXACT) / SUB + SUB_BITS + 1;
    long sub = (index - EXACT) % SUB;
    long base = (1L << exp) + (sub << (exp - SUB_BITS));
    return base + (1L << (exp - SUB_BITS)) - 1;
  }
}
