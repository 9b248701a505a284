package io.github.docsdk.diff;

/** What changed. The impact of each kind is decided by {@link CompatibilityRules}. */
public enum ChangeKind {
  OPERATION_ADDED("action added"),
  OPERATION_REMOVED("action removed"),
  OPERATION_WIRE_NAME_CHANGED("wire name changed"),
  /** The action no longer pages: its paginator methods disappear. */
  PAGINATOR_REMOVED("paginator removed"),
  PAGINATOR_ADDED("paginator added"),
  /** It still pages, with other members (page number, size, total or items). */
  PAGINATION_CHANGED("pagination changed"),
  /** Read-only or not: decides whether the client retries it after a server error. */
  READ_ONLY_CHANGED("read-only changed"),
  STRUCTURE_ADDED("structure added"),
  STRUCTURE_REMOVED("structure removed"),
  ENUM_ADDED("enum added"),
  ENUM_REMOVED("enum removed"),
  /** Its members now use another, new enum (the parser names description enums by member). */
  ENUM_RENAMED("enum renamed"),
  SHAPE_KIND_CHANGED("shape changed between structure and enum"),
  MEMBER_ADDED("member added"),
  REQUIRED_MEMBER_ADDED("required member added"),
  MEMBER_REMOVED("member removed"),
  MEMBER_TYPE_CHANGED("type changed"),
  MEMBER_BECAME_REQUIRED("became required"),
  MEMBER_BECAME_OPTIONAL("became optional"),
  ENUM_VALUE_ADDED("enum value added"),
  ENUM_VALUE_REMOVED("enum value removed"),
  ERROR_ADDED("error code added"),
  ERROR_REMOVED("error code removed"),
  /** Removed from every action and from the common codes: its generated constant disappears. */
  ERROR_RETIRED("error code removed from the service"),
  ERROR_STATUS_CHANGED("error status changed"),
  /** Its {@code waitUntilXxx} methods disappear from the sync and async waiters. */
  WAITER_REMOVED("waiter removed"),
  WAITER_ADDED("waiter added"),
  /** It polls another action: its methods take and return that action's request and response. */
  WAITER_ACTION_CHANGED("waiter polls another action"),
  /** When it succeeds or fails (items, status, values, empty list) or its default poll interval or maximum wait. */
  WAITER_CHANGED("waiter changed"),
  /** The stateful mock no longer keeps it; nothing generated changes. */
  RESOURCE_REMOVED("resource removed"),
  RESOURCE_ADDED("resource added"),
  /** Its lifecycle (create, list, an action, the not-found error) as the stateful mock plays it. */
  RESOURCE_CHANGED("resource lifecycle changed"),
  DESCRIPTION_CHANGED("description changed");

  private final String label;

  ChangeKind(String label) {
    this.label = label;
  }

  /** Short English phrase for reports, e.g. {@code member removed}. */
  public String label() {
    return label;
  }
}
