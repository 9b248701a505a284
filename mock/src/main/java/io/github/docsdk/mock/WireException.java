package io.github.docsdk.mock;

import java.io.IOException;

/** A request the transport refuses before the handler sees it, with the status and code to answer. */
final class WireException extends IOException {
  private static final long serialVersionUID = 1L;

  final int status;
  final String code;

  WireException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}
