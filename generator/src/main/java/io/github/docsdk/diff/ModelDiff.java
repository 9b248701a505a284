package io.github.docsdk.diff;

import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.EnumValue;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Pagination;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.StructureShape;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares two spec models by name: actions, their request and response members, structures and
 * their members, enums and their values, error codes (per action and common), and the waiters and
 * resources the overrides declare ({@link DeclarationDiff}). Source locations
 * never make a change; descriptions do only when asked for, as {@link Impact#DOCS}. Whatever is
 * inside a removed or added action or shape is not listed again.
 */
public final class ModelDiff {

  private final Service oldModel;
  private final Service newModel;
  private final boolean includeDocs;
  private final ShapeUsage oldUsage;
  private final ShapeUsage newUsage;
  private final EnumRenames enumRenames;
  private final Set<String> newErrorCodes = new HashSet<>();
  private final List<Change> changes = new ArrayList<>();

  private ModelDiff(Service oldModel, Service newModel, boolean includeDocs) {
    this.oldModel = oldModel;
    this.newModel = newModel;
    this.includeDocs = includeDocs;
    this.oldUsage = ShapeUsage.of(oldModel);
    this.newUsage = ShapeUsage.of(newModel);
    this.enumRenames = EnumRenames.of(oldModel, newModel);
    newModel.commonErrors().forEach(e -> newErrorCodes.add(e.code()));
    newModel.operations().forEach(op -> op.errors().forEach(e -> newErrorCodes.add(e.code())));
  }

  /** Counted changes only; description changes are left out. */
  public static DiffReport compare(Service oldModel, Service newModel) {
    return compare(oldModel, newModel, false);
  }

  /**
   * @param includeDocs also report changed descriptions (as {@link Impact#DOCS}, never counted)
   */
  public static DiffReport compare(Service oldModel, Service newModel, boolean includeDocs) {
    ModelDiff diff = new ModelDiff(oldModel, newModel, includeDocs);
    diff.operations();
    diff.shapes();
    diff.errors("commonErrors", oldModel.commonErrors(), newModel.commonErrors());
    diff.changes.addAll(DeclarationDiff.compare(oldModel, newModel, includeDocs));
    return new DiffReport(label(oldModel), label(newModel), diff.changes);
  }

  private static String label(Service s) {
    return s.name() + " " + s.apiVersion();
  }

  // ---- actions ----

  private void operations() {
    Map<String, Operation> before = byName(oldModel.operations(), Operation::name);
    Map<String, Operation> after = byName(newModel.operations(), Operation::name);
    before.forEach(
        (name, op) -> {
          if (!after.containsKey(name)) {
            add(ChangeKind.OPERATION_REMOVED, Set.of(), name, "", "", null, op.location());
          }
        });
    after.forEach(
        (name, op) -> {
          Operation old = before.get(name);
          if (old == null) {
            add(ChangeKind.OPERATION_ADDED, Set.of(), name, "", "", op.location(), null);
          } else {
            operation(old, op);
          }
        });
  }

  private void operation(Operation old, Operation op) {
    String name = op.name();
    if (!old.wireName().equals(op.wireName())) {
      add(
          ChangeKind.OPERATION_WIRE_NAME_CHANGED,
          Set.of(),
          name,
          old.wireName(),
          op.wireName(),
          op.location(),
          old.location());
    }
    traits(old, op);
    description(name, old.description(), op.description(), op.location(), old.location());
    members(name + ".request", EnumSet.of(Direction.REQUEST), old.request(), op.request());
    members(name + ".response", EnumSet.of(Direction.RESPONSE), old.response(), op.response());
    errors(name + ".errors", old.errors(), op.errors());
  }

  private void traits(Operation old, Operation op) {
    String name = op.name();
    Optional<Pagination> was = old.pagination();
    Optional<Pagination> now = op.pagination();
    if (was.isPresent() && now.isEmpty()) {
      add(ChangeKind.PAGINATOR_REMOVED, Set.of(), name, paging(was.get()), "", null, old.location());
    } else if (was.isEmpty() && now.isPresent()) {
      add(ChangeKind.PAGINATOR_ADDED, Set.of(), name, "", paging(now.get()), op.location(), null);
    } else if (was.isPresent() && !was.equals(now)) {
      add(ChangeKind.PAGINATION_CHANGED, Set.of(), name, paging(was.get()), paging(now.get()), op.location(),
          old.location());
    }
    if (old.readOnly() != op.readOnly()) {
      add(ChangeKind.READ_ONLY_CHANGED, Set.of(), name, old.readOnly() ? "read-only" : "not read-only",
          op.readOnly() ? "read-only" : "not read-only", op.location(), old.location());
    }
  }

  private static String paging(Pagination p) {
    return p.items() + " by " + p.pageNumber() + "/" + p.pageSize() + ", total " + p.total();
  }

  // ---- members ----

  private void members(String prefix, Set<Direction> directions, List<Member> old, List<Member> now) {
    Map<String, Member> before = byName(old, Member::name);
    Map<String, Member> after = byName(now, Member::name);
    before.forEach(
        (name, m) -> {
          if (!after.containsKey(name)) {
            add(ChangeKind.MEMBER_REMOVED, directions, prefix + "." + name,
                m.type().describe(), "", null, m.location());
          }
        });
    after.forEach(
        (name, m) -> {
          Member was = before.get(name);
          String target = prefix + "." + name;
          if (was == null) {
            ChangeKind kind = m.required() ? ChangeKind.REQUIRED_MEMBER_ADDED : ChangeKind.MEMBER_ADDED;
            add(kind, directions, target, "", m.type().describe(), m.location(), null);
            return;
          }
          if (!enumRenames.sameModuloRenames(was.type(), m.type())) {
            add(ChangeKind.MEMBER_TYPE_CHANGED, directions, target,
                was.type().describe(), m.type().describe(), m.location(), was.location());
          }
          if (was.required() != m.required()) {
            ChangeKind kind =
                m.required() ? ChangeKind.MEMBER_BECAME_REQUIRED : ChangeKind.MEMBER_BECAME_OPTIONAL;
            add(kind, directions, target, required(was), required(m), m.location(), was.location());
          }
          description(target, was.description(), m.description(), m.location(), was.location());
        });
  }

  private static String required(Member m) {
    return m.required() ? "required" : "optional";
  }

  // ---- shapes ----

  private void shapes() {
    Map<String, Shape> before = byName(oldModel.shapes(), Shape::name);
    Map<String, Shape> after = byName(newModel.shapes(), Shape::name);
    before.forEach(
        (name, shape) -> {
          Set<String> successors = enumRenames.renamedTo(name);
          if (shape instanceof EnumShape oldEnum) {
            successors.forEach(newName -> renamedEnum(oldEnum, (EnumShape) after.get(newName)));
          }
          if (after.containsKey(name) || !successors.isEmpty()) {
            return;
          }
          ChangeKind kind =
              shape instanceof EnumShape ? ChangeKind.ENUM_REMOVED : ChangeKind.STRUCTURE_REMOVED;
          add(kind, oldUsage.directions(name), name, "", "", null, shape.location());
        });
    after.forEach(
        (name, shape) -> {
          Shape was = before.get(name);
          if (was != null) {
            shape(was, shape);
          } else if (!enumRenames.isRenameTarget(name)) {
            ChangeKind kind =
                shape instanceof EnumShape ? ChangeKind.ENUM_ADDED : ChangeKind.STRUCTURE_ADDED;
            add(kind, newUsage.directions(name), name, "", "", shape.location(), null);
          }
        });
  }

  /** One rename, then how the values moved: against the old enum, under the new name. */
  private void renamedEnum(EnumShape old, EnumShape now) {
    Set<Direction> directions = oldUsage.directions(old.name());
    directions.addAll(newUsage.directions(now.name()));
    add(ChangeKind.ENUM_RENAMED, directions, old.name(), old.name(), now.name(),
        now.location(), old.location());
    enumValues(old, now, directions);
  }

  private void shape(Shape was, Shape shape) {
    String name = shape.name();
    // a member of a structure used either way, before or after, may be written or read
    Set<Direction> directions = oldUsage.directions(name);
    directions.addAll(newUsage.directions(name));
    if (was instanceof StructureShape oldStructure && shape instanceof StructureShape structure) {
      description(name, was.description(), shape.description(), shape.location(), was.location());
      members(name, directions, oldStructure.members(), structure.members());
    } else if (was instanceof EnumShape oldEnum && shape instanceof EnumShape newEnum) {
      description(name, was.description(), shape.description(), shape.location(), was.location());
      enumValues(oldEnum, newEnum, directions);
    } else {
      add(ChangeKind.SHAPE_KIND_CHANGED, directions, name,
          kindName(was), kindName(shape), shape.location(), was.location());
    }
  }

  private static String kindName(Shape shape) {
    return shape instanceof EnumShape ? "enum" : "structure";
  }

  private void enumValues(EnumShape old, EnumShape now, Set<Direction> directions) {
    Map<String, EnumValue> before = byName(old.values(), EnumValue::value);
    Map<String, EnumValue> after = byName(now.values(), EnumValue::value);
    String name = now.name();
    before.forEach(
        (value, v) -> {
          if (!after.containsKey(value)) {
            add(ChangeKind.ENUM_VALUE_REMOVED, directions, name + "." + value,
                value, "", now.location(), old.location());
          }
        });
    after.forEach(
        (value, v) -> {
          EnumValue was = before.get(value);
          if (was == null) {
            add(ChangeKind.ENUM_VALUE_ADDED, directions, name + "." + value,
                "", value, now.location(), null);
          } else {
            description(name + "." + value, was.description(), v.description(),
                now.location(), old.location());
          }
        });
  }

  // ---- errors ----

  private void errors(String prefix, List<ErrorCode> old, List<ErrorCode> now) {
    Map<String, ErrorCode> before = byName(old, ErrorCode::code);
    Map<String, ErrorCode> after = byName(now, ErrorCode::code);
    before.forEach(
        (code, e) -> {
          if (!after.containsKey(code)) {
            ChangeKind kind =
                newErrorCodes.contains(code) ? ChangeKind.ERROR_REMOVED : ChangeKind.ERROR_RETIRED;
            add(kind, Set.of(), prefix + "." + code, status(e), "", null, e.location());
          }
        });
    after.forEach(
        (code, e) -> {
          ErrorCode was = before.get(code);
          String target = prefix + "." + code;
          if (was == null) {
            add(ChangeKind.ERROR_ADDED, Set.of(), target, "", status(e), e.location(), null);
            return;
          }
          if (!status(was).equals(status(e))) {
            add(ChangeKind.ERROR_STATUS_CHANGED, Set.of(), target,
                status(was), status(e), e.location(), was.location());
          }
          description(target, was.description(), e.description(), e.location(), was.location());
        });
  }

  private static String status(ErrorCode e) {
    return e.httpStatus() == null ? "no status" : "HTTP " + e.httpStatus();
  }

  // ---- helpers ----

  private void description(
      String target, String old, String now, SourceLocation at, SourceLocation oldAt) {
    if (includeDocs && !old.strip().equals(now.strip())) {
      add(ChangeKind.DESCRIPTION_CHANGED, Set.of(), target, "", "", at, oldAt);
    }
  }

  private void add(
      ChangeKind kind,
      Set<Direction> directions,
      String target,
      String before,
      String after,
      SourceLocation at,
      SourceLocation oldAt) {
    Impact impact = CompatibilityRules.impact(kind, directions);
    changes.add(new Change(impact, kind, target, before, after, at, oldAt));
  }

  /** Keyed by name in list order; a duplicated name keeps its first entry (the parser warns). */
  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T item : items) {
      map.putIfAbsent(name.apply(item), item);
    }
    return map;
  }
}
