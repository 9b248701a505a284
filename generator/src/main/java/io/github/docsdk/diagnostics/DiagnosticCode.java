package io.github.docsdk.diagnostics;

import static io.github.docsdk.spec.Severity.ERROR;
import static io.github.docsdk.spec.Severity.NOTE;
import static io.github.docsdk.spec.Severity.WARNING;

import io.github.docsdk.read.InputLimits;
import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.Severity;
import io.github.docsdk.spec.SourceLocation;

/**
 * The catalogue of diagnostics: every code docsdk can report, defined here once with its default
 * severity, what it means, what docsdk does about it and an example of docs that cause it.
 * Severities: {@code error} when no sensible SDK can be generated, {@code warning} for what changes or
 * endangers the generated SDK or misleads a reader, {@code note} for cosmetic markup and what docsdk
 * normalised on the way.
 * {@code docs/diagnostics.md} is generated from this list; a code that is not here cannot be
 * reported. New codes go at the end of their group.
 */
public enum DiagnosticCode {

  // --- the docs folder and its pages
  NO_ACTIONS(ERROR, "no action pages were found in the docs folder",
      "nothing is generated", "a folder that holds only `datastructure.md`"),
  SERVICE_MISMATCH(ERROR, "the configured service is not the one the docs' examples post to",
      "nothing is generated; the message names the service the examples use",
      "`--service vm` for pages whose examples post to `/api/v2/bmc`"),
  INTERNAL_ERROR(ERROR, "docsdk failed on this input (a bug, not a docs problem)",
      "the page or step is skipped; please report it with the docs that caused it",
      "a page that crashes the reader"),
  PAGE_TOO_LARGE(ERROR, "a page is larger than docsdk reads (" + InputLimits.MAX_PAGE_BYTES / (1024 * 1024)
      + " MiB)", "the page is skipped; nothing is generated",
      "a 20 MB Markdown file"),
  PAGE_TOO_COMPLEX(ERROR, "a page nests too deeply to be read", "the page is skipped",
      "10 000 nested `>` block quotes"),
  LINK_OUTSIDE_ROOT(WARNING, "a link leads outside the link root (`--link-root`, by default the git "
      + "work tree holding the docs, else the docs folder)", "the link is not followed; nothing from "
      + "outside the link root is read", "`[Secret](../../elsewhere/secret.md#shape)` in a type cell"),
  SYMLINK_OUTSIDE_ROOT(WARNING, "a page in the docs folder is a symbolic link to a file outside the "
      + "link root", "the page is not read", "`ln -s /etc/elsewhere.md docs/page.md`"),
  COMMON_ERRORS_MISSING(WARNING, "a link to the common error codes page leads to no file",
      "only the page's own error codes are known",
      "`[公共错误码](../commonerrorcode.md)` with no such file"),
  FRONT_MATTER(NOTE, "the page starts with YAML front matter", "ignored",
      "`---` / `description: ...` / `---` above the H1"),
  TREE_TOO_LARGE(ERROR, "the pages of the docs folder are together larger than docsdk reads ("
      + InputLimits.MAX_TREE_BYTES / (1024 * 1024) + " MiB)", "the pages past the limit (in path order) are not "
      + "read; nothing is generated", "a docs folder holding a dump of a whole wiki"),
  TOO_MANY_PAGES(ERROR, "the docs folder holds more Markdown files than docsdk reads (" + InputLimits.MAX_PAGES
      + "); it stops listing there", "no page is read; nothing is generated", "`--docs` pointed at a home folder"),

