package io.github.docsdk.emit;

import com.palantir.javapoet.JavaFile;
import io.github.docsdk.emit.client.ClientEmitter;
import io.github.docsdk.emit.client.ErrorCodesEmitter;
import io.github.docsdk.emit.client.RequestChecksEmitter;
import io.github.docsdk.emit.client.WaiterEmitter;
import io.github.docsdk.emit.javadoc.Doc;
import io.github.docsdk.emit.model.EnumEmitter;
import io.github.docsdk.emit.model.ModelClassEmitter;
import io.github.docsdk.emit.model.TypeMapper;
import io.github.docsdk.emit.naming.ServiceNames;
import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.StructureShape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.lang.model.SourceVersion;

/**
 * Spec model to Java sources: the single entry point of the emit stage. Names are decided once
 * ({@link ServiceNames}), then each small emitter produces its kind of file. Never reads Markdown;
 * the same model always gives the same files, in the same order (sorted by class name).
 *
 * <p>Generated layout for package {@code P}: the interfaces {@code P.<Service>Client} and {@code
 * P.<Service>AsyncClient}, {@code P.<Service>ErrorCodes}, package-private {@code
 * P.Default<Service>Client}, {@code P.Default<Service>AsyncClient} and {@code P.<Service>RequestChecks}; {@code P.<Service>Waiter} and {@code P.<Service>AsyncWaiter} when the model declares
 * waiters; {@code P.model.*} requests, responses, structures and enums. The
 * generic helpers (paginators, model support) live in the runtime, written and tested once.
 */
public final class SdkEmitter {

  private SdkEmitter() {}

  public static List<JavaFile> emit(Service service, EmitOptions options) {
    List<JavaFile> files = new ArrayList<>();
    emit(service, options, files::add);
    files.sort(Comparator.comparing(SdkEmitter::qualifiedName));
    return List.copyOf(files);
  }

  /**
   * The same files as {@link #emit(Service, EmitOptions)}, handed to {@code sink} one by one as
   * each is built (in a fixed order, not sorted), so that a caller can render the first files
   * while the emitter builds the next.
   */
  public static void emit(Service service, EmitOptions options, Consumer<JavaFile> sink) {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    if (!SourceVersion.isName(options.basePackage())) {
      throw new IllegalArgumentException(
          "not a valid Java package name: '" + options.basePackage() + "'");
    }
    service = sorted(service);
    ServiceNames names = new ServiceNames(service, options.basePackage(), options.lock());
    TypeMapper types = new TypeMapper(service, names);
    ModelClassEmitter models = new ModelClassEmitter(names, types);

    for (Operation op : service.operations()) {
      sink.accept(models.emit(names.request(op), requestDoc(op, names), op.request(), true));
      sink.accept(models.emit(names.response(op), responseDoc(op, names), op.response(), false));
    }
    for (StructureShape s : service.structures()) {
      sink.accept(models.emit(names.shape(s.name()), structureDoc(s), s.members(), false));
    }
    for (EnumShape e : service.enums()) {
      sink.accept(EnumEmitter.emit(names.shape(e.name()), e, names.lock()));
    }

    ErrorCodesEmitter errors = new ErrorCodesEmitter(service);
    sink.accept(errors.emit(names.errorCodes(), service));
    RequestChecksEmitter checks = new RequestChecksEmitter(service, names, types);
    JavaFile checkFile = checks.emit();
    if (checkFile != null) {
      sink.accept(checkFile);
    }
    WaiterEmitter waiters = new WaiterEmitter(service, names, types);
    ClientEmitter clients = new ClientEmitter(service, names, types, errors, checks, waiters);
    sink.accept(clients.emit(false));
    sink.accept(clients.emit(true));
    if (waiters.hasWaiters()) {
      sink.accept(waiters.emit(false));
      sink.accept(waiters.emit(true));
    }
    sink.accept(clients.emitDefault(false));
    sink.accept(clients.emitDefault(true));
  }

  /** The same service with operations and shapes sorted by name, so input order never matters. */
  private static Service sorted(Service s) {
    List<Operation> ops = new ArrayList<>(s.operations());
    ops.sort(Comparator.comparing(Operation::name));
    List<Shape> shapes = new ArrayList<>(s.shapes());
    shapes.sort(Comparator.comparing(Shape::name));
    List<ErrorCode> common = new ArrayList<>(s.commonErrors());
    common.sort(Comparator.comparing(ErrorCode::code));
    return s.with(ops, shapes, common);
  }

  /** {@code com.example.model.ImageInfo}. */
  public static String qualifiedName(JavaFile file) {
    String pkg = file.packageName();
    return pkg.isEmpty() ? file.typeSpec().name() : pkg + "." + file.typeSpec().name();
  }

  private static Doc requestDoc(Operation op, ServiceNames names) {
    return new Doc()
        .html("The request of " + Poet.code(op.name()) + ", sent by {@link "
            + names.client().canonicalName() + "#" + names.method(op) + "}.")
        .text(op.description());
  }

  private static Doc responseDoc(Operation op, ServiceNames names) {
    return new Doc()
        .html("The response of " + Poet.code(op.name()) + ".")
        .text(op.description());
  }

  private static Doc structureDoc(StructureShape s) {
    Doc doc = new Doc().text(s.description());
    if (doc.isEmpty()) {
      doc.html("The " + Poet.code(s.docName()) + " structure.");
    }
    return doc;
  }
}
