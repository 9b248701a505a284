package io.github.docsdk.emit.client;

import com.palantir.javapoet.TypeName;
import io.github.docsdk.emit.model.ModelMember;
import io.github.docsdk.emit.model.TypeMapper;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * The accessors a paginator uses, for an action whose model says it pages ({@link
 * Operation#pagination()}, decided in parse).
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
    if (op.pagination().isEmpty()) {
      return Optional.empty();
    }
    List<ModelMember> request = ModelMember.plan(types.names().request(op), op.request(), types);
    List<ModelMember> response = ModelMember.plan(types.names().response(op), op.response(), types);
    io.github.docsdk.spec.Pagination paging = op.pagination().get();
    Optional<ModelMember> pageNum = integer(request, paging.pageNumber());
    Optional<ModelMember> total = integer(response, paging.total());
    Optional<ModelMember> list = member(response, paging.items()).filter(ModelMember::isList);
    if (pageNum.isEmpty() || total.isEmpty() || list.isEmpty()) {
      return Optional.empty(); // the model names members this action lacks: nothing to page with
    }
    return Optional.of(new Pagination(pageNum.get().name(), pageNum.get().name(), list.get().name(),
        total.get().name(), list.get().apiElement()));
  }

  private static Optional<ModelMember> integer(List<ModelMember> members, String jsonName) {
    return member(members, jsonName).filter(m -> m.member().type().kind() == TypeRef.Kind.INTEGER);
  }

  private static Optional<ModelMember> member(List<ModelMember> members, String jsonName) {
    return members.stream().filter(m -> m.jsonName().equals(jsonName)).findFirst();
  }
}
