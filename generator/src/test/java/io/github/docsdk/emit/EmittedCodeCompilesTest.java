package io.github.docsdk.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.docsdk.spec.Service;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated code compiles as an SDK user's build would compile it: {@code --release 11},
 * {@code -Xlint:all -Werror} and doclint on everything public, against only the runtime and
 * Jackson. The nasty fixture holds every naming hazard we know of.
 */
class EmittedCodeCompilesTest {

  @TempDir Path work;

  @Test
  void bmcFixtureCompilesWithoutWarnings() throws IOException {
    GeneratedSources.Compiled compiled =
        GeneratedSources.compile(SdkEmitter.emit(Fixtures.bmc(), new EmitOptions("com.example.bmc")), work);
    assertThat(compiled.success()).as(compiled.diagnostics()).isTrue();
    assertThat(compiled.diagnostics()).isEmpty();
  }

  @Test
  void namingHazardsCompileWithoutWarnings() throws IOException {
    List<JavaFile> files = SdkEmitter.emit(Fixtures.nasty(), new EmitOptions("com.example.nasty"));
    GeneratedSources.Compiled compiled = GeneratedSources.compile(files, work);
    assertThat(compiled.success()).as(compiled.diagnostics()).isTrue();
    assertThat(compiled.diagnostics()).isEmpty();
  }

  @Test
  void namingHazardsGetReadableDistinctNames() {
    List<String> names = SdkEmitter.emit(Fixtures.nasty(), new EmitOptions("p")).stream()
        .map(SdkEmitter::qualifiedName)
        .toList();
    assertThat(names).contains(
        "p.WeirdSvcClient", "p.WeirdSvcAsyncClient", "p.WeirdSvcErrorCodes",
        // contract names win; the structures that collide get a suffix
        "p.model.DescribeThingsRequest", "p.model.DescribeThingsRequestModel",
        "p.model.BuilderModel", "p.model.StringModel",
        // a structure may share a name with a client in another package
        "p.model.WeirdSvcClient",
        // names differing only in case cannot share a directory on macOS or Windows
        "p.model.ImageInfo", "p.model.ImageinfoModel",
        "p.model.OddValues", "p.model.DescribeThings2Request",
        // paginator item types named like the runtime's paginators and the JDK types they use
        "p.model.Paginator", "p.model.AsyncPaginator",
        "p.model.CompletableFuture", "p.model.Consumer");
    assertThat(names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).distinct()).hasSameSizeAs(names);
  }

  @Test
  void outputIsByteIdenticalAcrossRunsAndInputOrders() {
    Service service = Fixtures.bmc();
    List<String> first = render(service);
    List<io.github.docsdk.spec.Operation> ops = new ArrayList<>(service.operations());
    Collections.reverse(ops);
    List<io.github.docsdk.spec.Shape> shapes = new ArrayList<>(service.shapes());
    Collections.reverse(shapes);
    List<io.github.docsdk.spec.Waiter> waiters = new ArrayList<>(service.waiters());
    Collections.reverse(waiters);
    Service shuffled = service.with(ops, shapes, service.commonErrors()).withWaiters(waiters);
    assertThat(render(shuffled)).isEqualTo(first);
    assertThat(render(Fixtures.bmc())).isEqualTo(first);
  }

  @Test
  void overriddenWireNameIsSentWhileMethodKeepsTheDocumentedName() {
    io.github.docsdk.spec.Operation zones = new io.github.docsdk.spec.Operation("DescribeZones", "ZoneDetails",
        "", List.of(), List.of(), List.of(), List.of(), List.of(), Fixtures.AT).withTraits(true, null);
    Service service = new Service("bmc", "v", List.of(zones), List.of(), List.of());
    List<JavaFile> files = SdkEmitter.emit(service, new EmitOptions("p"));
    String client = files.stream()
        .filter(f -> f.typeSpec().name().equals("BmcClient")).findFirst().orElseThrow().toString();
    String impl = files.stream()
        .filter(f -> f.typeSpec().name().equals("DefaultBmcClient")).findFirst().orElseThrow().toString();
    assertThat(client).contains("default DescribeZonesResponse describeZones(DescribeZonesRequest request)");
    assertThat(impl)
        .contains("public DescribeZonesResponse describeZones(DescribeZonesRequest request)")
        // the wire name is sent, with the operation's readOnly trait and the request's own settings
        .contains("http.call(\"ZoneDetails\", true, request, request.overrideConfiguration(), DescribeZonesResponse::fromJson)");
  }

  @Test
  void noTimestampInGeneratedAnnotation() {
    for (String source : render(Fixtures.bmc())) {
      assertThat(source).contains("@Generated(\"io.github.docsdk\")").doesNotContain("date =");
    }
  }

  private static List<String> render(Service service) {
    return SdkEmitter.emit(service, new EmitOptions("com.example.bmc")).stream().map(JavaFile::toString).toList();
  }
}
