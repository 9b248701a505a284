package io.github.docsdk.generate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The generator (and so the Maven plugin) must not drag the mock server along (#14). */
class ClassPathTest {

  @Test
  void theMockIsNotOnTheGeneratorsClassPath() {
    assertThatThrownBy(() -> Class.forName("io.github.docsdk.mock.MockServer"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
