package io.github.docsdk.parse.internal.draft;

import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Example;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Pagination;
import io.github.docsdk.spec.Resource;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.Waiter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The model before it is built: names, types and enums final, traits at the docs' defaults
 * ({@link Traits}). The corrections (the overrides file) change the drafts of actions and structures,
 * and the spec model is built from a draft once ({@link #build}). Members are already the model's
 * immutable {@link Member} values, so the as-written and the corrected model share every member
 * no correction touched. Lists in page order for operations, by name for shapes.
 */
public record ModelDraft(String service, String apiVersion, List<Operation> operations, List<Shape> shapes,
    List<ErrorCode> commonErrors, List<Resource> resources, List<Waiter> waiters) {

  public ModelDraft {
    operations = List.copyOf(operations);
    shapes = List.copyOf(shapes);
    commonErrors = List.copyOf(commonErrors);
    resources = List.copyOf(resources);
    waiters = List.copyOf(waiters);
  }

  /** An action with its traits; {@code pagination} is null when it does not page. */
  public record Operation(String name, String wireName, String description, List<String> notes,
      List<Member> request, List<Member> response, List<ErrorCode> errors, List<Example> examples,
      SourceLocation location, boolean readOnly, Pagination pagination) {}

  /** A structure or an enum. */
  public sealed interface Shape permits Structure, Enum {
    String name();
  }

  public record Structure(String name, String docName, String description, List<Member> members,
      SourceLocation location) implements Shape {}

  /** An enum is final once named: no correction changes one. */
  public record Enum(EnumShape shape) implements Shape {
    @Override
    public String name() {
      return shape.name();
    }
  }

  /** A service with nothing in it (the drafts could not be made). */
  public static ModelDraft empty(String service, String apiVersion) {
    return new ModelDraft(service, apiVersion, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** The drafts of a model built elsewhere (a model JSON file), so that corrections apply to it too. */
  public static ModelDraft of(Service model) {
    List<Operation> ops = new ArrayList<>();
    for (io.github.docsdk.spec.Operation op : model.operations()) {
      ops.add(new Operation(op.name(), op.wireName(), op.description(), op.notes(), op.request(), op.response(),
          op.errors(), op.examples(), op.location(), op.readOnly(), op.pagination().orElse(null)));
    }
    List<Shape> shapes = new ArrayList<>();
    for (io.github.docsdk.spec.Shape s : model.shapes()) {
      if (s instanceof StructureShape st) {
        shapes.add(new Structure(st.name(), st.docName(), st.description(), st.members(), st.location()));
      } else {
        shapes.add(new Enum((EnumShape) s));
      }
    }
    return new ModelDraft(model.name(), model.apiVersion(), ops, shapes, model.commonErrors(), model.resources(),
        model.waiters());
  }

  /** This draft with other actions and shapes. */
  public ModelDraft with(List<Operation> newOperations, List<Shape> newShapes) {
    return new ModelDraft(service, apiVersion, newOperations, newShapes, commonErrors, resources, waiters);
  }

  /** The spec model. */
  public Service build() {
    List<io.github.docsdk.spec.Operation> ops = new ArrayList<>(operations.size());
    for (Operation op : operations) {
      ops.add(new io.github.docsdk.spec.Operation(op.name(), op.wireName(), op.description(), op.notes(),
          op.request(), op.response(), op.errors(), op.examples(), op.location())
          .withTraits(op.readOnly(), op.pagination()));
    }
    List<io.github.docsdk.spec.Shape> built = new ArrayList<>(shapes.size());
    for (Shape s : shapes) {
      if (s instanceof Structure st) {
        built.add(new StructureShape(st.name(), st.docName(), st.description(), st.members(), st.location()));
      } else {
        built.add(((Enum) s).shape());
      }
    }
    return new Service(service, apiVersion, ops, built, commonErrors, resources).withWaiters(waiters);
  }

  /** Names of the shapes the actions reach (of two shapes with one name, the first counts). */
  Set<String> reachedShapes() {
    Map<String, Shape> byName = new HashMap<>();
    shapes.forEach(s -> byName.putIfAbsent(s.name(), s));
    return Reachable.names(operations.stream()
        .flatMap(op -> Stream.concat(op.request().stream(), op.response().stream())).map(Member::type),
        name -> byName.get(name) instanceof Structure st ? st.members().stream().map(Member::type) : Stream.empty());
  }
}
