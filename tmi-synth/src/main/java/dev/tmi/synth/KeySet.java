package dev.tmi.synth;

/**
 * A set of 128-bit keys with open addressing, so that millions of de-duplication keys cost 16 bytes
 * each and no boxing.
 */
final class KeySet {
  private long[] table;
  private int size;

  KeySet(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    table = new long[cap * 2];
  }

  /** Adds a key; returns false if it was present. Key (0,0) is mapped away from the empty slot. */
  boolean add(long k1, long k2) {
    if (k1 == 0 && k2 == 0) {
      k2 = 1;
    }
    if ((size + 1) * 2 > table.length / 2) {
      grow();
    }
    return insert(table, k1, k2);
  }

  /** Whether the key is present. */
  boolean contains(long k1, long k2) {
    if (k1 == 0 && k2 == 0) {
      k2 = 1;
    }
    int mask = table.length / 2 - 1;
    int i = (int) (k1 ^ (k1 >>> 32)) & mask;
    while (true) {
      long a = table[2 * i];
      long b = table[2 * i + 1];
      if (a == 0 && b == 0) {
        return false;
      }
      if (a == k1 && b == k2) {
        return true;
      }
      i = (i + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  private boolean insert(long[] t, long k1, long k2) {
    int mask = t.length / 2 - 1;
    int i = (int) (k1 ^ (k1 >>> 32)) & mask;
    while (true) {
      long a = t[2 * i];
      long b = t[2 * i + 1];
      if (a == 0 && b == 0) {
        t[2 * i] = k1;
        t[2 * i + 1] = k2;
        if (t == table) {
          size++;
        }
        return true;
      }
      if (a == k1 && b == k2) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    int n = size;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != 0 || old[i + 1] != 0) {
        insert(table, old[i], old[i + 1]);
      }
    }
    size = n;
  }
}
