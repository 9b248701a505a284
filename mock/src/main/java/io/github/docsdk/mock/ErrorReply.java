package io.github.docsdk.mock;

/** An error the mock decided to answer with: status, code and message of the error envelope. */
final class ErrorReply {
  final int status;
  final String code;
  final String message;

  ErrorReply(int status, String code, String message) {
    this.status = status;
    this.code = code;
    this.message = message;
  }

  @Override
  public String toString() {
    return status + " " + code + ": " + message;
  }
}
