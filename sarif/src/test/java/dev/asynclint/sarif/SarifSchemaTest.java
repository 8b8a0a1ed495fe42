package dev.asynclint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The schema check must be able to fail, or every "valid" above means nothing. */
class SarifSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> violationsAfter(Consumer<ObjectNode> edit) throws Exception {
    ObjectNode log =
        (ObjectNode)
            JSON.readTree(new SarifWriter(SarifGoldenTest.options()).toJson(SampleResults.chain()));
    edit.accept(log);
    return SarifSchema.violations(JSON.writeValueAsString(log));
  }

  @Test
  void acceptsOurLog() throws Exception {
    assertEquals(List.of(), violationsAfter(log -> {}));
  }

  @Test
  void rejectsAnUnknownLevel() throws Exception {
    List<String> v =
        violationsAfter(log -> ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal"));
    assertFalse(v.isEmpty());
    assertTrue(v.toString().contains("level"), v.toString());
  }

  @Test
  void rejectsAResultWithoutMessage() throws Exception {
    assertFalse(
        violationsAfter(log -> ((ObjectNode) log.at("/runs/0/results/0")).remove("message"))
            .isEmpty());
  }

  @Test
  void rejectsAnUnknownPropertyAndAWrongVersion() throws Exception {
    assertFalse(violationsAfter(log -> log.put("version", "2.0.0")).isEmpty());
    assertFalse(
        violationsAfter(log -> ((ObjectNode) log.at("/runs/0")).put("colour", "red")).isEmpty());
  }

  @Test
  void checksUriFormat() throws Exception {
    List<String> v =
        violationsAfter(
            log ->
                ((ObjectNode)
                        log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation"))
                    .put("uri", "src/has space/A.java"));
    assertFalse(v.isEmpty(), "an unencoded space is not a uri-reference");
  }
}
