package dev.tmi.lab.train;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** Named float arrays in a small binary file, written atomically (temp file, then rename). */
public final class Tensors {
  private static final int MAGIC = 0x544d4931; // "TMI1"

  private Tensors() {}

  /** Writes the arrays to {@code file} atomically. */
  public static void write(Path file, Map<String, float[]> arrays) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream os = Files.newOutputStream(tmp);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(arrays.size());
      for (var e : arrays.entrySet()) {
        out.writeUTF(e.getKey());
        float[] f = e.getValue();
        out.writeInt(f.length);
        ByteBuffer bb = ByteBuffer.allocate(f.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bb.asFloatBuffer().put(f);
        out.write(bb.array());
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Reads arrays written by {@link #write}. */
  public static Map<String, float[]> read(Path file) throws IOException {
    Map<String, float[]> out = new LinkedHashMap<>();
    try (InputStream is = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16))) {
      if (in.readInt() != MAGIC) {
        throw new IOException(file + " is not a TMI tensor file");
      }
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String name = in.readUTF();
        int len = in.readInt();
        byte[] bytes = new byte[len * 4];
        in.readFully(bytes);
        float[] f = new float[len];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(f);
        out.put(name, f);
      }
    }
    return out;
  }
}
