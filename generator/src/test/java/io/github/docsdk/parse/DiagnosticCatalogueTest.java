package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.spec.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every code the generator emits is in the catalogue, at its catalogued severity: shown by
 * reading real and held-out-like docs and mutated pages, and by scanning the sources for any way
 * of making a diagnostic that bypasses the catalogue.
 */
class DiagnosticCatalogueTest {

  private static final ParseOptions OPTIONS = ParseOptions.of("bmc", "2022-11-20");
  private static final Path ROOT = TestCorpus.repoRoot();

  @Test
  void everyCodeEmittedOnDocsTreesAndMutatedPagesIsCatalogued() throws IOException {
    List<Diagnostic> seen = new ArrayList<>();
    Path heldOutLike = TestCorpus.repoRoot().resolve("generator/src/test/resources/heldout-like");
    List<Path> trees = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(heldOutLike)) {
      dirs.filter(Files::isDirectory).sorted().forEach(trees::add);
    }
    trees.add(TestCorpus.repoRoot().resolve("specs/bmc"));
    List<String> pages = new ArrayList<>();
    for (Path tree : trees) {
      seen.addAll(DocsParser.parse(tree, OPTIONS).diagnostics());
      for (Path p : TestCorpus.markdownFiles(tree)) {
        pages.add(Files.readString(p));
      }
    }
    SplittableRandom random = new SplittableRandom(14L);
    for (int i = 0; i < 1500; i++) {
      String page = Mutator.mutate(pages.get(random.nextInt(pages.size())), random);
      seen.addAll(DocsParser.parsePage("fuzz/page" + i % 5 + ".md", page, OPTIONS).diagnostics());
    }
    seen.addAll(DocsParser.parsePages(java.util.Map.of("empty.md", "# nothing here\n"), OPTIONS).diagnostics());
    assertCatalogued(seen);
    assertThat(seen.stream().map(Diagnostic::code).distinct().count())
        .as("distinct codes reached").isGreaterThan(30);
  }

  @Test
  void everyCodeEmittedOnTheSharedCorpusIsCatalogued() {
    List<Diagnostic> seen = new ArrayList<>(DocsParser.parse(TestCorpus.luoJinShu(), OPTIONS.withLinkRoot(TestCorpus.linkRoot())).diagnostics());
    seen.addAll(DocsParser.parse(TestCorpus.linkRoot(), OPTIONS).diagnostics());
    assertCatalogued(seen);
  }

  @Test
  void noSourceMakesADiagnosticOutsideTheCatalogue() throws IOException {
    Pattern bypass = Pattern.compile("new Diagnostic\\(|Diagnostic\\.(warning|error)\\(");
    Pattern used = Pattern.compile("DiagnosticCode\\.([A-Z][A-Z0-9_]+)");
    Set<String> referenced = new TreeSet<>();
    List<String> bypasses = new ArrayList<>();
    for (Path file : mainSources()) {
      String text = Files.readString(file);
      String name = file.getFileName().toString();
      if (!name.equals("DiagnosticCode.java") && !name.equals("Diagnostic.java")) {
        Matcher m = bypass.matcher(text);
        while (m.find()) {
          bypasses.add(ROOT.relativize(file) + ": " + m.group());
        }
      }
      Matcher u = used.matcher(text);
      while (u.find()) {
        referenced.add(u.group(1));
      }
    }
    assertThat(bypasses).as("diagnostics made without a catalogue code").isEmpty();
    Set<String> catalogued = new TreeSet<>();
    for (DiagnosticCode c : DiagnosticCode.values()) {
      catalogued.add(c.name());
    }
    assertThat(referenced).as("codes used in the sources").isSubsetOf(catalogued);
    assertThat(catalogued).as("catalogued codes that nothing reports").isSubsetOf(referenced);
  }

  private static void assertCatalogued(List<Diagnostic> seen) {
    assertThat(seen).isNotEmpty();
    for (Diagnostic d : seen) {
      DiagnosticCode code = DiagnosticCode.of(d.code()).orElse(null);
      assertThat(code).as("code of " + d.format()).isNotNull();
      assertThat(d.severity()).as("severity of " + d.format()).isEqualTo(code.severity());
    }
  }

  /** The hand-written main sources of every module (generator, cli, plugin, ...). */
  private static List<Path> mainSources() {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.sorted().toList()) {
        Path main = module.resolve("src/main/java");
        if (Files.isDirectory(main)) {
          try (Stream<Path> walk = Files.walk(main)) {
            walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(out::add);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
