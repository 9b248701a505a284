package io.github.docsdk.bench.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProcessTimerTest {

  @Test
  void medianAndSpreadOfAnUnsortedSample() {
    ProcessTimer.Stats s = ProcessTimer.Stats.of(new double[] {50, 10, 40, 20, 30});
    assertThat(s.median()).isEqualTo(30);
    assertThat(s.min()).isEqualTo(10);
    assertThat(s.max()).isEqualTo(50);
    assertThat(s.p10()).isCloseTo(14, within(1e-9));
    assertThat(s.p90()).isCloseTo(46, within(1e-9));
  }

  @Test
  void medianOfAnEvenSampleIsBetweenTheMiddleTwo() {
    assertThat(ProcessTimer.Stats.of(new double[] {4, 1, 3, 2}).median()).isEqualTo(2.5);
  }
}
