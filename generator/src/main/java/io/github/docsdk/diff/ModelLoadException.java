package io.github.docsdk.diff;

/** A side of a diff could not be read: missing file, not a model, ambiguous jar. */
public final class ModelLoadException extends Exception {

  private static final long serialVersionUID = 1L;

  public ModelLoadException(String message) {
    super(message);
  }

  public ModelLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
