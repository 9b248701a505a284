package io.github.docsdk.parse.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.DocText;
import io.github.docsdk.spec.EnumValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumExtractorTest {

  private static List<EnumValue> extract(String markup) {
    return EnumExtractor.extract(DocText.parse(markup));
  }

  private static List<String> values(String text) {
    return extract(text).stream().map(EnumValue::value).toList();
  }

  @Test
  void listItemsAlone() {
    assertThat(values("镜像所属分类。\n\n可能值：\n\n- centos\n- windows\n- ubuntu")).containsExactly("centos", "windows", "ubuntu");
  }

  @Test
  void listItemsWithColonsDashesAndFullwidthColons() {
    List<EnumValue> v = extract("售卖的状态。\n\n- SELL：表示实例可购买\n- SELL_SHORTAGE: 库存少\n- SOLD_OUT-已售罄");
    assertThat(v).extracting(EnumValue::value).containsExactly("SELL", "SELL_SHORTAGE", "SOLD_OUT");
    assertThat(v).extracting(EnumValue::description).containsExactly("表示实例可购买", "库存少", "已售罄");
    assertThat(values("语言：\n\n- zh-CN：中文\n- en-US：英文")).containsExactly("zh-CN", "en-US");
  }

  @Test
  void colonParagraphsAndSeveralInOneParagraph() {
    assertThat(values("镜像类型。\n\nPUBLIC_IMAGE: 公共镜像。\n\nCUSTOM_IMAGE：自定义镜像。\n\n目前不支持。"))
        .containsExactly("PUBLIC_IMAGE", "CUSTOM_IMAGE");
    List<EnumValue> v = extract("付费类型。\n\nPREPAID：预付费，即包年包月。 POSTPAID：后付费。");
    assertThat(v).extracting(EnumValue::value).containsExactly("PREPAID", "POSTPAID");
    assertThat(v.get(0).description()).isEqualTo("预付费，即包年包月。");
    assertThat(values("计价单元：\nHOUR: 每小时。\nDAY: 按天。\nMONTH: 按月。")).containsExactly("HOUR", "DAY", "MONTH");
  }

  @Test
  void valuesInCodeSpans() {
    assertThat(values("状态。\n\n- `RUNNING`：运行中\n- `STOPPED`：已关机")).containsExactly("RUNNING", "STOPPED");
    assertThat(extract("`PREPAID`: prepaid. `POSTPAID`: postpaid.")).extracting(v -> v.value() + "=" + v.description())
        .containsExactly("PREPAID=prepaid.", "POSTPAID=postpaid.");
    assertThat(values("取值：`A1`、`B2`")).containsExactly("A1", "B2");
  }

  @Test
  void leadInLists() {
    assertThat(values("CIDR的类型。\n\n取值范围：IPV4、IPV6。")).containsExactly("IPV4", "IPV6");
    assertThat(values("Kind of address. Valid values: IPv4, IPv6")).containsExactly("IPv4", "IPv6");
    assertThat(values("CIDR type.\n\nValue range: `IPV4`, `IPV6`.")).containsExactly("IPV4", "IPV6");
  }

  @Test
  void proseIsNotAnEnum() {
    assertThat(values("实例机型ID。\n具体取值可通过调用接口`DescribeInstanceTypes`来获得最新的规格表。")).isEmpty();
    assertThat(values("Note: the value is ignored. Default: 20.")).isEmpty();
    assertThat(values("取值范围：1~100。 默认值：1。")).isEmpty();
    assertThat(values("格式为：`YYYY-MM-DDThh:mm:ssZ`。")).isEmpty();
    assertThat(values("- 支持批量操作\n- 每次最多100个")).isEmpty();
    assertThat(values("See https://example.com/x for details. Unit: Mbps")).isEmpty();
    assertThat(values("Only PUBLIC_IMAGE: nothing else.")).isEmpty();
  }
}