  // --- titles and headings
  ACTION_TITLE(NOTE, "the page title does not name the action plainly",
      "the action is taken from the examples' action header or the file name",
      "`# Reboot Instances` for `RebootInstances`"),
  NO_ACTION_NAME(WARNING, "a page has request/response sections but no action name can be found",
      "the page is skipped", "`# 查询` above `## 2. 请求参数`"),
  FILENAME_MISMATCH(NOTE, "the file name does not match the action of its H1",
      "the action is taken from the H1", "`describeimages-1.md` titled `# ModifyInstancesResourceGroup`"),
  EMPTY_HEADING(NOTE, "a heading has no text", "ignored", "a line `##` alone"),
  HEADING_ENTITY(NOTE, "an HTML entity in a heading", "decoded", "`## 2.&nbsp;请求参数`"),
  HEADING_EMPHASIS(NOTE, "bold or italic markup in a heading", "markup ignored",
      "`# **DescribeZones**`"),
  HEADING_HTML(NOTE, "an HTML anchor in a heading", "markup ignored",
      "`## <a id=\"req\"></a>2. 请求参数`"),
  HEADING_VARIANT(NOTE, "a section heading is worded unusually", "recognised by keyword",
      "`## 2. 输入参数` instead of `## 2. 请求参数`"),
  SECTION_LEVEL(NOTE, "a section heading is written as a second H1", "read as a section",
      "`# Request Parameters` under `# DescribeZones`"),
  MISSING_SECTION(WARNING, "an action page has no request or no response section",
      "the action gets no members on that side", "an action page without `## 3. 响应结果`"),
  NO_REQUEST_ID(WARNING, "the response table does not list `requestId`",
      "requestId is not added to the response", "a response table with only `zoneSet`"),
  NO_ERROR_TABLE(NOTE, "an action lists no error codes", "only the common error codes apply",
      "an action page without `## 6. 错误码`"),

  // --- tables
  UNRECOGNISED_TABLE(WARNING, "a table in a request/response section has a header docsdk does not know",
      "the table is ignored", "`| 字段 | 值 |` under `## 2. 请求参数`"),
  TABLE_UNDER_SUBHEADING(NOTE, "a member table sits under a sub-heading of its section",
      "read as the section's table", "`### 2.1 Body parameters` above the request table"),
  MISSING_TYPE_COLUMN(WARNING, "a member table has no type column", "every member is a String",
      "`| 参数名称 | 必选 | 描述 |`"),
  HEADER_EMPTY_CELL(NOTE, "a table header has an empty cell", "the column is ignored",
      "`| 参数名称 | | 类型 | 描述 |`"),
  COLUMN_ORDER(NOTE, "the columns of a member table are in an unusual order", "columns found by name",
      "`| 类型 | 参数名称 | 描述 |`"),
  HEADER_VARIANT(NOTE, "a member table header is worded unusually", "columns found by keyword",
      "`| 参数名称 | 是否必选 | 类型 | 描述 |`"),
  MISSING_REQUIRED_COLUMN(WARNING, "a request or structure table has no required column",
      "every member is optional", "`| 名称 | 类型 | 描述 |` for a request"),
  MISSING_DESCRIPTION_COLUMN(WARNING, "a member table has no description column",
      "members get no documentation", "`| 参数名称 | 类型 |`"),
  EMPTY_ROW(NOTE, "an empty table row", "the row is ignored", "`|  |  |  |  |`"),
  PLACEHOLDER_ROW(NOTE, "a placeholder row in a member table", "the row is ignored",
      "`| - | - | - | - |`"),
  MISSING_MEMBER_NAME(WARNING, "a member row has no name", "the row is ignored",
      "`|  | 是 | String | 名称 |`"),
  INVISIBLE_CHARACTER(WARNING, "a member name holds invisible characters", "the characters are removed",
      "`zoneId` followed by a zero-width space"),
  NESTED_MEMBER_ROW(NOTE, "a row describes a member of a nested structure",
      "read as a member of that structure", "`| dataSet.instanceId | String | ... |` or `└ instanceId`"),
  MEMBER_NAME_REMARK(NOTE, "a member name carries a remark", "the remark is dropped from the name",
      "`| zoneId（可选） | ... |`"),
  INVALID_MEMBER_NAME(WARNING, "a member name is not an identifier", "the row is ignored",
      "`| 实例 ID | ... |`"),
  MEMBER_NAME_SPELLING(NOTE, "a member name is written with markup or escapes", "the plain name is used",
      "`| zone\\_id | ... |` or `| `zoneId` | ... |`"),
  MEMBER_NAME_CASE(WARNING, "a field name starts with an upper-case letter",
      "kept as written on the wire; the Java name is lower camel case", "`| ZoneId | String | ... |`"),
  DUPLICATE_MEMBER(WARNING, "a table lists one member twice", "the first row is kept",
      "two rows `| zoneId | ... |`"),
  REQUIRED_UNREADABLE(WARNING, "the required cell of a row is neither yes nor no",
      "the member is optional", "`| zoneId | 视情况 | String | ... |`"),

