package dev.asynclint.rules.engine;

import static dev.asynclint.rules.engine.EngineFixtures.RULE_ID;
import static dev.asynclint.rules.engine.EngineFixtures.SERVER;
import static dev.asynclint.rules.engine.EngineFixtures.SERVER_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.rules.blocking.BlockingCallOnEventLoop;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fingerprints end to end (DESIGN 7): a baseline must keep matching a finding when unrelated edits
 * move or reformat it, and must stop matching when the flagged code changes.
 */
class FingerprintStabilityTest {
  private static final List<Rule> RULES = List.of(new BlockingCallOnEventLoop());

  @TempDir Path tmp;
  private int trees;

  /** The findings of the rule for one version of Server.java, each in its own tree. */
  private List<Finding> findings(String server) throws Exception {
    Path root = tmp.resolve("tree" + trees++);
    EngineFixtures.write(root, SERVER_PATH, server);
    List<Finding> found = EngineFixtures.findingsOf(EngineFixtures.analyse(root, RULES), RULE_ID);
    found.forEach(f -> assertEquals(SERVER_PATH, f.location().path()));
    return found;
  }

  private Finding only(String server) throws Exception {
    List<Finding> found = findings(server);
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  @Test
  void theFixtureHasOneFindingOnTheSleep() throws Exception {
    Finding f = only(SERVER);
    assertEquals(9, f.location().startLine());
    // "    vertx.setTimer(10, id -> Thread.sleep(1));": Thread.sleep(1) spans columns 30 to 44.
    int column = f.location().startColumn();
    assertTrue(column >= 30 && column <= 44, "on the Thread.sleep call: " + f.location());
  }

  @Test
  void linesInsertedAboveKeepTheFingerprint() throws Exception {
    Finding before = only(SERVER);
    Finding after =
        only(
            SERVER
                .replace("package app;\n", "// Copyright\n// notice\n\npackage app;\n")
                .replace(
                    "  Vertx vertx;\n",
                    "  Vertx vertx;\n\n  int unrelated() {\n    return 42;\n  }\n"));
    assertEquals(9 + 7, after.location().startLine());
    assertEquals(before.fingerprint(), after.fingerprint());
  }

  @Test
  void reindentingKeepsTheFingerprint() throws Exception {
    Finding before = only(SERVER);
    String reindented =
        """
        package app;
        import io.vertx.core.Vertx;
        public class Server {
                Vertx vertx;
                void start() {
                        vertx.setTimer(
                            10,
                            id ->
                                Thread.sleep( 1 ));
                }
        }
        """;
    Finding after = only(reindented);
    assertNotEquals(before.location(), after.location());
    assertEquals(before.fingerprint(), after.fingerprint());
  }

  @Test
  void changingTheFlaggedExpressionChangesTheFingerprint() throws Exception {
    Finding before = only(SERVER);
    Finding after = only(SERVER.replace("Thread.sleep(1)", "Thread.sleep(250)"));
    assertEquals(before.location().startLine(), after.location().startLine());
    assertNotEquals(before.fingerprint(), after.fingerprint());
  }

  @Test
  void renamingTheEnclosingMethodChangesTheFingerprint() throws Exception {
    assertNotEquals(
        only(SERVER).fingerprint(),
        only(SERVER.replace("void start()", "void boot()")).fingerprint());
  }

  @Test
  void occurrenceIndexSeparatesTwoIdenticalCallsInOneMethod() throws Exception {
    String twice =
        SERVER.replace(
            "    vertx.setTimer(10, id -> Thread.sleep(1));\n",
            "    vertx.setTimer(10, id -> Thread.sleep(1));\n"
                + "    vertx.setTimer(10, id -> Thread.sleep(1));\n");
    List<Finding> two = findings(twice);
    assertEquals(2, two.size(), two.toString());
    assertNotEquals(two.get(0).fingerprint(), two.get(1).fingerprint());
    assertEquals(
        only(SERVER).fingerprint(), two.get(0).fingerprint(), "the first one is unchanged");

    // Both keep their identities when code moves above them.
    List<Finding> moved = findings(twice.replace("package app;\n", "\n\n\npackage app;\n"));
    assertEquals(
        two.stream().map(Finding::fingerprint).toList(),
        moved.stream().map(Finding::fingerprint).toList());
  }
}
