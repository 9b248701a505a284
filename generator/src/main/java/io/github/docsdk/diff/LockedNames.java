package io.github.docsdk.diff;

import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a name lock kept: the same docs read with the lock and without it, member by member; where
 * a member's type is named differently, the lock kept the name users compile against.
 */
final class LockedNames {

  private LockedNames() {}

  /** e.g. {@code ImageInfo.catalog: enum Catalog (without the lock: enum ImageInfoCatalog)}. */
  static List<String> kept(Service locked, Service fresh) {
    Map<String, TypeRef> without = types(fresh);
    List<String> out = new ArrayList<>();
    types(locked).forEach((path, type) -> {
      TypeRef other = without.get(path);
      if (other != null && !other.equals(type)) {
        out.add(path + ": " + type.describe() + " (without the lock: " + other.describe() + ")");
      }
    });
    return out;
  }

  private static Map<String, TypeRef> types(Service s) {
    Map<String, TypeRef> out = new LinkedHashMap<>();
    for (Operation op : s.operations()) {
      op.request().forEach(m -> put(out, op.name() + ".request", m));
      op.response().forEach(m -> put(out, op.name() + ".response", m));
    }
    for (StructureShape st : s.structures()) {
      st.members().forEach(m -> put(out, st.name(), m));
    }
    return out;
  }

  private static void put(Map<String, TypeRef> out, String owner, Member m) {
    out.putIfAbsent(owner + "." + m.name(), m.type());
  }
}
