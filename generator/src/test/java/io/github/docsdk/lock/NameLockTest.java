package io.github.docsdk.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docsdk.spec.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NameLockTest {

  /** Chooses names in one scope the way the emitters do: a set of taken names, suffix on clash. */
  private static Map<String, String> choose(LockSession lock, String... keys) {
    Set<String> used = new TreeSet<>();
    return lock.choose("classes", List.of(keys), n -> !used.contains(n), used::add, key -> {
      String name = key.substring(key.indexOf(':') + 1);
      while (!used.add(name)) {
        name = name + "_";
      }
      return name;
    }, key -> SourceLocation.of("a.md", 1, 1));
  }

  @Test
  void writesSortedJsonWithAFormatVersionAndReadsItBack() {
    LockSession first = LockSession.fresh();
    choose(first, "shape:Zeta", "shape:Alpha");
    first.record("constants:Catalog", "centos", "CENTOS", null);
    String json = first.result().toJson();

    assertThat(json).startsWith("{\n  \"docsdkLock\": 1,\n  \"names\": {\n    \"classes\": {\n"
        + "      \"shape:Alpha\": \"Alpha\",\n      \"shape:Zeta\": \"Zeta\"\n    },\n"
        + "    \"constants:Catalog\": {\n      \"centos\": \"CENTOS\"\n    }\n  },\n  \"removed\": {}\n}\n");
    assertThat(NameLock.parse(json).toJson()).isEqualTo(json);
    assertThat(NameLock.parse(json)).isEqualTo(first.result());
  }

  @Test
  void recordedNamesAreKeptAndNewElementsNeverTakeOne() {
    LockSession first = LockSession.fresh();
    assertThat(choose(first, "shape:Catalog")).containsEntry("shape:Catalog", "Catalog");

    // a new element that would like the name an existing one holds gets another name,
    // even when it comes first in allocation order
    LockSession second = LockSession.of(first.result());
    Map<String, String> names = choose(second, "shape:Catalog2", "shape:Catalog");
    assertThat(names).containsEntry("shape:Catalog", "Catalog").containsEntry("shape:Catalog2", "Catalog2");

    LockSession other = LockSession.of(NameLock.parse(
        "{\"docsdkLock\": 1, \"names\": {\"classes\": {\"shape:Old\": \"Catalog\"}}}"));
    assertThat(choose(other, "shape:Catalog")).containsEntry("shape:Catalog", "Catalog_");
  }

  @Test
  void anElementThatLeavesStaysMarkedRemovedAndGetsItsNameBackWhenItReturns() {
    LockSession first = LockSession.fresh();
    choose(first, "shape:A", "shape:B");
    LockSession second = LockSession.of(first.result());
    choose(second, "shape:A", "shape:X");
    NameLock afterRemoval = second.result();
    assertThat(afterRemoval.removed()).containsEntry("classes", new java.util.TreeMap<>(Map.of("shape:B", "B")));
    assertThat(afterRemoval.live().get("classes")).containsOnlyKeys("shape:A", "shape:X");

    // the name stays out of reach while B is gone ...
    LockSession third = LockSession.of(afterRemoval);
    assertThat(choose(third, "shape:A", "shape:X", "shape:B2")).doesNotContainValue("B");
    // ... and B gets it back when it returns
    LockSession fourth = LockSession.of(afterRemoval);
    assertThat(choose(fourth, "shape:B", "shape:A", "shape:X")).containsEntry("shape:B", "B");
    assertThat(fourth.result().removed()).isEmpty();
  }

  @Test
  void changesListWhatAFrozenLockWouldRefuse() {
    LockSession first = LockSession.fresh();
    choose(first, "shape:A", "shape:B");
    assertThat(first.changes()).extracting(LockChange::describe)
        .containsExactly("new name A for classes shape:A is not in the lock",
            "new name B for classes shape:B is not in the lock");

    LockSession same = LockSession.of(first.result());
    choose(same, "shape:B", "shape:A");
    assertThat(same.changes()).isEmpty();
    assertThat(same.result()).isEqualTo(first.result());

    LockSession fewer = LockSession.of(first.result());
    choose(fewer, "shape:A");
    List<String> described = new ArrayList<>();
    fewer.changes().forEach(c -> described.add(c.describe()));
    assertThat(described).containsExactly("classes shape:B (B) is no longer in the docs; the lock would mark it removed");
  }

  @Test
  void unreadableLocksAreRefusedWithTheLine() {
    assertThatThrownBy(() -> NameLock.parse("{\n  \"docsdkLock\": 1,\n  \"names\": {\n  oops\n}"))
        .isInstanceOf(LockFormatException.class)
        .satisfies(e -> assertThat(((LockFormatException) e).line()).isEqualTo(4));
    assertThatThrownBy(() -> NameLock.parse("{\"docsdkLock\": 2}")).hasMessageContaining("format version 2");
    assertThatThrownBy(() -> NameLock.parse("[]")).hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> NameLock.parse("{\"docsdkLock\": 1, \"names\": {\"classes\": {\"shape:A\": 3}}}"))
        .hasMessageContaining("is not a name");
    assertThatThrownBy(() -> NameLock.parse("{\"docsdkLock\": 1,\n \"names\": {\n  \"classes\": {\n   \"shape:A\": \"\"}}}"))
        .hasMessageContaining("\"names\".classes.shape:A is not a name")
        .satisfies(e -> assertThat(((LockFormatException) e).line()).isEqualTo(4));
  }

  @Test
  void nonAsciiKeysAreEscapedSoTheFileReadsTheSameEverywhere() {
    LockSession s = LockSession.fresh();
    s.record("enums", "Shape.名称", "Name", null);
    String json = s.result().toJson();
    assertThat(json).contains("\"Shape.\\u540d\\u79f0\": \"Name\"");
    assertThat(NameLock.parse(json).recorded("enums", "Shape.名称")).isEqualTo("Name");
  }
}
