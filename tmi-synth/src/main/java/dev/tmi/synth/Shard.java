package dev.tmi.synth;

/**
 * One slice of a synthesis job: shard {@code index} of {@code count}, 0-based. The slices of all
 * shards, concatenated in index order, equal the unsharded output file by file.
 *
 * @param index this shard, in [0, count)
 * @param count the number of shards
 */
public record Shard(int index, int count) {
  /** The whole job. */
  public static final Shard ALL = new Shard(0, 1);

  public Shard {
    if (count < 1 || index < 0 || index >= count) {
      throw new IllegalArgumentException(
          "bad shard " + index + "/" + count + ": need 0 <= i < N, e.g. --shard 0/4");
    }
  }

  /** Parses {@code i/N}. */
  public static Shard parse(String text) {
    String[] p = text.strip().split("/");
    if (p.length != 2) {
      throw new IllegalArgumentException("malformed shard '" + text + "': expected i/N, e.g. 0/4");
    }
    try {
      return new Shard(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("malformed shard '" + text + "': expected i/N, e.g. 0/4");
    }
  }

  /** The first position of this shard's slice of {@code total} items. */
  public int from(int total) {
    return (int) ((long) total * index / count);
  }

  /** One past the last position of this shard's slice of {@code total} items. */
  public int to(int total) {
    return (int) ((long) total * (index + 1) / count);
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
