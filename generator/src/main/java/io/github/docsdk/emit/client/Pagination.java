package io.github.docsdk.emit.client;

import com.palantir.javapoet.TypeName;
import io.github.docsdk.emit.model.ModelMember;
import io.github.docsdk.emit.model.TypeMapper;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * How an action pages, when it does: its request has integer {@code pageNum} and {@code pageSize},
 * its response an integer {@code totalCount} and exactly one list.
 *
 * @param pageNumSetter the request builder's pageNum setter
 * @param pageNumAccessor the request's pageNum accessor
 * @param itemsAccessor the response's list accessor
 * @param totalAccessor the response's totalCount accessor
 * @param itemType the list's element type as the accessor returns it
 */
record Pagination(
    String pageNumSetter, String pageNumAccessor, String itemsAccessor, String totalAccessor, TypeName itemType) {

  static Optional<Pagination> of(Operation op, TypeMapper types) {
    List<ModelMember> request = ModelMember.plan(types.names().request(op), op.request(), types);
    List<ModelMember> response = ModelMember.plan(types.names().response(op), op.response(), types);
    Optional<ModelMember> pageNum = integer(request, "pageNum");
    Optional<ModelMember> total = integer(response, "totalCount");
    List<ModelMember> lists = response.stream().filter(ModelMember::isList).toList();
    if (pageNum.isEmpty() || integer(request, "pageSize").isEmpty() || total.isEmpty() || lists.size() != 1) {
      return Optional.empty();
    }
    ModelMember list = lists.get(0);
    return Optional.of(new Pagination(pageNum.get().name(), pageNum.get().name(), list.name(),
        total.get().name(), list.apiElement()));
  }

  private static Optional<ModelMember> integer(List<ModelMember> members, String jsonName) {
    return members.stream()
        .filter(m -> m.jsonName().equals(jsonName))
        .filter(m -> isInteger(m.member()))
        .findFirst();
  }

  private static boolean isInteger(Member m) {
    return m.type().kind() == TypeRef.Kind.INTEGER;
  }
}
