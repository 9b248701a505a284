package io.github.docsdk.lint;

import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.spec.Service;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks that need the whole model rather than one page: examples against tables and
 * services, members and error codes against their namesakes on other pages, enum values against
 * each other. Each finding has its own catalogue code and says what docsdk did.
 */
public final class CrossChecks {

  private CrossChecks() {}

  /**
   * @param structuresWithoutRequiredColumn doc names of structures whose table has no required
   *     column
   * @param descriptions per action, its description's paragraphs where they are written
   */
  public static void check(Service service, Set<String> structuresWithoutRequiredColumn,
      Map<String, List<DescriptionParagraph>> descriptions, Diags d) {
    ExampleRules.check(service, d);
    ConsistencyRules.check(service, structuresWithoutRequiredColumn, descriptions, d);
    EnumRules.check(service, d);
  }
}
