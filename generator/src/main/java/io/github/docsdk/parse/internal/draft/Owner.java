package io.github.docsdk.parse.internal.draft;

import java.util.Objects;

/**
 * What a member belongs to: a structure, or an action's request or response. Also the prefix of
 * the member's path in the name lock ({@code Name}, {@code Action.request}, {@code Action.response}).
 */
record Owner(Kind kind, String name) {

  enum Kind { STRUCTURE, REQUEST, RESPONSE }

  static Owner structure(String name) {
    return new Owner(Kind.STRUCTURE, name);
  }

  static Owner request(String action) {
    return new Owner(Kind.REQUEST, action);
  }

  static Owner response(String action) {
    return new Owner(Kind.RESPONSE, action);
  }

  // Written out (the same values as the record's own): a record's generated equals and hashCode are
  // linked through invokedynamic on first use, which a short-lived run pays for every record class.
  @Override
  public boolean equals(Object o) {
    return o instanceof Owner other && kind == other.kind && Objects.equals(name, other.name);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(kind) + Objects.hashCode(name);
  }

  /** The lock's path of this owner. */
  String path() {
    return switch (kind) {
      case STRUCTURE -> name;
      case REQUEST -> name + ".request";
      case RESPONSE -> name + ".response";
    };
  }

  /** How messages name it: {@code Name}, {@code Action request}. */
  String describe() {
    return switch (kind) {
      case STRUCTURE -> name;
      case REQUEST -> name + " request";
      case RESPONSE -> name + " response";
    };
  }
}
