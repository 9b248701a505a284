package io.github.docsdk.generate;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * An SDK user's program against a generated SDK, for compatibility tests: it calls every public
 * name of the old SDK (each model's builder setters and accessors, each enum constant, each client
 * method) the way user code does. Compiled against the old SDK and run against the new one, it
 * fails with a {@link LinkageError} (or does not compile) exactly when a name user code relied on
 * is gone or changed. Compiling uses javax.tools, as a user's build would ({@code --release 11}).
 */
final class UserProgram {

  /** What running the program against an SDK gave: null when everything linked. */
  record Run(LinkageError broken, int calls) {}

  private UserProgram() {}

  /** Compiles generated sources (a folder) into {@code classes}; fails the test when they do not compile. */
  static Path compileSdk(Path sources, Path classes) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    compile(files, classes, sdkClasspath());
    return classes;
  }

  /** Writes and compiles the program calling every public name of the SDK compiled in {@code sdk}. */
  static Path compileAgainst(Path sdk, String basePackage, Path work) throws IOException {
    String source;
    try (URLClassLoader loader = loader(sdk)) {
      source = source(sdk, basePackage, loader);
    }
    Path src = work.resolve("user-src/UserCode.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, source, StandardCharsets.UTF_8);
    Path classes = work.resolve("user-classes");
    compile(List.of(src), classes, sdk + File.pathSeparator + sdkClasspath());
    return classes;
  }

  /** Runs the compiled program with the SDK compiled in {@code sdk} (which may be a newer one). */
  static Run run(Path user, Path sdk) throws Exception {
    try (URLClassLoader loader = loader(sdk, user)) {
      Method main = loader.loadClass("UserCode").getMethod("run");
      try {
        return new Run(null, (Integer) main.invoke(null));
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof LinkageError)) {
          cause = cause.getCause();
        }
        if (cause instanceof LinkageError broken) {
          return new Run(broken, -1);
        }
        throw e;
      }
    }
  }

  private static String source(Path sdk, String basePackage, ClassLoader loader) throws IOException {
    List<String> names;
    try (Stream<Path> walk = Files.walk(sdk)) {
      names = walk.map(p -> sdk.relativize(p).toString().replace(File.separatorChar, '/'))
          .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.contains("/internal/"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .sorted().toList();
    }
    StringBuilder out = new StringBuilder("public final class UserCode {\n"
        + "  public static int run() {\n    int calls = 0;\n");
    for (String name : names) {
      Class<?> c;
      try {
        c = Class.forName(name, false, loader);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      if (!Modifier.isPublic(c.getModifiers()) || !name.startsWith(basePackage)) {
        continue;
      }
      if (c.isEnum()) {
        for (Object constant : c.getEnumConstants()) {
          out.append("    { Object c = ").append(c.getCanonicalName()).append('.').append(((Enum<?>) constant).name())
              .append("; calls += c == null ? 0 : 1; }\n");
        }
      } else if (hasBuilder(c)) {
        model(c, out);
      } else if (c.isInterface() || Modifier.isAbstract(c.getModifiers()) || name.endsWith("Client")) {
        methodReferences(c, out);
      }
    }
    return out.append("    return calls;\n  }\n}\n").toString();
  }

  private static boolean hasBuilder(Class<?> c) {
    try {
      return Modifier.isStatic(c.getMethod("builder").getModifiers()) && c.getMethod("toBuilder") != null;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** Builder setters called with null, then every accessor of the built value. */
  private static void model(Class<?> c, StringBuilder out) {
    String type = c.getCanonicalName();
    Class<?> builder = returnOf(c, "builder");
    out.append("    {\n      ").append(builder.getCanonicalName()).append(" b = ").append(type).append(".builder();\n");
    for (Method m : sorted(builder.getMethods())) {
      if (m.getDeclaringClass() != builder || m.getParameterCount() != 1 || Modifier.isStatic(m.getModifiers())
          || m.isSynthetic() || m.isBridge()) {
        continue;
      }
      out.append("      try { b.").append(m.getName()).append("(").append(argument(m.getGenericParameterTypes()[0]))
          .append("); calls++; } catch (RuntimeException e) { calls++; }\n");
    }
    out.append("      ").append(type).append(" v = b.build();\n");
    for (Method m : sorted(c.getMethods())) {
      if (m.getDeclaringClass() != c || m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
          || m.isSynthetic() || m.isBridge() || m.getReturnType() == void.class) {
        continue;
      }
      out.append("      try { Object r = v.").append(m.getName()).append("(); calls += r == null ? 1 : 1; }"
          + " catch (RuntimeException e) { calls++; }\n");
    }
    out.append("    }\n");
  }

  /** A reference to each public one-argument method: evaluating it links the exact signature. */
  private static void methodReferences(Class<?> c, StringBuilder out) {
    for (Method m : sorted(c.getMethods())) {
      if (m.getDeclaringClass() != c || m.getParameterCount() != 1 || Modifier.isStatic(m.getModifiers())
          || m.isSynthetic() || m.isBridge() || m.getReturnType() == void.class || m.getReturnType().isPrimitive()
          || m.getTypeParameters().length > 0 || m.getParameterTypes()[0].isPrimitive()) {
        continue;
      }
      out.append("    { java.util.function.BiFunction<").append(c.getCanonicalName()).append(", ")
          .append(typeName(m.getGenericParameterTypes()[0])).append(", ").append(typeName(m.getGenericReturnType()))
          .append("> f = ").append(c.getCanonicalName()).append("::").append(m.getName())
          .append("; calls += f == null ? 0 : 1; }\n");
    }
  }

  /** null of the parameter's type (so the call picks that overload), or a zero for primitives. */
  private static String argument(Type t) {
    if (t instanceof Class<?> c && c.isPrimitive()) {
      return switch (c.getName()) {
        case "long" -> "0L";
        case "boolean" -> "false";
        case "double" -> "0.0";
        case "float" -> "0f";
        case "char" -> "'a'";
        default -> "(" + c.getName() + ") 0";
      };
    }
    return "(" + typeName(t) + ") null";
  }

  private static List<Method> sorted(Method[] methods) {
    List<Method> out = new ArrayList<>(Arrays.asList(methods));
    out.sort(Comparator.comparing(Method::toGenericString));
    return out;
  }

  private static Class<?> returnOf(Class<?> c, String method) {
    try {
      return c.getMethod(method).getReturnType();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String typeName(Type t) {
    String name = t.getTypeName().replace('$', '.');
    return name.endsWith("[]") && t instanceof Class<?> c && c.isArray() ? c.getComponentType().getCanonicalName() + "[]"
        : name;
  }

  private static URLClassLoader loader(Path... dirs) throws IOException {
    URL[] urls = new URL[dirs.length];
    for (int i = 0; i < dirs.length; i++) {
      urls[i] = dirs[i].toUri().toURL();
    }
    return new URLClassLoader(urls, UserProgram.class.getClassLoader());
  }

  private static void compile(List<Path> files, Path classes, String classpath) throws IOException {
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "11", "-encoding", "UTF-8", "-nowarn", "-d", classes.toString(),
          "-cp", classpath);
      boolean ok = javac.getTask(errors, fm, null, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
      if (!ok) {
        throw new AssertionError("does not compile:\n" + errors);
      }
    }
  }

  /** The runtime, jackson-core and slf4j-api, as an SDK user's build has them (located by class). */
  private static String sdkClasspath() {
    List<String> entries = new ArrayList<>();
    for (String marker : List.of("io.github.docsdk.runtime.ClientConfig",
        "com.fasterxml.jackson.core.JsonParser", "org.slf4j.LoggerFactory")) {
      try {
        Class<?> c = Class.forName(marker);
        entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
        throw new IllegalStateException("test classpath lacks " + marker, e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
