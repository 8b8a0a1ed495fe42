package dev.asynclint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.expect.ExpectMarker;
import dev.asynclint.core.finding.Family;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.core.rule.RuleDescriptor;
import dev.asynclint.rules.testing.RuleHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalogue (STYLE 7): every rule has metadata, a doc, inline-marker tests and a sample; ids
 * are unique, sorted and equal to the class name; every family has a rule.
 */
class RuleCatalogueTest {
  private static final List<Rule> RULES = BuiltInRules.all();

  @Test
  void idsAreUniqueSortedAndClassNames() {
    List<String> ids = RULES.stream().map(r -> r.descriptor().id()).toList();
    assertEquals(ids.stream().sorted().toList(), ids);
    assertEquals(ids.size(), new HashSet<>(ids).size());
    for (Rule r : RULES) {
      assertEquals(r.getClass().getSimpleName(), r.descriptor().id());
      assertTrue(
          java.lang.reflect.Modifier.isFinal(r.getClass().getModifiers()),
          r.descriptor().id() + " is final");
    }
  }

  @Test
  void metadataAndDocsAreComplete() {
    for (Rule r : RULES) {
      RuleDescriptor d = r.descriptor();
      assertTrue(d.summary().endsWith("."), d.id() + " summary is a sentence");
      assertTrue(d.summary().length() < 140, d.id() + " summary is short");
      assertTrue(d.documentation().startsWith("# " + d.id() + "\n"), d.id() + " doc title");
      for (String section : List.of("## How to fix", "## Suppression", "## Known limitations")) {
        assertTrue(d.documentation().contains(section), d.id() + " doc has " + section);
      }
      assertTrue(
          d.documentation().contains("**Family:** " + d.family().id()),
          d.id() + " doc states its family");
      assertTrue(d.allTags().size() <= 10);
      assertEquals(d.family().id(), d.allTags().get(0));
    }
  }

  @Test
  void everyFamilyHasARule() {
    Set<Family> families =
        RULES.stream().map(r -> r.descriptor().family()).collect(Collectors.toSet());
    assertEquals(Set.of(Family.values()), families);
  }

  @Test
  void everyRuleHasMarkedTestsAndASample() {
    Set<String> tested = markedRules(Path.of("src", "test", "resources"));
    Set<String> sampled = markedRules(Path.of("..", "samples"));
    for (Rule r : RULES) {
      String id = r.descriptor().id();
      assertTrue(tested.contains(id), id + " has an `// expect:` test in rules/src/test/resources");
      assertTrue(sampled.contains(id), id + " has an `// expect:` sample in samples/");
    }
    assertFalse(tested.isEmpty());
    Set<String> known = RULES.stream().map(r -> r.descriptor().id()).collect(Collectors.toSet());
    var unknown = new HashSet<>(sampled);
    unknown.removeAll(known);
    assertEquals(Set.of(), unknown, "markers in samples/ name only existing rules");
  }

  private static Set<String> markedRules(Path root) {
    assertTrue(Files.isDirectory(root), root.toAbsolutePath() + " exists");
    return RuleHarness.markers(root).stream().map(ExpectMarker::ruleId).collect(Collectors.toSet());
  }

  @Test
  void docsFolderHasNoOrphans() throws Exception {
    Path docs = Path.of("src", "main", "resources", "dev", "asynclint", "rules", "docs");
    Set<String> files;
    try (var s = Files.list(docs)) {
      files = s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
    Set<String> expected =
        RULES.stream().map(r -> r.descriptor().id() + ".md").collect(Collectors.toSet());
    assertEquals(expected, files, Arrays.toString(files.toArray()));
  }
}
