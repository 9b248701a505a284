package io.github.docsdk.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.docsdk.lock.LockSession;
import io.github.docsdk.lock.NameLock;
import io.github.docsdk.spec.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Waiter names go through the name lock: a second run with the first run's lock keeps them all. */
class WaiterNamesTest {

  @Test
  void aRegenerationWithTheLockKeepsTheWaiterNames() {
    Service service = Fixtures.bmc();
    LockSession first = LockSession.fresh();
    List<String> firstRun = render(service, first);
    NameLock lock = first.result();
    assertThat(lock.recorded(LockSession.CLIENT, "waiters")).isEqualTo("waiter");
    assertThat(lock.recorded(LockSession.CLIENT, "waiter:InstanceRunning")).isEqualTo("waitUntilInstanceRunning");

    List<String> secondRun = render(service, LockSession.of(lock));
    assertThat(secondRun).isEqualTo(firstRun);
    assertThat(String.join("\n", secondRun)).contains("default BmcWaiter waiter()")
        .contains("public WaiterResponse<DescribeInstancesResponse> waitUntilInstanceRunning(")
        .doesNotContain("waiter_");
  }

  private static List<String> render(Service service, LockSession lock) {
    return SdkEmitter.emit(service, new EmitOptions("com.example.bmc", lock)).stream().map(JavaFile::toString)
        .toList();
  }
}
