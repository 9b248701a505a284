package io.github.docsdk.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models far beyond the JVM's 255-parameter limit (issue 19): a request of 1,000 members and a
 * response and a structure of 300 compile warning-free, and read and write JSON through the builder.
 */
class ManyMembersTest {

  @TempDir Path work;

  @Test
  void modelsWithThreeHundredAndOneThousandMembersCompileAndBind() throws Exception {
    Service service = new Service("big", "v", List.of(Fixtures.op("PutEverything", "",
            members("in", 1000, TypeRef.INTEGER), members("out", 300, TypeRef.STRING), List.of())),
        List.of(new StructureShape("Wide", "Wide", "", members("w", 300, TypeRef.BOOLEAN), Fixtures.AT)),
        List.of());
    GeneratedSources.Compiled compiled = GeneratedSources.compile(SdkEmitter.emit(service, new EmitOptions("p")), work);
    assertThat(compiled.success()).as(compiled.diagnostics()).isTrue();
    assertThat(compiled.diagnostics()).isEmpty();

    try (URLClassLoader loader = compiled.loader()) {
      Class<?> response = loader.loadClass("p.model.PutEverythingResponse");
      StringBuilder json = new StringBuilder("{");
      for (int i = 0; i < 300; i++) {
        json.append(i == 0 ? "" : ",").append("\"out").append(i).append("\":\"v").append(i).append('"');
      }
      Object read = response.getMethod("fromJson", String.class).invoke(null, json.append(",\"extra\":1}").toString());
      assertThat(response.getMethod("out299").invoke(read)).isEqualTo("v299");
      assertThat(response.getMethod("unknownFields").invoke(read)).isEqualTo(java.util.Map.of("extra", 1L));

      Class<?> request = loader.loadClass("p.model.PutEverythingRequest");
      Object builder = request.getMethod("builder").invoke(null);
      Class<?> builderType = builder.getClass();
      builderType.getMethod("in999", long.class).invoke(builder, 7L);
      builderType.getMethod("in0", long.class).invoke(builder, 1L);
      Object built = builderType.getMethod("build").invoke(builder);
      assertThat(built.getClass().getMethod("toJson").invoke(built)).isEqualTo("{\"in0\":1,\"in999\":7}");
    }
  }

  private static List<Member> members(String prefix, int count, TypeRef type) {
    List<Member> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(Fixtures.m(prefix + i, type, ""));
    }
    return out;
  }
}
