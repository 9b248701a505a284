package io.github.docsdk.lock;

/** A lock file that cannot be read, with the line the problem is on. */
public final class LockFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;

  public LockFormatException(int line, String message) {
    super(message);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
