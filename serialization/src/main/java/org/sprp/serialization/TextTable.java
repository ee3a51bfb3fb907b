package org.sprp.serialization;

/**
 * Values read so far in one read, by the text they were read from, looked up in the parser's own
 * character buffer: a programme names each id many times (a site in every activity that reaches
 * it) and repeats its dates, and a hit costs neither a new {@code String} nor a new value.
 * Open addressing on the text's {@code String} hash; texts are compared character by character.
 *
 * @param <V> the type of values
 */
final class TextTable<V> {

  private final int maxSize;
  private String[] keys = new String[16];
  private int[] hashes = new int[16];
  private Object[] values = new Object[16];
  private int size;

  /**
   * A table that keeps at most {@code maxSize} values; later ones are not kept.
   *
   * @param maxSize the most values kept
   */
  TextTable(int maxSize) {
    this.maxSize = maxSize;
  }

  /** Returns the hash {@link String#hashCode()} gives the text. */
  static int hash(char[] text, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + text[i];
    }
    return hash;
  }

  /** Returns the value read from this text, or null. */
  @SuppressWarnings("unchecked")
  V get(char[] text, int offset, int length, int hash) {
    int mask = keys.length - 1;
    for (int i = spread(hash) & mask; keys[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == hash && sameText(keys[i], text, offset, length)) {
        return (V) values[i];
      }
    }
    return null;
  }

  /** Remembers the value read from a text not in the table, while the table has room. */
  void put(String key, int hash, V value) {
    if (size >= maxSize) {
      return;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(key, hash, value);
    size++;
  }

  private void insert(String key, int hash, Object value) {
    int mask = keys.length - 1;
    int i = spread(hash) & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    hashes[i] = hash;
    values[i] = value;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldHashes[i], oldValues[i]);
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** Tells whether the characters {@code text[offset]} to {@code text[offset + length - 1]} are those of the key. */
  static boolean sameText(String key, char[] text, int offset, int length) {
    if (key.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (key.charAt(i) != text[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
