package io.github.docsdk.parse.internal.draft;

import io.github.docsdk.spec.DefaultTraits;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Pagination;
import java.util.List;
import java.util.Optional;

/**
 * Decides the traits the docs imply, once, in parse, by the docs' conventions ({@link
 * DefaultTraits}): which actions only read, which page, which members hold secrets. They are the
 * drafts' defaults ({@link ModelDraft}), which the overrides file can then set;
 * emit, the runtime's retry rules, the mock and the diff read the result and never guess again.
 */
final class Traits {

  private Traits() {}

  /** By the documented name, which is also the wire name until an override renames the action. */
  static boolean readOnly(String action) {
    return DefaultTraits.readOnly(action, action);
  }

  static boolean sensitive(String memberName) {
    return DefaultTraits.sensitive(memberName);
  }

  static Optional<Pagination> pagination(List<Member> request, List<Member> response) {
    return DefaultTraits.pagination(request, response);
  }
}