  TABLE_TOO_LONG(ERROR, "a table has more rows than docsdk reads (" + InputLimits.MAX_TABLE_ROWS + ")",
      "the rows past the limit are dropped without being parsed; nothing is generated",
      "a request table of 100 000 generated rows"),
  PAGE_TOO_MANY_ROWS(ERROR, "the tables of a page have more rows together than docsdk reads ("
      + InputLimits.MAX_PAGE_ROWS + ")", "the rows past the limit are dropped without being parsed; nothing is "
      + "generated", "a data-structure page of 50 tables of 200 rows"),
  ROW_TOO_WIDE(ERROR, "a table row has more cells than docsdk reads (" + InputLimits.MAX_CELLS + ")",
      "the cells past the limit are dropped without being parsed; nothing is generated",
      "a header row of 10 000 columns"),
  CELL_TOO_LONG(WARNING, "a table cell is longer than docsdk reads (" + InputLimits.MAX_CELL_CHARS
      + " characters)", "the rest of the cell is left out", "a description cell holding 1 MB of text"),

  // --- structures and enums
  SHAPE_ON_ACTION_PAGE(NOTE, "a structure is defined on an action page rather than a data-structure page",
      "read as a structure", "`## InstanceInfo` with a member table on `DescribeInstances.md`"),
  ENUM_AS_LIST(NOTE, "an enum section lists its values as a list, not a table", "read as an enum",
      "`## InstanceStatus` followed by `- RUNNING` / `- STOPPED`"),
  INVALID_SHAPE_NAME(WARNING, "the heading above a member table names no structure", "the table is ignored",
      "`## 说明` above `| 名称 | 类型 | 描述 |`"),
  ENUM_HEADER_VARIANT(NOTE, "an enum table header is worded unusually", "values found by keyword",
      "`| 取值 | 含义 |`"),
  DUPLICATE_ENUM_VALUE(WARNING, "an enum table lists one value twice", "the first row is kept",
      "two rows `| RUNNING | 运行中 |`"),
  DUPLICATE_SHAPE(NOTE, "a structure is defined twice, identically", "one definition is kept",
      "`## ZoneInfo` on two data-structure pages"),
  DUPLICATE_SHAPE_NAME(WARNING, "two different structures share a name", "the first definition is kept",
      "`## ZoneInfo` with different tables on two pages"),
  DUPLICATE_ACTION(WARNING, "an action is documented on two pages", "the first page is kept",
      "two pages titled `# DescribeZones`"),
  TOO_MANY_MEMBERS(ERROR, "a structure, request or response has more members than docsdk generates ("
      + InputLimits.MAX_MEMBERS + ")", "nothing is generated (keys of an example object past the limit are not read)",
      "an example object of 5 000 keys for a type the docs do not define"),

  // --- types and links
  TYPE_SPELLING(NOTE, "a type is not spelled as in datatype.md", "read as the type it spells",
      "`int`, `String[]`, `List<String>`, `字符串`"),
  EMPTY_TYPE(WARNING, "a member has no type", "treated as String", "`| zoneId | 是 |  | 节点 |`"),
  UNKNOWN_TYPE(WARNING, "the type cell holds something that is not a type", "treated as String",
      "`| zoneId | 是 | zoneId | ... |`"),
  UNDEFINED_TYPE(WARNING, "a type is neither linked nor defined in any data-structure page",
      "treated as String", "`Array of Zone` with no `## Zone` anywhere"),
  FREEFORM_TYPE(WARNING, "a member is a free-form object (`Object`, `Map<..>`, `JSON`)",
      "a structure built from the example's keys, else String", "`| tags | Object | ... |`"),
  BROKEN_LINK(WARNING, "a link in a type or description leads to no definition",
      "the type is read by its text", "`[ZoneInfo](datastructure.md#zoneinfo)` with no such section"),
  LINK_WITHOUT_ANCHOR(NOTE, "a type link points to the page that defines the type but has no `#anchor`",
      "resolved by name on that page; `lint --fix` adds the anchor", "`[ZoneInfo](datastructure.md)`"),
  LINK_TARGET_MISSING(WARNING, "a link points to a page that does not exist",
      "the type is read by its text", "`[ZoneInfo](../missing.md#zoneinfo)`"),

  MEMBER_TYPE_INCONSISTENT(WARNING, "a member is typed unlike every other member of the same name",
      "the type is kept as written on that row", "`instanceId | Integer` where every other `instanceId` is String"),
  INPUT_STRUCTURE_WITHOUT_REQUIRED(WARNING, "a structure used in a request has a table without a required column",
      "all its members are optional in the SDK", "`| 名称 | 类型 | 描述 |` for a structure sent in a request"),
  DESCRIPTION_NAMES_OTHER_ACTION(WARNING, "an action's description introduces another action as \"this API\"",
      "the description is kept", "`本接口（CreateInstances）用于...` on the `DeleteInstances` page"),

