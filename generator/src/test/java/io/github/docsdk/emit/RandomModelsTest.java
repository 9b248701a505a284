package io.github.docsdk.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.JavaFile;
import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.EnumValue;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models built at random from hazardous names (keywords, case twins, names of generated methods
 * and of JDK types, punctuation, digits, non-ASCII, empty) and odd types (dangling references,
 * references to the wrong kind of shape, nested lists). The emitter never throws, output is
 * deterministic, and a sample compiles under the strict options.
 */
class RandomModelsTest {

  private static final String[] NAMES = {
    "class", "int", "enum", "builder", "toBuilder", "build", "equals", "hashCode", "toString",
    "getClass", "wait", "value", "values", "other", "o", "model", "missing", "path", "request",
    "http", "config", "Builder", "String", "Object", "List", "Objects", "Arrays", "Collection",
    "Instant", "Override", "Generated", "ModelSupport", "Paginator", "AsyncPaginator", "JsonProperty", "java", "com",
    "id", "Id", "ID", "iD", "imageId", "ImageId", "image-id", "image id", "image_id", "hasTags",
    "tags", "tagsAsStrings", "tagsWithStrings", "kindAsString", "kind", "getName", "isOk", "$x",
    "_", "__", "1", "2fa", "名称", "", " ", "a.b", "UNKNOWN_TO_SDK_VERSION", "KNOWN", "fromValue",
    "password", "apiKey", "null", "true", "default", "Describe", "DescribeThingsRequest",
    "DescribeThingsResponse", "SvcClient", "SvcAsyncClient", "SvcErrorCodes", "SvcRequestChecks"
  };

  @Test
  void emitterNeverThrowsAndIsDeterministic() {
    for (int seed = 0; seed < 150; seed++) {
      Service service = randomService(new Random(seed));
      List<String> first = render(service);
      assertThat(render(service)).as("seed %d", seed).isEqualTo(first);
      assertThat(first).as("seed %d", seed).isNotEmpty();
    }
  }

  @Test
  void sampledRandomModelsCompileStrictly(@TempDir Path work) throws IOException {
    for (int seed : new int[] {1, 7, 42}) {
      List<JavaFile> files = SdkEmitter.emit(randomService(new Random(seed)), new EmitOptions("p.q"));
      GeneratedSources.Compiled compiled = GeneratedSources.compile(files, work.resolve("s" + seed));
      assertThat(compiled.success()).as("seed %d: %s", seed, compiled.diagnostics()).isTrue();
      try (java.net.URLClassLoader loader = compiled.loader()) {
        for (JavaFile f : files) {
          if (f.packageName().equals("p.q.model") && f.typeSpec().kind() == com.palantir.javapoet.TypeSpec.Kind.CLASS) {
            // every model reads an empty object and writes it back
            Class<?> type = loader.loadClass(SdkEmitter.qualifiedName(f));
            Object empty = type.getMethod("fromJson", String.class).invoke(null, "{}");
            assertThat(type.getMethod("toJson").invoke(empty)).as("seed %d %s", seed, type).isEqualTo("{}");
          }
        }
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void invalidBasePackageIsRefused() {
    for (String bad : List.of("", "1a", "com.class", "a..b", "a.b.")) {
      assertThatThrownBy(() -> SdkEmitter.emit(Fixtures.bmc(), new EmitOptions(bad)))
          .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("package");
    }
  }

  private static List<String> render(Service service) {
    return SdkEmitter.emit(service, new EmitOptions("p.q")).stream().map(JavaFile::toString).toList();
  }

  static Service randomService(Random r) {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    int shapeCount = 2 + r.nextInt(6);
    List<String> shapeNames = new ArrayList<>();
    for (int i = 0; i < shapeCount; i++) {
      shapeNames.add(pick(r) + (r.nextInt(3) == 0 ? "" + i : ""));
    }
    for (int i = 0; i < shapeCount; i++) {
      String name = shapeNames.get(i);
      if (shapes.containsKey(name)) {
        continue;
      }
      if (r.nextBoolean()) {
        List<EnumValue> values = new ArrayList<>();
        for (int v = r.nextInt(5); v > 0; v--) {
          values.add(new EnumValue(pick(r), pick(r) + " */ @x <y> & \\u"));
        }
        shapes.put(name, new EnumShape(name, pick(r), values, Fixtures.AT));
      } else {
        shapes.put(name, new StructureShape(name, name, pick(r), members(r, shapeNames), Fixtures.AT));
      }
    }
    List<Operation> ops = new ArrayList<>();
    Map<String, Boolean> seenOps = new LinkedHashMap<>();
    for (int i = 1 + r.nextInt(4); i > 0; i--) {
      String name = pick(r) + (r.nextBoolean() ? "Things" : "");
      if (seenOps.put(name, true) != null) {
        continue;
      }
      List<Member> request = members(r, shapeNames);
      if (r.nextBoolean()) {
        request.add(new Member("pageNum", TypeRef.INTEGER, false, "", Fixtures.AT));
        request.add(new Member("pageSize", TypeRef.INTEGER, false, "", Fixtures.AT));
      }
      List<Member> response = members(r, shapeNames);
      response.add(new Member("totalCount", TypeRef.INTEGER, false, "", Fixtures.AT));
      List<ErrorCode> errors = List.of(new ErrorCode(r.nextBoolean() ? 400 : null, pick(r), pick(r), Fixtures.AT));
      ops.add(new Operation(name, name, pick(r), List.of(pick(r)), request, response, errors, List.of(), Fixtures.AT));
    }
    return io.github.docsdk.spec.DefaultTraits.apply(new Service(r.nextBoolean() ? "svc" : pick(r), "v1", ops,
        new ArrayList<>(shapes.values()), List.of(new ErrorCode(401, pick(r), "", Fixtures.AT))));
  }

  private static List<Member> members(Random r, List<String> shapeNames) {
    List<Member> out = new ArrayList<>();
    for (int i = r.nextInt(8); i > 0; i--) {
      out.add(new Member(pick(r), type(r, shapeNames, 0), r.nextBoolean(), pick(r), Fixtures.AT));
    }
    return out;
  }

  private static TypeRef type(Random r, List<String> shapeNames, int depth) {
    int k = r.nextInt(12);
    if (k < 7) {
      return TypeRef.scalar(TypeRef.Kind.values()[k]);
    }
    String shape = r.nextInt(5) == 0 ? "Dangling" : shapeNames.get(r.nextInt(shapeNames.size()));
    return switch (k) {
      case 7, 8 -> TypeRef.structure(shape);
      case 9 -> TypeRef.enumeration(shape);
      default -> depth < 2 ? TypeRef.listOf(type(r, shapeNames, depth + 1)) : TypeRef.STRING;
    };
  }

  private static String pick(Random r) {
    return NAMES[r.nextInt(NAMES.length)];
  }
}
