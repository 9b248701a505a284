package io.github.docsdk.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.parse.TestCorpus;
import io.github.docsdk.spec.ModelJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Waiters and resources in the diff, on pairs of model JSON files as the diff reads them: the
 * model of {@code specs/bmc} with the bmc corrections (four waiters, the Instance resource), and
 * that JSON edited the way a corrections change would edit it.
 */
class DeclarationDiffTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path REPO = TestCorpus.repoRoot();

  private static String real;

  @TempDir Path dir;

  @BeforeAll
  static void model() {
    real = ModelJson.write(DocsParser.parse(REPO.resolve("specs/bmc"),
        new ParseOptions("bmc", "2022-11-20", REPO.resolve("corrections/zenlayer-bmc-2022-11-20.json"))).service());
    assertThat(real).contains("\"InstanceStopped\"").contains("\"StopInstances\"");
  }

  @Test
  void aRemovedWaiterIsBreakingAndAnAddedOneMinor() throws Exception {
    String without = edit(m -> remove((ArrayNode) m.get("waiters"), "InstanceStopped"));

    DiffReport removed = diff(real, without);
    assertThat(removed.changes()).extracting(Change::impact, Change::kind, Change::target, Change::before)
        .containsExactly(tuple(Impact.BREAKING, ChangeKind.WAITER_REMOVED, "waiters.InstanceStopped",
            "DescribeInstances"));
    assertThat(removed.changes().get(0).oldLocation().file()).endsWith("zenlayer-bmc-2022-11-20.json");
    assertThat(MarkdownReport.render(removed, "1.4.0")).contains("Suggested next version: **2.0.0**")
        .containsPattern("- waiter removed `waiters.InstanceStopped` \\(was `DescribeInstances`\\) — was at "
            + ".*zenlayer-bmc-2022-11-20.json:\\d+\n");
    JsonNode json = JSON.readTree(JsonReport.render(removed, "1.4.0"));
    assertThat(json.get("suggestedBump").asText()).isEqualTo("major");
    assertThat(json.at("/changes/0/kind").asText()).isEqualTo("WAITER_REMOVED");
    assertThat(json.at("/changes/0/impact").asText()).isEqualTo("breaking");
    assertThat(json.at("/changes/0/location").isNull()).isTrue();

    DiffReport added = diff(without, real);
    assertThat(added.changes()).extracting(Change::impact, Change::kind, Change::target, Change::after)
        .containsExactly(tuple(Impact.COMPATIBLE, ChangeKind.WAITER_ADDED, "waiters.InstanceStopped",
            "DescribeInstances"));
    assertThat(added.bump()).isEqualTo(VersionBump.MINOR);
    assertThat(MarkdownReport.render(added, null)).contains("- waiter added `waiters.InstanceStopped`");
  }

  @Test
  void whenAWaitEndsIsRiskyAndPollingAnotherActionBreaking() throws Exception {
    String later = edit(m -> {
      ObjectNode running = find((ArrayNode) m.get("waiters"), "InstanceRunning");
      running.putArray("success").add("RUNNING").add("STOPPED");
      running.put("maxWaitMillis", 600_000);
      running.put("description", "Reworded.");
    });
    DiffReport report = diff(real, later);
    assertThat(report.changes()).extracting(Change::impact, Change::kind, Change::target, Change::before,
            Change::after)
        .containsExactly(tuple(Impact.RISKY, ChangeKind.WAITER_CHANGED, "waiters.InstanceRunning",
            "success=[RUNNING]; maxWaitMillis=3600000", "success=[RUNNING, STOPPED]; maxWaitMillis=600000"));
    assertThat(report.bump()).isEqualTo(VersionBump.PATCH);
    assertThat(ModelDiff.compare(load(real), load(later), true).changes()).extracting(Change::kind)
        .containsExactly(ChangeKind.WAITER_CHANGED, ChangeKind.DESCRIPTION_CHANGED);
    assertThat(JSON.readTree(JsonReport.render(report, null)).at("/changes/0/after").asText())
        .isEqualTo("success=[RUNNING, STOPPED]; maxWaitMillis=600000");

    String otherAction = edit(m -> find((ArrayNode) m.get("waiters"), "InstanceRunning")
        .put("action", "DescribeImages"));
    assertThat(diff(real, otherAction).changes()).extracting(Change::impact, Change::kind, Change::before,
            Change::after)
        .containsExactly(tuple(Impact.BREAKING, ChangeKind.WAITER_ACTION_CHANGED, "DescribeInstances",
            "DescribeImages"));
  }

  @Test
  void resourcesRemovedOrChangedAreRiskyAndAddedCompatible() throws Exception {
    String none = edit(m -> m.remove("resources"));
    assertThat(diff(real, none).changes()).extracting(Change::impact, Change::kind, Change::target)
        .containsExactly(tuple(Impact.RISKY, ChangeKind.RESOURCE_REMOVED, "resources.Instance"));
    DiffReport added = diff(none, real);
    assertThat(added.changes()).extracting(Change::impact, Change::kind, Change::target)
        .containsExactly(tuple(Impact.COMPATIBLE, ChangeKind.RESOURCE_ADDED, "resources.Instance"));
    assertThat(added.bump()).as("nothing generated changes").isEqualTo(VersionBump.PATCH);

    String changed = edit(m -> {
      ObjectNode instance = find((ArrayNode) m.get("resources"), "Instance");
      ArrayNode actions = (ArrayNode) instance.get("actions");
      ObjectNode stop = (ObjectNode) actions.get(3);
      assertThat(stop.get("action").asText()).isEqualTo("StopInstances");
      stop.remove("to");
      stop.put("removes", true);
      actions.remove(0); // RebootInstances
      ((ObjectNode) instance.get("create")).putArray("states").add("CREATING");
      instance.put("notFound", "INVALID_INSTANCE");
    });
    DiffReport report = diff(real, changed);
    assertThat(report.changes()).extracting(Change::impact, Change::kind, Change::target, Change::before,
            Change::after)
        .containsExactly(
            tuple(Impact.RISKY, ChangeKind.RESOURCE_CHANGED, "resources.Instance",
                "notFound=INVALID_INSTANCE_NOT_FOUND", "notFound=INVALID_INSTANCE"),
            tuple(Impact.RISKY, ChangeKind.RESOURCE_CHANGED, "resources.Instance.actions.RebootInstances",
                "ids=instanceIds; from=[RUNNING, STOPPED]; via=[BOOTING]; to=RUNNING;"
                    + " denied=OPERATION_DENIED_INSTANCE_STATUS; deniedIn={RECYCLE: OPERATION_DENIED_INSTANCE_RECYCLED}",
                ""),
            tuple(Impact.RISKY, ChangeKind.RESOURCE_CHANGED, "resources.Instance.actions.StopInstances",
                "to=STOPPED", "removes=true"),
            tuple(Impact.RISKY, ChangeKind.RESOURCE_CHANGED, "resources.Instance.create",
                "states=[CREATING, BOOTING]", "states=[CREATING]"));
    assertThat(MarkdownReport.render(report, null)).contains(
        "- resource lifecycle changed `resources.Instance.actions.StopInstances`: `to=STOPPED` → `removes=true`");
  }

  @Test
  void theSameWaitersAndResourcesAreNoChange() throws Exception {
    String reordered = edit(m -> {
      ArrayNode waiters = (ArrayNode) m.get("waiters");
      waiters.add(waiters.remove(0)); // order and source places never count
      find(waiters, "InstanceRunning").put("source", "elsewhere.json:1:1");
    });
    DiffReport report = diff(real, reordered);
    assertThat(report.changes()).isEmpty();
    assertThat(MarkdownReport.render(report, null)).contains("No API changes.");
  }

  private DiffReport diff(String oldJson, String newJson) throws Exception {
    return ModelDiff.compare(load(oldJson), load(newJson));
  }

  private io.github.docsdk.spec.Service load(String json) throws Exception {
    Path file = Files.createTempFile(dir, "model", ".json");
    Files.writeString(file, json);
    return new ModelLoader(DocsParser::parse).load(file, null, null, null).service();
  }

  private static String edit(Consumer<ObjectNode> change) throws IOException {
    ObjectNode model = (ObjectNode) JSON.readTree(real);
    change.accept(model);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(model);
  }

  private static ObjectNode find(ArrayNode named, String name) {
    for (JsonNode n : named) {
      if (n.get("name").asText().equals(name)) {
        return (ObjectNode) n;
      }
    }
    throw new AssertionError("no " + name + " in " + named);
  }

  private static void remove(ArrayNode named, String name) {
    for (int i = 0; i < named.size(); i++) {
      if (named.get(i).get("name").asText().equals(name)) {
        named.remove(i);
        return;
      }
    }
    throw new AssertionError("no " + name + " in " + named);
  }
}
