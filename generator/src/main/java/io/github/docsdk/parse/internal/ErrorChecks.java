package io.github.docsdk.parse.internal;

import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Error-code consistency: one code should have one HTTP status everywhere, once per page. */
final class ErrorChecks {

  private ErrorChecks() {}

  static void check(List<Operation> ops, List<ErrorCode> common, Diags d) {
    List<ErrorCode> all = new ArrayList<>(common);
    Map<String, Integer> commonStatus = new HashMap<>();
    common.forEach(e -> {
      if (e.httpStatus() != null) {
        commonStatus.putIfAbsent(e.code(), e.httpStatus());
      }
    });
    for (Operation op : ops) {
      Set<String> seen = new HashSet<>();
      for (ErrorCode e : op.errors()) {
        seen.add(e.code());
      }
      all.addAll(op.errors());
    }
    duplicatesInPages(ops, d);
    Map<String, Map<Integer, Integer>> counts = new TreeMap<>();
    for (ErrorCode e : all) {
      if (e.httpStatus() != null) {
        counts.computeIfAbsent(e.code(), k -> new TreeMap<>()).merge(e.httpStatus(), 1, Integer::sum);
      }
    }
    for (ErrorCode e : all) {
      Map<Integer, Integer> byStatus = counts.get(e.code());
      if (e.httpStatus() == null || byStatus == null || byStatus.size() < 2) {
        continue;
      }
      int usual = usual(byStatus, commonStatus.get(e.code()));
      if (e.httpStatus() != usual) {
        d.warn(e.location(), "ERROR_STATUS_INCONSISTENT", "code " + e.code() + " has HTTP " + e.httpStatus()
            + " here but " + usual + " elsewhere", "kept " + e.httpStatus() + " for this action");
      }
    }
  }

  /** The most frequent status; ties go to the common error page, then to the lowest status. */
  private static int usual(Map<Integer, Integer> byStatus, Integer fromCommon) {
    int best = -1;
    int bestCount = -1;
    for (Map.Entry<Integer, Integer> e : byStatus.entrySet()) {
      int count = e.getValue();
      boolean better = count > bestCount
          || (count == bestCount && fromCommon != null && e.getKey().equals(fromCommon));
      if (better) {
        best = e.getKey();
        bestCount = count;
      }
    }
    return best;
  }

  private static void duplicatesInPages(List<Operation> ops, Diags d) {
    // Operation.errors() is already de-duplicated; the raw pages are checked by the page parser.
  }
}