  // --- enumerated values
  ENUM_VALUE_CASE(WARNING, "one value is written in two cases in different places", "both kept as written",
      "`Ready` in a description, `READY` in the status table"),
  ENUM_VALUE_TYPO(WARNING, "two values of one enum differ by one repeated or swapped letter", "both kept",
      "`BINDDING` next to `BINDING`"),
  VALUE_LIST_NOT_READ(WARNING, "a description lists values line by line that were not read as an enum",
      "the member stays a String", "`RUNNING：运行中<br>STOPPED：已停止`"),

  // --- error code tables
  EMPTY_ERROR_ROW(NOTE, "an error table row without content", "the row is ignored", "`|  |  |  |`"),
  PLACEHOLDER_ERROR_ROW(NOTE, "an error table row that is a placeholder", "the row is ignored",
      "`| - | - | - |`"),
  BOLD_IN_ERROR_ROW(NOTE, "bold markup in an error row", "markup ignored",
      "`| **400** | **INVALID_ZONE** | ... |`"),
  ERROR_ROW_WITHOUT_CODE(WARNING, "an error row has no error code", "the row is ignored",
      "`| 400 |  | 参数错误 |`"),
  ERROR_STATUS_UNREADABLE(WARNING, "the HTTP status of an error row is not a number",
      "the code is kept without a status", "`| 四百 | INVALID_ZONE | ... |`"),
  ERROR_CODE_SPELLING(WARNING, "one error is spelled differently on different pages",
      "both spellings kept", "`INVALID_ZONE_NOT_FOUND` here, `ZONE_NOT_FOUND` on a sibling page"),
  ERROR_STATUS_INCONSISTENT(WARNING, "one error code has different HTTP statuses on different pages",
      "each page keeps its own status", "`INVALID_ZONE` as 400 here and 404 there"),
  DUPLICATE_ERROR_CODE(WARNING, "an error table lists one code twice", "the first row is kept",
      "two rows `| 400 | INVALID_ZONE | ... |`"),

  // --- examples
  EXAMPLE_INVALID_JSON(WARNING, "an example's JSON cannot be read", "the example is kept as text, not checked",
      "`{\"zoneId\": \"SEL-A\"，}` (a fullwidth comma)"),
  EXAMPLE_TRAILING_TEXT(NOTE, "text follows an example's JSON in the same block", "the text is ignored",
      "`}` then `注：...` inside the code block"),
  EXAMPLE_OLD_ACTION_HEADER(WARNING, "an example uses the old `X-TC-Action` header",
      "read as `X-ZC-Action`", "`X-TC-Action: DescribeZones`"),
  EXAMPLE_ACTION_MISMATCH(WARNING, "an example calls another action than its page", "the page's action is kept",
      "`X-ZC-Action: DescribeImages` on the `DescribeZones` page"),
  EXAMPLE_KEY_NOT_IN_TABLE(WARNING, "an example has a key its table does not list", "the key is ignored",
      "`\"isHA\": true` in the response example, no `isHA` row in the table"),
  EXAMPLE_KEY_CASE(WARNING, "an example key differs from its table only in case",
      "the model follows the examples when they agree", "`originalPrice` sent, `OriginalPrice` in the table"),
  EXAMPLE_TYPE_MISMATCH(WARNING, "an example value has another kind than its table says",
      "the model follows the examples when they all agree", "`\"pageSize\": \"10\"` for an Integer"),
  EXAMPLE_EMPTY(WARNING, "an example block is empty, or has the HTTP header but no request or response body",
      "the example is not checked against the tables", "a ```` ```json ```` block with nothing inside"),
  EXAMPLE_MISSING_REQUIRED(WARNING, "a request example leaves out members its table marks required",
      "example kept; the SDK still requires them", "no `zoneId` in the example, `zoneId | 是` in the table"),
  EXAMPLE_FOREIGN_HOST(WARNING, "an example posts to another service's path than the service's other pages",
      "the SDK posts to the service's own path (the configured service, else what most examples use)",
      "`Host: console.zenlayer.com/api/v2/bmc` on a `vm` page"),
  EXAMPLE_ENUM_VALUE(WARNING, "an example value is not one of the member's documented values",
      "kept; the SDK reads unknown values as UNKNOWN_TO_SDK_VERSION", "`\"status\": \"Running\"` for `RUNNING`"),
  EXAMPLE_UNLISTED_KEY_KIND(WARNING, "an example key its table does not list has a value of another JSON kind than"
      + " the docs give such a key: a table member named like it (singular vs plural, `Set`, `List`), else every"
      + " member of that name elsewhere", "the key is ignored, like any key the table does not list; the message names"
      + " the member it contradicts", "`\"zoneIds\": [\"SEL-A\"]` in the example, `zoneId | String` in the table"),

