package io.github.docsdk.diff;

/**
 * Which way a member's value travels, which decides how a change to it affects callers: callers
 * write request members and read response members. A structure can be used both ways.
 */
public enum Direction {
  REQUEST,
  RESPONSE
}
