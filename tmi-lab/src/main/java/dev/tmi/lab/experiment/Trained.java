package dev.tmi.lab.experiment;

import dev.tmi.lab.train.CheckpointMeta;
import java.nio.file.Path;

/**
 * A trained model.
 *
 * @param dir its checkpoint directory
 * @param meta its checkpoint metadata
 * @param examples training examples available
 */
public record Trained(Path dir, CheckpointMeta meta, int examples) {}
