package io.github.docsdk.parse;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.lint.CrossChecks;
import io.github.docsdk.lint.DescriptionParagraph;
import io.github.docsdk.lock.LockFormatException;
import io.github.docsdk.lock.LockSession;
import io.github.docsdk.lock.NameLock;
import io.github.docsdk.parse.internal.corrections.Overrides;
import io.github.docsdk.parse.internal.draft.ModelAssembler;
import io.github.docsdk.parse.internal.draft.ModelDraft;
import io.github.docsdk.parse.internal.draft.Reachable;
import io.github.docsdk.parse.internal.page.LinkTargets;
import io.github.docsdk.parse.internal.page.PageParser;
import io.github.docsdk.parse.internal.page.Raw;
import io.github.docsdk.read.ConfigFiles;
import io.github.docsdk.read.InputLimits;
import io.github.docsdk.read.Link;
import io.github.docsdk.read.MarkdownPage;
import io.github.docsdk.read.MarkdownReader;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a folder of Markdown API docs into the spec model. Never throws for bad docs: every
 * oddity becomes a diagnostic. Output does not depend on the order files are listed in.
 */
public final class DocsParser {

  /** Pages larger than this are not API reference pages; reading them is refused. */
  static final int MAX_PAGE_BYTES = InputLimits.MAX_PAGE_BYTES;

  /** What the pages read so far took of {@link InputLimits#MAX_TREE_BYTES}. */
  private static final class TreeBudget {
    long bytes;
    boolean exhausted;
  }

  /** The name of the overrides file looked for in the docs root. */
  public static final String OVERRIDES_FILE = "docsdk-overrides.json";

  private DocsParser() {}

