package io.github.docsdk.mock;

/**
 * Fresh resource ids in the docs' style (18-digit numbers such as {@code 820653960707704280}):
 * the n-th id of a server is always the same, and no two are equal, because multiplying by an odd
 * constant is a bijection on 59-bit numbers. Not thread-safe (the store guards it).
 */
final class ResourceIds {

  private static final long MASK = (1L << 59) - 1;
  private static final long ODD = 0x2545F4914F6CDD1DL;
  /** Puts every 59-bit number (below 5.8e17) in the 18-digit range. */
  private static final long BASE = 100_000_000_000_000_000L;

  private long next = 1;

  String next() {
    long n = (next++ * ODD) & MASK;
    return Long.toString(BASE + n);
  }
}
