package dev.tmi.lab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TorchThreadsTest {
  @Test
  void theCountIsSetForTheProcessAndBadCountsAreRefused() {
    int before = TorchThreads.get();
    try {
      TorchThreads.set(1);
      assertThat(TorchThreads.get()).isEqualTo(1);
      assertThatThrownBy(() -> TorchThreads.set(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("--threads must be at least 1, got 0");
      assertThat(TorchThreads.get()).isEqualTo(1);
    } finally {
      TorchThreads.set(before);
    }
    assertThat(TorchThreads.get()).isEqualTo(before);
  }
}