  /**
   * @throws UncheckedIOException when the folder cannot be listed or a file cannot be read
   */
  public static ParseResult parse(Path docsRoot, ParseOptions options) {
    Path root = docsRoot.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new UncheckedIOException(new IOException("not a directory: " + docsRoot));
    }
    Diags d = new Diags();
    LinkRoot linkRoot = LinkRoot.of(root, options.linkRoot());
    TreeMap<String, Path> files = listMarkdown(root, linkRoot, d);
    if (files == null) {
      d.report(SourceLocation.of(".", 0, 0), DiagnosticCode.TOO_MANY_PAGES, docsRoot + " holds more than "
          + InputLimits.MAX_PAGES + " Markdown files", "no page read; nothing to generate");
      return new ParseResult(new Service(options.service(), options.apiVersion(), List.of(), List.of(), List.of()),
          d.list(), LockSession.fresh());
    }
    TreeBudget budget = new TreeBudget();
    List<Raw.Page> pages = readPages(files, d, budget);
    Set<String> known = new TreeSet<>(files.keySet());
    pages.addAll(linkedFromOutside(root, linkRoot, pages, known, d, budget));
    List<ErrorCode> common = commonErrors(root, linkRoot, pages, files.keySet(), d, budget);
    LockSession lock = readLock(root, options.lockFile(), d);
    ModelDraft draft = assemble(options, pages, common, known, lock, d);
    if (draft.operations().isEmpty()) {
      d.report(SourceLocation.of(".", 0, 0), DiagnosticCode.NO_ACTIONS, "no action pages found under " + docsRoot
          + " (" + files.size() + " Markdown files)", "nothing to generate");
    }
    // Lint's checks read the docs as written: a correction changes the model, not what the docs say.
    // Both models are built from the same draft, each once.
    Service asWritten = draft.build();
    Service service = asWritten;
    Path overrides = options.overrides() != null ? options.overrides() : root.resolve(OVERRIDES_FILE);
    if (Files.isRegularFile(overrides)) {
      String shown = relativeName(root, overrides);
      String text = ConfigFiles.read(overrides);
      try {
        service = Overrides.apply(draft, text, shown, d);
      } catch (RuntimeException | StackOverflowError e) {
        d.report(SourceLocation.of(shown, 1, 1), DiagnosticCode.INTERNAL_ERROR, "overrides could not be applied: " + e,
            "no overrides applied; please report this");
      }
    } else if (options.overrides() != null) {
      throw new UncheckedIOException(new IOException("overrides file not found: " + options.overrides()));
    }
    Service reached = Reachable.prune(service);
    checkMembers(reached, d);
    crossCheck(asWritten == service ? reached : Reachable.prune(asWritten), pages, d);
    return new ParseResult(reached, d.list(), lock);
  }

  /** Structures, requests and responses above {@link InputLimits#MAX_MEMBERS} (tables and overrides together). */
  private static void checkMembers(Service service, Diags d) {
    for (var op : service.operations()) {
      checkMembers(op.location(), op.name() + " request", op.request().size(), d);
      checkMembers(op.location(), op.name() + " response", op.response().size(), d);
    }
    for (var s : service.structures()) {
      checkMembers(s.location(), "structure " + s.name(), s.members().size(), d);
    }
  }

  private static void checkMembers(SourceLocation at, String what, int members, Diags d) {
    if (members > InputLimits.MAX_MEMBERS) {
      d.report(at, DiagnosticCode.TOO_MANY_MEMBERS, what + " has " + members + " members, more than "
          + InputLimits.MAX_MEMBERS, "nothing generated");
    }
  }

  /**
   * The lock named in the options, else {@code docsdk-lock.json} in the docs root; no file means
   * no lock. An unreadable lock is an error (names would silently change without it).
   */
  private static LockSession readLock(Path root, Path lockFile, Diags d) {
    if (lockFile == ParseOptions.NO_LOCK) {
      return LockSession.fresh();
    }
    Path file = lockFile != null ? lockFile.toAbsolutePath().normalize() : root.resolve(NameLock.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return LockSession.fresh();
    }
    String shown = relativeName(root, file);
    try {
      return LockSession.of(NameLock.parse(ConfigFiles.read(file)));
    } catch (LockFormatException e) {
      d.report(SourceLocation.of(shown, e.line(), 1), DiagnosticCode.LOCK_UNREADABLE, "the name lock cannot be read: " + e.getMessage(),
          "fix or delete it (deleting it gives every element a fresh name)");
      return LockSession.fresh();
    }
  }

  /**
   * Parses a single page as if it were the only page of a service: used to lint one file and by
   * the robustness tests. Never throws.
   */
  public static ParseResult parsePage(String path, String content, ParseOptions options) {
    return parsePages(java.util.Map.of(path, content), options);
  }

  /**
   * Parses pages held in memory (relative path -> Markdown) as one service, without reading
   * files: no overrides, and common error pages only when they are among the pages. Never throws.
   */
  public static ParseResult parsePages(java.util.Map<String, String> pages, ParseOptions options) {
    Diags d = new Diags();
    List<Raw.Page> parsed = new ArrayList<>();
    for (var e : new TreeMap<>(pages).entrySet()) {
      Raw.Page page = safeParse(e.getKey(), e.getValue(), d);
      if (page != null) {
        parsed.add(page);
      }
    }
    LockSession lock = LockSession.fresh();
    Service service = assemble(options, parsed, List.of(), new TreeSet<>(pages.keySet()), lock, d).build();
    Service reached = Reachable.prune(service);
    checkMembers(reached, d);
    crossCheck(reached, parsed, d);
    return new ParseResult(reached, d.list(), lock);
  }

  /** The checks across pages (lint's semantic rules), on the finished model. */
  private static void crossCheck(Service service, List<Raw.Page> pages, Diags d) {
    Set<String> withoutRequired = new TreeSet<>();
    java.util.Map<String, List<DescriptionParagraph>> descriptions = new java.util.HashMap<>();
    for (Raw.Page page : pages) {
      if (page.operation() != null) {
        descriptions.putIfAbsent(page.operation().name(), page.operation().descriptionParts());
      }
      for (Raw.Shape shape : page.shapes()) {
        if (shape instanceof Raw.Structure s && !s.requiredColumn()) {
          withoutRequired.add(s.docName());
        }
      }
    }
    try {
      CrossChecks.check(service, withoutRequired, descriptions, d);
    } catch (RuntimeException | StackOverflowError e) {
      d.report(SourceLocation.of(".", 0, 0), DiagnosticCode.INTERNAL_ERROR, "the checks across pages failed: " + e,
          "please report this with the docs that caused it");
    }
  }

  private static ModelDraft assemble(ParseOptions options, List<Raw.Page> pages, List<ErrorCode> common,
      Set<String> files, LockSession lock, Diags d) {
    try {
      return new ModelAssembler(d, lock).assemble(options.service(), options.apiVersion(), pages, common, files);
    } catch (RuntimeException | StackOverflowError e) {
      d.report(SourceLocation.of(".", 0, 0), DiagnosticCode.INTERNAL_ERROR, "the model could not be assembled: " + e,
          "please report this with the docs that caused it");
      return ModelDraft.empty(options.service(), options.apiVersion());
    }
  }

  /** A page read from disk, not parsed yet, with what reading it reported. */
  private record PageText(String rel, String text, Diags diags) {}

  /**
   * Reads the pages in path order (the tree's budget is spent in that order), then parses them on
   * every core: each page is parsed alone, into diagnostics of its own, which are then taken in
   * path order, so the result is the same as parsing one page after the other.
   */
  private static List<Raw.Page> readPages(TreeMap<String, Path> files, Diags d, TreeBudget budget) {
    List<PageText> texts = new ArrayList<>();
    for (var e : files.entrySet()) {
      Diags local = new Diags();
      texts.add(new PageText(e.getKey(), readPage(e.getKey(), e.getValue(), local, null, budget), local));
    }
    List<Raw.Page> parsed = texts.parallelStream()
        .map(t -> t.text() == null ? null : safeParse(t.rel(), t.text(), t.diags()))
        .toList();
    List<Raw.Page> pages = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      d.addAll(texts.get(i).diags());
      if (parsed.get(i) != null) {
        pages.add(parsed.get(i));
      }
    }
    return pages;
  }

  /**
   * The page's text, or null when it is above the page limit ({@code PAGE_TOO_LARGE}) or the
   * pages before it took the tree's ({@code TREE_TOO_LARGE}, reported once), located at {@code at}
   * or the page's first line. Reads at most one byte past the limit, whatever the file system says
   * the size is.
   */
  private static String readPage(String rel, Path file, Diags d, SourceLocation at, TreeBudget budget) {
    if (budget.exhausted) {
      return null;
    }
    SourceLocation where = at != null ? at : SourceLocation.of(rel, 1, 1);
    String what = at != null ? "the linked page " + rel : "page";
    try (java.io.InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
      if (bytes.length > MAX_PAGE_BYTES) {
        d.report(where, DiagnosticCode.PAGE_TOO_LARGE, what + " is larger than " + MAX_PAGE_BYTES / (1024 * 1024)
            + " MiB", "page skipped");
        return null;
      }
      budget.bytes += bytes.length;
      if (budget.bytes > InputLimits.MAX_TREE_BYTES) {
        budget.exhausted = true;
        d.report(where, DiagnosticCode.TREE_TOO_LARGE, what + " takes the pages read past "
            + InputLimits.MAX_TREE_BYTES / (1024 * 1024) + " MiB", "this page and the ones after it (in path order) not read");
        return null;
      }
      return decode(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Raw.Page safeParse(String rel, String content, Diags d) {
    Diags local = new Diags();
    try {
      MarkdownPage page = MarkdownReader.read(rel, content);
      Raw.Page parsed = PageParser.parse(page, local);
      d.addAll(local);
      return parsed;
    } catch (StackOverflowError e) {
      d.addAll(local);
      d.report(SourceLocation.of(rel, 1, 1), DiagnosticCode.PAGE_TOO_COMPLEX, "page nests too deeply to be read", "page skipped");
    } catch (RuntimeException e) {
      d.addAll(local);
      d.report(SourceLocation.of(rel, 1, 1), DiagnosticCode.INTERNAL_ERROR, "page could not be read: " + e,
          "page skipped; please report this with the page");
    }
    return null;
  }

  /**
   * Structures on pages outside the docs folder that links lead to (docs pointed at one product
   * folder still find {@code ../datastructure.md}). Only their structures and enums are used.
   */
  private static List<Raw.Page> linkedFromOutside(Path root, LinkRoot linkRoot, List<Raw.Page> pages,
      Set<String> known, Diags d, TreeBudget budget) {
    List<Raw.Page> extra = new ArrayList<>();
    List<Raw.Page> frontier = pages;
    for (int round = 0; round < 3 && !frontier.isEmpty(); round++) {
      List<Raw.Page> next = new ArrayList<>();
      for (var target : LinkTargets.outside(frontier).entrySet()) {
        String rel = target.getKey();
        if (known.contains(rel) || known.size() > InputLimits.MAX_PAGES) {
          continue;
        }
        Path file;
        try {
          file = root.resolve(rel).normalize();
        } catch (RuntimeException invalid) {
          continue;
        }
        if (!Files.isRegularFile(file)) {
          continue;
        }
        known.add(rel);
        if (!linkRoot.contains(file)) {
          d.report(target.getValue(), DiagnosticCode.LINK_OUTSIDE_ROOT, "the link to " + rel
              + " leads outside the link root " + linkRoot, "not followed");
          continue;
        }
        String text = readPage(rel, file, d, target.getValue(), budget);
        Raw.Page page = text == null ? null : safeParse(rel, text, new Diags());
        if (page != null && !page.shapes().isEmpty()) {
          next.add(new Raw.Page(rel, null, page.shapes(), List.of()));
        }
      }
      extra.addAll(next);
      frontier = next;
    }
    return extra;
  }

  /** Common error codes: pages the error sections link to (even outside the root), read once. */
  private static List<ErrorCode> commonErrors(Path root, LinkRoot linkRoot, List<Raw.Page> pages,
      Set<String> inRoot, Diags d, TreeBudget budget) {
    TreeMap<String, SourceLocation> targets = new TreeMap<>();
    for (Raw.Page p : pages) {
      if (p.operation() == null) {
        continue;
      }
      for (Link link : p.operation().errorPageLinks()) {
        String target = link.target();
        if (link.isAbsoluteUrl() || !target.toLowerCase(Locale.ROOT).endsWith(".md")) {
          continue;
        }
        String rel = LinkTargets.resolvePath(p.file(), target);
        targets.putIfAbsent(rel, p.operation().location());
      }
    }
    List<ErrorCode> out = new ArrayList<>();
    for (var e : targets.entrySet()) {
      Path file;
      try {
        file = root.resolve(e.getKey()).normalize();
      } catch (RuntimeException invalid) {
        continue; // not a path on this system: not a page we can read
      }
      if (!Files.isRegularFile(file)) {
        d.report(e.getValue(), DiagnosticCode.COMMON_ERRORS_MISSING, "the common error codes page " + e.getKey() + " does not exist",
            "no common error codes");
        continue;
      }
      if (!linkRoot.contains(file)) {
        d.report(e.getValue(), DiagnosticCode.LINK_OUTSIDE_ROOT, "the link to the common error codes page "
            + e.getKey() + " leads outside the link root " + linkRoot, "not followed; no common error codes from it");
        continue;
      }
      String text = readPage(e.getKey(), file, d, e.getValue(), budget);
      if (text == null) {
        continue;
      }
      try {
        MarkdownPage page = MarkdownReader.read(e.getKey(), text);
        out.addAll(PageParser.commonErrors(page, d));
      } catch (RuntimeException | StackOverflowError ex) {
        d.report(SourceLocation.of(e.getKey(), 1, 1), DiagnosticCode.INTERNAL_ERROR, "page could not be read: " + ex, "page skipped");
      }
    }
    return out;
  }

  /**
   * The Markdown files under the root by relative path, hidden files and folders (such as
   * {@code .git}) left out and not walked; null when there are more than {@link InputLimits#MAX_PAGES}
   * (the walk stops there).
   */
  private static TreeMap<String, Path> listMarkdown(Path root, LinkRoot linkRoot, Diags d) {
    TreeMap<String, Path> files = new TreeMap<>();
    boolean[] tooMany = new boolean[1];
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
          String name = p.getFileName().toString();
          if (name.startsWith(".") || !name.toLowerCase(Locale.ROOT).endsWith(".md") || !Files.isRegularFile(p)) {
            return FileVisitResult.CONTINUE;
          }
          String rel = relativeName(root, p);
          if (Files.isSymbolicLink(p) && !linkRoot.contains(p)) {
            d.report(SourceLocation.of(rel, 1, 1), DiagnosticCode.SYMLINK_OUTSIDE_ROOT, rel
                + " is a symbolic link to a file outside the link root " + linkRoot, "page not read");
            return FileVisitResult.CONTINUE;
          }
          files.put(rel, p);
          if (files.size() > InputLimits.MAX_PAGES) {
            tooMany[0] = true;
            return FileVisitResult.TERMINATE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
          if (p.equals(root)) {
            throw e;
          }
          return FileVisitResult.CONTINUE; // an unreadable entry below the root is not a page
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tooMany[0] ? null : files;
  }

  private static String relativeName(Path root, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    String rel = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
    return rel.replace('\\', '/');
  }

  /** UTF-8, with malformed bytes replaced rather than failing (the String constructor's fast path). */
  private static String decode(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

}
