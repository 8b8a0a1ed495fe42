package dev.asynclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asynclint.core.engine.AsynclintVersion;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.rules.BuiltInRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code rules}, {@code explain}, {@code --version} and the top-level usage. */
class CommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static CliRun asynclint(String... args) {
    return CliRun.of(args);
  }

  private static List<String> builtInIds() {
    return BuiltInRules.all().stream().map(r -> r.descriptor().id()).toList();
  }

  @Test
  void rulesListsEveryRuleOnePerLine() {
    CliRun run = asynclint("rules");
    assertEquals(ExitCodes.CLEAN, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(builtInIds().size(), lines.size(), run.out());
    String blocking =
        lines.stream()
            .filter(l -> l.startsWith("BlockingCallOnEventLoop "))
            .findFirst()
            .orElseThrow();
    assertTrue(blocking.matches("BlockingCallOnEventLoop +blocking +error +\\S.*"), blocking);
    for (String id : builtInIds()) {
      assertTrue(lines.stream().anyMatch(l -> l.startsWith(id + " ")), id);
    }
  }

  @Test
  void rulesAsJson() throws Exception {
    CliRun run = asynclint("rules", "--format", "json");
    assertEquals(ExitCodes.CLEAN, run.exit(), run.err());
    JsonNode list = JSON.readTree(run.out());
    assertTrue(list.isArray());
    var ids = new ArrayList<String>();
    list.forEach(r -> ids.add(r.path("id").asText()));
    assertEquals(builtInIds(), ids);
    JsonNode blocking = list.get(ids.indexOf("BlockingCallOnEventLoop"));
    assertEquals("blocking", blocking.path("family").asText());
    assertEquals("error", blocking.path("severity").asText());
    assertEquals("blocking", blocking.at("/tags/0").asText());
    assertFalse(blocking.path("summary").asText().isBlank());
    assertFalse(blocking.path("precision").asText().isBlank());
  }

  @Test
  void rulesWithAnUnknownFormatIsAUsageError() {
    CliRun run = asynclint("rules", "--format", "xml");
    assertEquals(ExitCodes.USAGE, run.exit());
    assertTrue(run.err().contains("'xml'"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void explainPrintsTheRuleDoc() {
    Rule rule =
        BuiltInRules.all().stream()
            .filter(r -> r.descriptor().id().equals("BlockingCallOnEventLoop"))
            .findFirst()
            .orElseThrow();
    CliRun run = asynclint("explain", "BlockingCallOnEventLoop");
    assertEquals(ExitCodes.CLEAN, run.exit(), run.err());
    assertEquals(rule.descriptor().documentation(), run.out());
    assertTrue(run.out().startsWith("# BlockingCallOnEventLoop"), run.out());
    assertEquals(run.out(), asynclint("explain", "blockingcalloneventloop").out(), "any case");
  }

  @Test
  void explainUnknownRuleIsAUsageError() {
    CliRun run = asynclint("explain", "NoSuchRule");
    assertEquals(ExitCodes.USAGE, run.exit());
    assertTrue(run.err().contains("'NoSuchRule'"), run.err());
    assertEquals("", run.out());
    assertEquals(ExitCodes.USAGE, asynclint("explain").exit(), "the rule id is required");
  }

  @Test
  void versionNamesTheTool() {
    CliRun run = asynclint("--version");
    assertEquals(ExitCodes.CLEAN, run.exit());
    assertEquals("asynclint " + AsynclintVersion.get(), run.out().strip());
    assertFalse(AsynclintVersion.get().isBlank());
  }

  @Test
  void helpListsTheCommands() {
    CliRun run = asynclint("--help");
    assertEquals(ExitCodes.CLEAN, run.exit());
    for (String command : List.of("check", "rules", "explain")) {
      assertTrue(run.out().contains(command), run.out());
    }
  }

  @Test
  void noCommandOrAnUnknownOneIsAUsageError() {
    CliRun none = asynclint();
    assertEquals(ExitCodes.USAGE, none.exit());
    assertTrue(none.err().contains("a command is required"), none.err());
    CliRun unknown = asynclint("lint");
    assertEquals(ExitCodes.USAGE, unknown.exit());
    assertTrue(unknown.err().contains("lint"), unknown.err());
  }
}
