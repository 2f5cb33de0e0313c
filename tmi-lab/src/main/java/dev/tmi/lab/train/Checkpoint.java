package dev.tmi.lab.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tmi.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A checkpoint directory: {@code checkpoint.json} names the tensor files of the latest step. Tensor
 * files carry their step in their name and are written before the JSON is replaced atomically, so a
 * kill at any moment leaves the previous checkpoint intact.
 */
public final class Checkpoint {
  /** The metadata file's name. */
  public static final String META = "checkpoint.json";

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Checkpoint() {}

  /** Whether the directory holds a checkpoint. */
  public static boolean exists(Path dir) {
    return Files.isRegularFile(dir.resolve(META));
  }

  /** Reads the metadata. */
  public static CheckpointMeta meta(Path dir) throws IOException {
    Path f = dir.resolve(META);
    if (!Files.isRegularFile(f)) {
      throw new IllegalArgumentException("no checkpoint in " + dir + " (" + META + " missing)");
    }
    try {
      return JSON.readValue(f.toFile(), CheckpointMeta.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("unreadable checkpoint " + f + ": " + e.getMessage(), e);
    }
  }

  /** Reads the parameters. */
  public static Map<String, float[]> params(Path dir, CheckpointMeta meta) throws IOException {
    return Tensors.read(dir.resolve(meta.params()));
  }

  /** Reads the optimizer state. */
  public static Map<String, float[]> optimizer(Path dir, CheckpointMeta meta) throws IOException {
    return Tensors.read(dir.resolve(meta.optimizer()));
  }

  /** Writes a checkpoint and removes the tensors of older steps. */
  public static void save(
      Path dir, CheckpointMeta meta, Map<String, float[]> params, Map<String, float[]> optimizer)
      throws IOException {
    Files.createDirectories(dir);
    Tensors.write(dir.resolve(meta.params()), params);
    Tensors.write(dir.resolve(meta.optimizer()), optimizer);
    Synthesizer.writeAtomically(dir.resolve(META), JSON.writeValueAsBytes(meta));
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        String n = p.getFileName().toString();
        if ((n.startsWith("params-") || n.startsWith("optim-"))
            && n.endsWith(".bin")
            && !n.equals(meta.params())
            && !n.equals(meta.optimizer())) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** The tensor file names of a step. */
  static String paramsFile(long step) {
    return String.format("params-%08d.bin", step);
  }

  static String optimizerFile(long step) {
    return String.format("optim-%08d.bin", step);
  }
}