  // --- corrections (overrides file)
  OVERRIDES_INVALID(ERROR, "the overrides file cannot be read", "no overrides are applied",
      "`docsdk-overrides.json` holding `[1, 2]`"),
  OVERRIDE_UNKNOWN_ACTION(NOTE, "an override names an action these docs do not have (one corrections file serves"
      + " several docs trees)", "the entry is skipped", "`\"actions\": {\"DescribeEipAddresses\": {...}}` on docs without EIP pages"),
  OVERRIDE_UNKNOWN_STRUCTURE(NOTE, "an override names a structure these docs do not have (one corrections file"
      + " serves several docs trees)", "the entry is skipped", "`\"structures\": {\"SubnetInfo\": {...}}` on docs without VPC pages"),
  OVERRIDE_UNKNOWN_MEMBER(ERROR, "an override names a member its owner does not have", "the entry is ignored",
      "`\"drop\": true` for a member that is not in the table"),
  OVERRIDE_INVALID(ERROR, "an override entry is malformed", "the entry is ignored",
      "`\"wireName\": 42` or an unknown key"),
  LINT_CONFIG_INVALID(ERROR, "the lint rules (`docsdk-lint.json` or the plugin's `<rules>`) cannot be read",
      "the entry (or the whole file) is ignored", "`{\"rules\": {\"BOLD_IN_ERROR_ROW\": \"quiet\"}}`"),
  FIX_OUTSIDE_DOCS(ERROR, "`lint --fix` would correct a page whose file lies outside the docs folder (a symbolic"
      + " link, or a linked folder, leading elsewhere inside the link root)", "nothing is corrected: `--fix=write`"
      + " writes no page and `--fix` prints no patch; correct the file where it lies, from its own folder",
      "`docs/describezones.md` linking to `../shared/describezones.md`"),
  OVERRIDE_APPLIED(NOTE, "an override changed what the docs say (the sanctioned way to correct them)",
      "the docs are overridden as the entry says", "`\"zoneId\": {\"type\": \"String\"}` in `docsdk-overrides.json`"),
  RESOURCE_INVALID(ERROR, "a resource declaration (the overrides' `resources` section) names an action, member,"
      + " status value or error code the docs do not have, or is malformed", "the resource is left out (the stateful"
      + " mock does not keep it)", "`\"from\": [\"RUNING\"]` for an instance whose status values are RUNNING, STOPPED, ..."),
  OVERRIDE_ALREADY_APPLIED(NOTE, "an override adds a member the docs already list with that type",
      "the entry is skipped: the docs agree", "`\"isHA\": {\"add\": true, \"type\": \"Boolean\"}` for a table that lists isHA"),
  WAITER_UNKNOWN_ACTION(NOTE, "a waiter polls an action these docs do not have (one corrections file serves"
      + " several docs trees)", "the waiter is skipped", "`\"EipAvailable\": {\"action\": \"DescribeEipAddresses\", ...}` on docs without EIP pages"),
  WAITER_INVALID(ERROR, "a waiter declaration is malformed, or names an action one or two letters away from one the docs have",
      "the waiter is left out", "`\"action\": \"DescribeInstance\"` or `\"empty\": \"maybe\"`"),
  WAITER_ACTION_NOT_READ_ONLY(ERROR, "a waiter polls an action that is not read-only (polling it would change state)",
      "the waiter is left out", "`\"action\": \"StartInstances\"`"),
  WAITER_UNKNOWN_MEMBER(ERROR, "a waiter's items, id or status path does not lead to a member of the right kind",
      "the waiter is left out", "`\"status\": \"state\"` when the item structure has `instanceStatus`"),
  WAITER_UNKNOWN_STATUS(ERROR, "a waiter's success or failure value is not a value of the status member's enum",
      "the waiter is left out", "`\"success\": [\"ACTIVE\"]` for InstanceStatus, which says RUNNING"),

