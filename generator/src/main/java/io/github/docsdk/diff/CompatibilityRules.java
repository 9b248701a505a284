package io.github.docsdk.diff;

import java.util.EnumSet;
import java.util.Set;

/**
 * Classifies a change from the point of view of an SDK user who upgrades to an SDK generated from
 * the new docs. Callers <em>write</em> request members (through builders, checked for required
 * members before sending) and <em>read</em> response members (through accessors and enums with
 * {@code UNKNOWN_TO_SDK_VERSION}). A member of a structure used both ways gets the worse impact.
 *
 * <table>
 *   <caption>Impact of each change</caption>
 *   <tr><th>Change</th><th>in a request</th><th>in a response</th><th>why</th></tr>
 *   <tr><td>action removed</td><td colspan="2">breaking</td><td>its client method disappears</td></tr>
 *   <tr><td>action wire name changed (override)</td><td colspan="2">breaking</td>
 *       <td>the SDK sends a different {@code X-ZC-Action}; servers that knew the old name reject it</td></tr>
 *   <tr><td>paginator removed (the action no longer pages)</td><td colspan="2">breaking</td>
 *       <td>its {@code xxxPaginator} methods disappear</td></tr>
 *   <tr><td>pagination changed (other page or item members)</td><td colspan="2">risky</td>
 *       <td>the paginator walks pages differently</td></tr>
 *   <tr><td>read-only changed</td><td colspan="2">risky</td>
 *       <td>the client retries the action after a server error, or stops doing so</td></tr>
 *   <tr><td>structure or enum removed</td><td colspan="2">breaking</td><td>its class disappears</td></tr>
 *   <tr><td>enum renamed (its members use a new enum instead; value changes listed too)</td>
 *       <td colspan="2">breaking</td><td>the class name callers use changes</td></tr>
 *   <tr><td>shape changed between structure and enum</td><td colspan="2">breaking</td>
 *       <td>a different kind of class</td></tr>
 *   <tr><td>member removed</td><td colspan="2">breaking</td><td>builder setter / accessor disappears</td></tr>
 *   <tr><td>member type changed</td><td colspan="2">breaking</td><td>setter / accessor signature changes</td></tr>
 *   <tr><td>enum value removed</td><td colspan="2">breaking</td>
 *       <td>the enum constant disappears; requests using it are refused</td></tr>
 *   <tr><td>required member added</td><td>breaking</td><td>risky</td>
 *       <td>existing requests lack it and fail validation; response: code that builds responses
 *       (tests, mocks) must set it</td></tr>
 *   <tr><td>optional member became required</td><td>breaking</td><td>risky</td>
 *       <td>as above</td></tr>
 *   <tr><td>required member became optional</td><td>compatible</td><td>risky</td>
 *       <td>request: callers may still send it; response: readers that assumed it present may see
 *       null</td></tr>
 *   <tr><td>error code removed from an action</td><td colspan="2">risky</td>
 *       <td>handlers for it go quiet; the constant stays while another action documents it</td></tr>
 *   <tr><td>error code removed from the service</td><td colspan="2">breaking</td>
 *       <td>its generated error-code constant disappears</td></tr>
 *   <tr><td>error HTTP status changed</td><td colspan="2">risky</td>
 *       <td>handlers that switch on the status see another one</td></tr>
 *   <tr><td>waiter removed</td><td colspan="2">breaking</td>
 *       <td>its {@code waitUntilXxx} methods disappear from {@code <Service>Waiter} and {@code
 *       <Service>AsyncWaiter}</td></tr>
 *   <tr><td>waiter polls another action</td><td colspan="2">breaking</td>
 *       <td>its methods take and return that action's request and response</td></tr>
 *   <tr><td>waiter changed (items, id, status, success or failure values, empty list, default poll
 *       interval or maximum wait)</td><td colspan="2">risky</td>
 *       <td>waits end in other states or at other times</td></tr>
 *   <tr><td>resource removed or its lifecycle changed</td><td colspan="2">risky</td>
 *       <td>nothing generated changes; tests against the stateful mock see another lifecycle</td></tr>
 *   <tr><td>action, paginator, structure, enum, optional member, enum value, error code, waiter or
 *       resource added</td>
 *       <td colspan="2">compatible</td><td>additions; unknown enum values already read as
 *       {@code UNKNOWN_TO_SDK_VERSION}</td></tr>
 *   <tr><td>description changed</td><td colspan="2">docs (not counted)</td><td>Javadoc only</td></tr>
 * </table>
 *
 * <p>Source locations and descriptions never make a change by themselves.
 */
public final class CompatibilityRules {

  /** Where a member of an unused structure is assumed to travel: both ways, to be safe. */
  public static final Set<Direction> UNKNOWN_USE = EnumSet.allOf(Direction.class);

  private CompatibilityRules() {}

  /**
   * The impact of a change of {@code kind} to something used in {@code directions} (empty means
   * not known to be used, treated as both).
   */
  public static Impact impact(ChangeKind kind, Set<Direction> directions) {
    Set<Direction> used = directions.isEmpty() ? UNKNOWN_USE : directions;
    Impact worst = Impact.DOCS;
    for (Direction d : used) {
      Impact one = impact(kind, d);
      worst = Impact.worst(worst, one);
    }
    return worst;
  }

  /** The rule table above, one direction at a time. */
  static Impact impact(ChangeKind kind, Direction direction) {
    boolean request = direction == Direction.REQUEST;
    return switch (kind) {
      case OPERATION_REMOVED,
          OPERATION_WIRE_NAME_CHANGED,
          PAGINATOR_REMOVED,
          STRUCTURE_REMOVED,
          ENUM_REMOVED,
          ENUM_RENAMED,
          SHAPE_KIND_CHANGED,
          MEMBER_REMOVED,
          MEMBER_TYPE_CHANGED,
          ENUM_VALUE_REMOVED,
          ERROR_RETIRED,
          WAITER_REMOVED,
          WAITER_ACTION_CHANGED -> Impact.BREAKING;
      case REQUIRED_MEMBER_ADDED, MEMBER_BECAME_REQUIRED -> request ? Impact.BREAKING : Impact.RISKY;
      case MEMBER_BECAME_OPTIONAL -> request ? Impact.COMPATIBLE : Impact.RISKY;
      case ERROR_REMOVED, ERROR_STATUS_CHANGED, PAGINATION_CHANGED, READ_ONLY_CHANGED, WAITER_CHANGED,
          RESOURCE_REMOVED, RESOURCE_CHANGED -> Impact.RISKY;
      case OPERATION_ADDED,
          PAGINATOR_ADDED,
          STRUCTURE_ADDED,
          ENUM_ADDED,
          MEMBER_ADDED,
          ENUM_VALUE_ADDED,
          ERROR_ADDED,
          WAITER_ADDED,
          RESOURCE_ADDED -> Impact.COMPATIBLE;
      case DESCRIPTION_CHANGED -> Impact.DOCS;
    };
  }
}
