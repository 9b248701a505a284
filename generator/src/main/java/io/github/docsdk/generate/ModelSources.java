package io.github.docsdk.generate;

import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.StructureShape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The files a model was read from that lie outside the docs folder (the parser follows links to
 * shared pages such as the common error codes). Build tools that skip unchanged inputs must watch
 * these too.
 */
final class ModelSources {

  private ModelSources() {}

  static List<Path> outside(Service service, Path docsRoot) {
    Path root = docsRoot.toAbsolutePath().normalize();
    List<Path> out = new ArrayList<>();
    for (String file : files(service)) {
      if (file.isEmpty()) {
        continue;
      }
      Path resolved = root.resolve(file).normalize();
      if (!resolved.startsWith(root)) {
        out.add(resolved);
      }
    }
    return out;
  }

  /** Every file named by a source location in the model, sorted. */
  static SortedSet<String> files(Service service) {
    SortedSet<String> files = new TreeSet<>();
    for (Operation op : service.operations()) {
      add(files, op.location());
      op.request().forEach(m -> add(files, m));
      op.response().forEach(m -> add(files, m));
      op.errors().forEach(e -> add(files, e.location()));
      op.examples().forEach(e -> add(files, e.location()));
    }
    for (Shape shape : service.shapes()) {
      add(files, shape.location());
      if (shape instanceof StructureShape s) {
        s.members().forEach(m -> add(files, m));
      } else if (shape instanceof EnumShape e) {
        add(files, e.location());
      }
    }
    for (ErrorCode e : service.commonErrors()) {
      add(files, e.location());
    }
    return files;
  }

  private static void add(SortedSet<String> files, Member member) {
    add(files, member.location());
  }

  private static void add(SortedSet<String> files, SourceLocation location) {
    files.add(location.file());
  }
}
