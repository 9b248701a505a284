package io.github.docsdk.parse;

import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.parse.internal.corrections.Overrides;
import io.github.docsdk.parse.internal.draft.ModelDraft;
import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.Service;
import java.util.List;

/**
 * Applies an overrides (corrections) file, in the format the README describes under "Overrides",
 * to a model that was not read from docs here, such as a model JSON file the mock is asked to
 * serve. {@link DocsParser} applies the overrides of a docs folder itself.
 */
public final class OverridesFile {

  private OverridesFile() {}

  /**
   * The model with the corrections applied, and what applying them found. Never throws for a bad
   * file: an entry that cannot be applied is an error diagnostic and leaves the model as it was.
   *
   * @param text the overrides file's JSON
   * @param shownName how diagnostics name the file
   */
  public static Result apply(Service model, String text, String shownName) {
    Diags d = new Diags();
    Service corrected = Overrides.apply(ModelDraft.of(model), text, shownName, d);
    return new Result(corrected, d.list());
  }

  /** The corrected model and the diagnostics, in the order the entries were applied. */
  public record Result(Service service, List<Diagnostic> diagnostics) {

    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }
}
