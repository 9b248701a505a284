package io.github.docsdk.parse.internal;

import io.github.docsdk.spec.DefaultTraits;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Pagination;
import io.github.docsdk.spec.Service;
import java.util.List;
import java.util.Optional;

/**
 * Decides the traits the docs imply, once, in parse, by the docs' conventions ({@link
 * DefaultTraits}): which actions only read, which page, which members hold secrets. Emit, the
 * runtime's retry rules, the mock and the diff read the result and never guess again; the
 * overrides file ({@link Overrides}) can set each trait.
 */
public final class Traits {

  private Traits() {}

  public static Service infer(Service service) {
    return DefaultTraits.apply(service);
  }

  static boolean sensitive(String memberName) {
    return DefaultTraits.sensitive(memberName);
  }

  static Optional<Pagination> pagination(List<Member> request, List<Member> response) {
    return DefaultTraits.pagination(request, response);
  }
}