  // --- the name lock (docsdk-lock.json)
  LOCK_UNREADABLE(ERROR, "the name lock cannot be read (not JSON, or an unknown format version)",
      "nothing is generated: without the lock names could change; fix the file or delete it",
      "`docsdk-lock.json` holding `{\"docsdkLock\": 9}`"),
  LOCK_FROZEN(ERROR, "under `--frozen-lock` the docs need a name the lock does not hold (or drop one it holds)",
      "nothing is generated; run once without `--frozen-lock` and commit the updated lock",
      "a value added to a list (`<li>rocky</li>`) needs a new enum constant name"),
  LOCK_NOT_WRITTEN(WARNING, "the name lock could not be written (e.g. the docs are on a read-only file system)",
      "the sources are generated; the names are not recorded for the next run",
      "docs mounted read-only without `--lock` pointing elsewhere"),

  // --- the drift probe (`probe`: the docs against a live endpoint's replies)
  PROBE_UNKNOWN_MEMBER(WARNING, "a reply carries a member the docs do not list",
      "the SDK keeps it in `unknownFields()`; `probe --suggest` adds it when its type can be named",
      "`\"nextToken\": \"abc\"` in a reply whose table lists only `requestId` and `dataSet`"),
  PROBE_KIND_MISMATCH(WARNING, "a reply member is of another JSON kind than the docs say (object vs list, string vs number)",
      "the SDK cannot read the reply; `probe --suggest` writes the type the reply shows",
      "`| bandwidthPrice | [Price](...) |` while the service sends `\"bandwidthPrice\": [{...}]`"),
  PROBE_UNKNOWN_ACTION(WARNING, "the service does not know an action under the name the docs give it",
      "reported with the service's error code; find the wire name and set `wireName` in the overrides",
      "`# DescribeZones` while the service answers `AUTHFAILURE_UNAUTHORIZED_OPERATION` (it is `ZoneDetails`)"),
  PROBE_NOT_ENVELOPE(WARNING, "a reply is not the documented envelope (`{\"requestId\", \"response\": {...}}`)",
      "the SDK reports such a reply as a `ZenlayerClientException`; nothing is suggested",
      "an HTML page, or JSON without a `response` object, answering a `Describe*` action"),
  PROBE_SERVICE_ERROR(NOTE, "the service answered a probe call with an error code (e.g. an example's id does not exist there)",
      "the reply is not compared", "`INVALID_INSTANCE_NOT_FOUND` for the instance id of the page's example"),
  PROBE_NOT_CALLED(NOTE, "a read-only action was not compared: it needs input no example gives, or the call or time budget ran out",
      "the action is not compared", "`instanceId | 是` with no request example giving it");

  private final Severity severity;
  private final String meaning;
  private final String handling;
  private final String example;

  DiagnosticCode(Severity severity, String meaning, String handling, String example) {
    this.severity = severity;
    this.meaning = meaning;
    this.handling = handling;
    this.example = example;
  }

  /** The severity the code has unless a lint configuration changes it. */
  public Severity severity() {
    return severity;
  }

  /** One line: what the finding means. */
  public String meaning() {
    return meaning;
  }

  /** One line: what docsdk does about it in general (each diagnostic says what it did exactly). */
  public String handling() {
    return handling;
  }

  /** Docs text (Markdown) that causes it. */
  public String example() {
    return example;
  }

  /** A diagnostic of this code at its default severity. */
  public Diagnostic at(SourceLocation location, String message, String action) {
    return new Diagnostic(location, severity, name(), message, action);
  }

  /** The same finding at another severity (a lint rule's level); code, place and text stay. */
  public static Diagnostic relevel(Diagnostic d, Severity severity) {
    return new Diagnostic(d.location(), severity, d.code(), d.message(), d.action());
  }

  /** The same finding at another place (the file a linked page is); code, severity and text stay. */
  public static Diagnostic relocate(Diagnostic d, SourceLocation location) {
    return new Diagnostic(location, d.severity(), d.code(), d.message(), d.action());
  }

  /** The entry for a code as written in a diagnostic, if it is one. */
  public static java.util.Optional<DiagnosticCode> of(String code) {
    for (DiagnosticCode c : values()) {
      if (c.name().equals(code)) {
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }
}
