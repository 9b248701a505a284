package io.github.docsdk.lint;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small docs trees written for the lint rules: a clean service of three actions and one
 * data-structure page, and helpers to break one thing in it.
 */
final class LintTrees {

  private LintTrees() {}

  static final String DESCRIBE_ZONES = """
      # DescribeZones

      ## 1. 接口描述

      本接口（DescribeZones）用于查询可用区。

      ## 2. 请求参数

      | 参数名称 | 必选 | 类型 | 描述 |
      | --- | --- | --- | --- |
      | zoneIds | 否 | Array of String | 可用区 ID 列表。 |
      | instanceId | 否 | String | 实例 ID。 |

      ## 3. 响应结果

      | 参数名称 | 类型 | 描述 |
      | --- | --- | --- |
      | requestId | String | 请求 ID。 |
      | zoneSet | Array of [ZoneInfo](../datastructure.md#zoneinfo) | 可用区。 |

      ## 4. 代码示例

      ```json
      POST / HTTP/1.1
      Host: console.zenlayer.com/api/v2/bmc
      Content-Type: application/json
      X-ZC-Action: DescribeZones

      Request:
      {
        "zoneIds": ["SEL-A"]
      }

      Response:
      {
        "requestId": "T1",
        "response": {
          "requestId": "T1",
          "zoneSet": [{"zoneId": "SEL-A", "status": "READY"}]
        }
      }
      ```

      ## 6. 错误码

      | HTTP状态码 | 错误码 | 说明 |
      | --- | --- | --- |
      | 404 | INVALID_ZONE_NOT_FOUND | 可用区不存在。 |
      """;

  static final String CREATE_INSTANCE = """
      # CreateInstance

      ## 1. 接口描述

      本接口（CreateInstance）用于创建实例。

      ## 2. 请求参数

      | 参数名称 | 必选 | 类型 | 描述 |
      | --- | --- | --- | --- |
      | zoneId | 是 | String | 可用区 ID。 |
      | instanceId | 否 | String | 实例 ID。 |
      | placement | 否 | [Placement](../datastructure.md#placement) | 位置。 |

      ## 3. 响应结果

      | 参数名称 | 类型 | 描述 |
      | --- | --- | --- |
      | requestId | String | 请求 ID。 |
      | instanceId | String | 实例 ID。 |

      ## 4. 代码示例

      ```json
      POST / HTTP/1.1
      Host: console.zenlayer.com/api/v2/bmc
      X-ZC-Action: CreateInstance

      Request:
      {
        "zoneId": "SEL-A",
        "placement": {"rack": "R1"}
      }

      Response:
      {
        "requestId": "T2",
        "response": {"requestId": "T2", "instanceId": "i-1"}
      }
      ```

      ## 6. 错误码

      | HTTP状态码 | 错误码 | 说明 |
      | --- | --- | --- |
      | 404 | INVALID_ZONE_NOT_FOUND | 可用区不存在。 |
      """;

  static final String DELETE_INSTANCE = """
      # DeleteInstance

      ## 1. 接口描述

      本接口（DeleteInstance）用于删除实例。请先调用 DescribeZones 查询可用区。

      ## 2. 请求参数

      | 参数名称 | 必选 | 类型 | 描述 |
      | --- | --- | --- | --- |
      | instanceId | 是 | String | 实例 ID。 |

      ## 3. 响应结果

      | 参数名称 | 类型 | 描述 |
      | --- | --- | --- |
      | requestId | String | 请求 ID。 |

      ## 4. 代码示例

      ```json
      POST / HTTP/1.1
      Host: console.zenlayer.com/api/v2/bmc
      X-ZC-Action: DeleteInstance

      Request:
      {
        "instanceId": "i-1"
      }

      Response:
      {
        "requestId": "T3",
        "response": {"requestId": "T3"}
      }
      ```

      ## 6. 错误码

      | HTTP状态码 | 错误码 | 说明 |
      | --- | --- | --- |
      | 404 | INVALID_INSTANCE_NOT_FOUND | 实例不存在。 |
      """;

  static final String DATA_STRUCTURE = """
      # 数据结构

      ## ZoneInfo

      | 名称 | 类型 | 描述 |
      | --- | --- | --- |
      | zoneId | String | 可用区 ID。 |
      | status | [ZoneStatus](#zonestatus) | 状态。 |

      ## Placement

      | 名称 | 类型 | 必选 | 描述 |
      | --- | --- | --- | --- |
      | rack | String | 是 | 机架。 |
      | row | String | 否 | 排。 |

      ## ZoneStatus

      | 状态值 | 状态说明 |
      | --- | --- |
      | READY | 可用。 |
      | BINDING | 绑定中。 |
      | SOLD_OUT | 售罄。 |
      """;

  /** The clean tree: path -> Markdown. */
  static Map<String, String> clean() {
    Map<String, String> tree = new LinkedHashMap<>();
    tree.put("bmc/describezones.md", DESCRIBE_ZONES);
    tree.put("bmc/createinstance.md", CREATE_INSTANCE);
    tree.put("bmc/deleteinstance.md", DELETE_INSTANCE);
    tree.put("datastructure.md", DATA_STRUCTURE);
    return tree;
  }

  /** The clean tree with one text replaced in one page (the text must be there). */
  static Map<String, String> with(String page, String from, String to) {
    Map<String, String> tree = clean();
    String text = tree.get(page);
    if (!text.contains(from)) {
      throw new IllegalArgumentException(page + " does not contain " + from);
    }
    tree.put(page, text.replace(from, to));
    return tree;
  }

  /** The 1-based line of the first line of {@code page} in {@code tree} containing {@code text}. */
  static int lineOf(Map<String, String> tree, String page, String text) {
    String[] lines = tree.get(page).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(page + " has no line with " + text);
  }
}
