package io.github.docsdk.parse.internal.draft;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.spec.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Error-code consistency: one code should have one HTTP status everywhere. */
final class ErrorChecks {

  private ErrorChecks() {}

  /**
   * @param ops in page path order, so that "first documented" is stable
   */
  static void check(List<ModelDraft.Operation> ops, List<ErrorCode> common, Diags d) {
    List<ErrorCode> all = new ArrayList<>(common);
    ops.forEach(op -> all.addAll(op.errors()));
    Map<String, Set<Integer>> statuses = new HashMap<>();
    // The reference status: the common page's, else that of the first page (in path order) listing the code.
    Map<String, ErrorCode> reference = new HashMap<>();
    for (ErrorCode e : all) {
      if (e.httpStatus() != null) {
        statuses.computeIfAbsent(e.code(), k -> new HashSet<>()).add(e.httpStatus());
        reference.putIfAbsent(e.code(), e);
      }
    }
    for (ErrorCode e : all) {
      if (e.httpStatus() == null || statuses.get(e.code()).size() < 2) {
        continue;
      }
      ErrorCode ref = reference.get(e.code());
      if (!e.httpStatus().equals(ref.httpStatus())) {
        d.report(e.location(), DiagnosticCode.ERROR_STATUS_INCONSISTENT, "code " + e.code() + " has HTTP " + e.httpStatus()
            + " here but " + ref.httpStatus() + " elsewhere (" + ref.location() + ")",
            "kept " + e.httpStatus() + " for this action");
      }
    }
  }
}
