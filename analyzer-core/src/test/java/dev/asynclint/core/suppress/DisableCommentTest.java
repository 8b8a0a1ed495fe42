package dev.asynclint.core.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link DisableComment}: the one syntax of {@code asynclint-disable-next-line} comments. */
class DisableCommentTest {
  private static DisableComment.Parsed parsed(String text) {
    return DisableComment.parse(text).orElseThrow(() -> new AssertionError("no match: " + text));
  }

  private static List<String> ids(String text) {
    return List.copyOf(parsed(text).ruleIds());
  }

  @Test
  void noRuleMeansEveryRule() {
    assertEquals(new DisableComment.Parsed(Set.of(), ""), parsed("asynclint-disable-next-line"));
    assertEquals(Set.of(), parsed(" asynclint-disable-next-line   ").ruleIds());
  }

  @Test
  void oneRule() {
    assertEquals(
        new DisableComment.Parsed(Set.of("BlockingCallOnEventLoop"), ""),
        parsed("asynclint-disable-next-line BlockingCallOnEventLoop"));
  }

  @Test
  void severalRulesSeparatedByCommasOrSpaces() {
    List<String> expected = List.of("RuleA", "RuleB", "RuleC");
    assertEquals(expected, ids("asynclint-disable-next-line RuleA, RuleB, RuleC"));
    assertEquals(expected, ids("asynclint-disable-next-line RuleA,RuleB,RuleC"));
    assertEquals(expected, ids("asynclint-disable-next-line RuleA RuleB\tRuleC"));
    assertEquals(expected, ids("asynclint-disable-next-line RuleA , RuleB RuleC,"));
    assertEquals(expected, ids("asynclint-disable-next-line ,RuleA,,RuleB,RuleC"));
  }

  @Test
  void rulesKeepTheirWrittenOrderAndRepeatsCollapse() {
    assertEquals(List.of("RuleB", "RuleA"), ids("asynclint-disable-next-line RuleB RuleA RuleB"));
  }

  @Test
  void justificationFollowsTwoDashes() {
    assertEquals(
        new DisableComment.Parsed(Set.of("RuleA"), "warm-up only, runs before the loop starts"),
        parsed("asynclint-disable-next-line RuleA -- warm-up only, runs before the loop starts"));
    assertEquals(
        "no space", parsed("asynclint-disable-next-line RuleA --no space").justification());
    assertEquals("a -- b", parsed("asynclint-disable-next-line RuleA -- a -- b").justification());
    assertEquals("", parsed("asynclint-disable-next-line RuleA --   ").justification());
    assertEquals(
        List.of("RuleA", "RuleB"), ids("asynclint-disable-next-line RuleA, RuleB -- reason"));
  }

  @Test
  void justificationWithoutRulesSuppressesEverything() {
    assertEquals(
        new DisableComment.Parsed(Set.of(), "generated code"),
        parsed("asynclint-disable-next-line -- generated code"));
  }

  @Test
  void surroundingWhitespaceIsIgnored() {
    assertEquals(List.of("RuleA"), ids("\t  asynclint-disable-next-line   RuleA  \n"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "asynclint",
        "asynclint-disable RuleA",
        "asynclint-disable-line RuleA",
        "asynclint-disable-next-lineRuleA",
        "asynclint-disable-next-line-RuleA",
        "eslint-disable-next-line no-console",
        "TODO asynclint-disable-next-line RuleA",
        "see asynclint-disable-next-line",
        "ASYNCLINT-DISABLE-NEXT-LINE RuleA",
      })
  void otherCommentsAreNotDisableComments(String text) {
    assertEquals(Optional.empty(), DisableComment.parse(text));
  }
}
