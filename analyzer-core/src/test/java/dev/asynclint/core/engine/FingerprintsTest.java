package dev.asynclint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Fingerprints}: what a line-independent identity depends on, and what it ignores. */
class FingerprintsTest {
  private static final String RULE = "BlockingCallOnEventLoop";
  private static final String PATH = "src/main/java/app/Server.java";
  private static final String ANCHOR = "app.Server#start()";
  private static final String SNIPPET = "Thread.sleep(1)";

  private static String fp(String rule, String path, String anchor, String snippet, int n) {
    return Fingerprints.of(rule, path, anchor, snippet, n);
  }

  @Test
  void isStableAndShort() {
    String one = fp(RULE, PATH, ANCHOR, SNIPPET, 0);
    assertEquals(one, fp(RULE, PATH, ANCHOR, SNIPPET, 0));
    assertTrue(one.matches("[0-9a-f]{32}"), one);
  }

  @Test
  void pinnedValueGuardsBaselinesWrittenByEarlierVersions() {
    // Baselines store fingerprints: changing the hash input silently invalidates every baseline.
    assertEquals("9be2dec474161217766799c11f1f020e", fp(RULE, PATH, ANCHOR, SNIPPET, 0));
    assertEquals(
        "9be2dec474161217766799c11f1f020e", fp(RULE, PATH, ANCHOR, "Thread . sleep ( 1 )", 0));
  }

  @Test
  void whitespaceInTheSnippetDoesNotMatter() {
    String flat = fp(RULE, PATH, ANCHOR, "vertx.setTimer(10, id -> Thread.sleep(1))", 0);
    assertEquals(
        flat, fp(RULE, PATH, ANCHOR, "vertx.setTimer(\n    10,\n\tid ->\r\n Thread.sleep(1))", 0));
    assertEquals("a(b,c)", Fingerprints.normaliseSnippet(" a ( b ,\n\t c ) "));
  }

  @Test
  void everyPartOfTheIdentityMatters() {
    var all =
        List.of(
            fp(RULE, PATH, ANCHOR, SNIPPET, 0),
            fp("OtherRule", PATH, ANCHOR, SNIPPET, 0),
            fp(RULE, "src/Other.java", ANCHOR, SNIPPET, 0),
            fp(RULE, PATH, "app.Server#stop()", SNIPPET, 0),
            fp(RULE, PATH, ANCHOR, "Thread.sleep(2)", 0),
            fp(RULE, PATH, ANCHOR, SNIPPET, 1));
    assertEquals(all.size(), new HashSet<>(all).size(), all.toString());
  }

  @Test
  void partsCannotBleedIntoEachOther() {
    // The separator keeps "ab" + "c" apart from "a" + "bc".
    assertNotEquals(fp(RULE, "ab", "c", SNIPPET, 0), fp(RULE, "a", "bc", SNIPPET, 0));
    assertNotEquals(fp(RULE, PATH, ANCHOR, "x1", 1), fp(RULE, PATH, ANCHOR, "x", 11));
  }
}
