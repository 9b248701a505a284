package io.github.docsdk.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.docsdk.emit.Poet;
import io.github.docsdk.emit.javadoc.Doc;
import io.github.docsdk.emit.javadoc.DocText;
import io.github.docsdk.emit.naming.Identifiers;
import io.github.docsdk.emit.naming.JavaNames;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <Service>ErrorCodes}: a String constant per documented error code (the common
 * ones and every page's own), sorted by code, with HTTP status, meaning and the actions that
 * document it in Javadoc. Compare with {@code ZenlayerServiceException.code()}.
 */
public final class ErrorCodesEmitter {

  /** Everything the docs say about one code. */
  private record Entry(Set<String> facts, Set<String> actions, boolean common) {}

  private final Map<String, String> constants = new TreeMap<>();

  private final Map<String, Entry> entries = new TreeMap<>();

  public ErrorCodesEmitter(Service service) {
    for (ErrorCode e : service.commonErrors()) {
      entry(e, true);
    }
    for (Operation op : service.operations()) {
      for (ErrorCode e : op.errors()) {
        entry(e, false).actions().add(op.name());
      }
    }
    Identifiers names = new Identifiers();
    for (String code : entries.keySet()) {
      constants.put(code, names.newName(JavaNames.constantName(code, "ERROR")));
    }
  }

  /** The constant naming a code, or null when the code is not documented. */
  public String constant(String code) {
    return constants.get(code);
  }

  public JavaFile emit(ClassName name, Service service) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addJavadoc(new Doc()
                .html("Error codes of the " + Poet.code(service.name()) + " service (API version "
                    + Poet.code(service.apiVersion()) + ") as documented, to compare with\n"
                    + "{@code ZenlayerServiceException.code()}. The service may return codes not listed"
                    + " here.")
                .build())
            .addAnnotation(Poet.GENERATED)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      Entry entry = e.getValue();
      Doc doc = new Doc().html(String.join("\n\n<p>", entry.facts()));
      if (entry.common()) {
        doc.html("Common to every action.");
      }
      if (!entry.actions().isEmpty()) {
        doc.html("Documented by: " + String.join(", ", entry.actions().stream().map(Poet::code).toList()) + ".");
      }
      type.addField(
          FieldSpec.builder(String.class, constants.get(e.getKey()),
                  Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(doc.build())
              .initializer("$S", e.getKey())
              .build());
    }
    return Poet.file(name.packageName(), type.build());
  }

  /** One line per distinct (status, meaning) pair, e.g. "HTTP 404: 指定的机型不存在。". */
  static String fact(ErrorCode e) {
    String status = e.httpStatus() == null ? "HTTP status not documented" : "HTTP " + e.httpStatus();
    String meaning = DocText.html(e.description());
    return meaning.isEmpty() ? status + "." : status + ": " + meaning;
  }

  private Entry entry(ErrorCode e, boolean common) {
    Entry entry = entries.get(e.code());
    if (entry == null) {
      entry = new Entry(new LinkedHashSet<>(), new LinkedHashSet<>(), common);
      entries.put(e.code(), entry);
    } else if (common && !entry.common()) {
      entry = new Entry(entry.facts(), entry.actions(), true);
      entries.put(e.code(), entry);
    }
    entry.facts().add(fact(e));
    return entry;
  }

  /** Codes with their facts, for client Javadoc: "{@link X#C} (HTTP 404: ...)". */
  public List<String> describe(ClassName codes, List<ErrorCode> errors) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ErrorCode e : errors) {
      if (seen.add(e.code() + "\u0000" + e.httpStatus())) {
        out.add("{@link " + codes.simpleName() + "#" + constants.get(e.code()) + "}: " + fact(e));
      }
    }
    return out;
  }
}
