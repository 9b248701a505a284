package io.github.docsdk.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.docsdk.emit.javadoc.DocText;

/** Types and annotations the emitters share. */
public final class Poet {

  /** The generator's identity in {@code @Generated}; no date, so output is reproducible. */
  public static final String GENERATOR = "io.github.docsdk";

  /**
   * The runtime's own {@code @Generated} (CLASS retention): {@code javax.annotation.processing.Generated}
   * would make a user's named module require {@code java.compiler}.
   */
  public static final AnnotationSpec GENERATED =
      AnnotationSpec.builder(ClassName.get("io.github.docsdk.runtime", "Generated"))
          .addMember("value", "$S", GENERATOR)
          .build();

  public static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  public static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
  public static final ClassName COLLECTION = ClassName.get("java.util", "Collection");
  public static final ClassName LIST = ClassName.get("java.util", "List");
  public static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  public static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  public static final ClassName MAP = ClassName.get("java.util", "Map");
  public static final ClassName SET = ClassName.get("java.util", "Set");
  public static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
  public static final ClassName CONSUMER = ClassName.get("java.util.function", "Consumer");

  private Poet() {}

  /**
   * A source file with the SDK's formatting. {@code java.lang} is not imported: the class-name
   * allocator keeps generated classes from shadowing the java.lang names the code uses.
   */
  public static JavaFile file(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type)
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }

  /** {@code <code>text</code>} with the text escaped for Javadoc. */
  public static String code(String text) {
    // doclint rejects an empty <code> element; show blank names quoted instead
    String escaped = DocText.escape(text);
    return "<code>" + (escaped.isBlank() ? "\"" + escaped + "\"" : escaped) + "</code>";
  }
}
