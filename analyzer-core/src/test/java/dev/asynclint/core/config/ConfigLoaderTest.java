package dev.asynclint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConfigLoader}: {@code asynclint.json} is read strictly and written back stably. */
class ConfigLoaderTest {
  @TempDir Path dir;

  private Path write(String json) throws IOException {
    return Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), json);
  }

  private ConfigException rejected(String json) throws IOException {
    Path file = write(json);
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    return e;
  }

  @Test
  void readsEveryKey() throws Exception {
    AsynclintConfig c =
        ConfigLoader.load(
            write(
                """
                {
                  "rules": {"BlockingCallOnEventLoop": "warning", "RequireOfEsm": "off"},
                  "families": {"module-type": false},
                  "include": ["src/**"],
                  "exclude": ["src/gen/**"],
                  "models": ["models/ours.json"],
                  "nodeVersion": "20.11",
                  "failOn": "error",
                  "maxFileBytes": 1048576,
                  "scanNodeModules": true
                }
                """));
    assertEquals(Map.of("BlockingCallOnEventLoop", "warning", "RequireOfEsm", "off"), c.rules());
    assertEquals(Map.of("module-type", false), c.families());
    assertEquals(List.of("src/**"), c.include());
    assertEquals(List.of("src/gen/**"), c.exclude());
    assertEquals(List.of("models/ours.json"), c.models());
    assertEquals("20.11", c.nodeVersion());
    assertEquals("error", c.failOn());
    assertEquals(1048576L, c.maxFileBytes());
    assertEquals(true, c.scanNodeModules());
  }

  @Test
  void emptyObjectIsTheDefaults() throws Exception {
    assertEquals(AsynclintConfig.empty(), ConfigLoader.load(write("{}")));
  }

  @Test
  void severitiesAndOffAreCaseInsensitive() throws Exception {
    AsynclintConfig c =
        ConfigLoader.load(
            write("{\"rules\": {\"A\": \"OFF\", \"B\": \"Note\"}, \"failOn\": \"WARNING\"}"));
    assertEquals(Map.of("A", "OFF", "B", "Note"), c.rules());
  }

  @Test
  void unknownKeyNamesFileLineAndColumn() throws Exception {
    ConfigException e =
        rejected(
            """
            {
              "rules": {},
                "rulez": {"BlockingCallOnEventLoop": "off"}
            }
            """);
    String where =
        e.getMessage().substring(dir.resolve(ConfigLoader.FILE_NAME).toString().length());
    assertTrue(where.startsWith(":3:5: "), "points at the key: " + e.getMessage());
    assertTrue(e.getMessage().contains("\"rulez\""), e.getMessage());
  }

  @Test
  void malformedJsonNamesFileLineAndColumn() throws Exception {
    ConfigException e = rejected("{\n  \"failOn\": \"error\",\n  \"include\": [\"a\" \"b\"]\n}\n");
    String where =
        e.getMessage().substring(dir.resolve(ConfigLoader.FILE_NAME).toString().length());
    assertTrue(where.matches("^:3:\\d+: .*"), e.getMessage());
  }

  @Test
  void wrongValueTypeIsRejectedWithItsPosition() throws Exception {
    ConfigException e = rejected("{\n\"maxFileBytes\": \"big\"\n}");
    assertTrue(e.getMessage().contains(":2:"), e.getMessage());
  }

  @Test
  void badRuleSeverityNamesTheRule() throws Exception {
    ConfigException e = rejected("{\"rules\": {\"BlockingCallOnEventLoop\": \"fatal\"}}");
    assertTrue(e.getMessage().contains("rules.BlockingCallOnEventLoop"), e.getMessage());
    assertTrue(e.getMessage().contains("'fatal'"), e.getMessage());
    assertTrue(e.getMessage().contains("or off"), e.getMessage());
  }

  @Test
  void badFamilyIsRejected() throws Exception {
    ConfigException e = rejected("{\"families\": {\"blocking\": true, \"blockin\": false}}");
    assertTrue(e.getMessage().contains("families"), e.getMessage());
    assertTrue(e.getMessage().contains("'blockin'"), e.getMessage());
  }

  @Test
  void badFailOnIsRejected() throws Exception {
    ConfigException e = rejected("{\"failOn\": \"never\"}");
    assertTrue(e.getMessage().contains("failOn"), e.getMessage());
    assertTrue(e.getMessage().contains("'never'"), e.getMessage());
  }

  @Test
  void emptyFileSaysHowToWriteTheDefaults() throws Exception {
    for (String empty : List.of("", "  \n", "null")) {
      ConfigException e = rejected(empty);
      assertTrue(e.getMessage().contains("the configuration is empty"), e.getMessage());
    }
  }

  @Test
  void nullValuesAreRejectedNotCrashes() throws Exception {
    ConfigException rule = rejected("{\"rules\": {\"BlockingCallOnEventLoop\": null}}");
    assertTrue(rule.getMessage().contains("rules.BlockingCallOnEventLoop"), rule.getMessage());
    ConfigException family = rejected("{\"families\": {\"blocking\": null}}");
    assertTrue(family.getMessage().contains("families.blocking"), family.getMessage());
    rejected("{\"include\": [\"src/**\", null]}");
  }

  @Test
  void repeatedKeyIsRejectedWhereItIsRepeated() throws Exception {
    ConfigException top = rejected("{\n  \"failOn\": \"error\",\n  \"failOn\": \"note\"\n}\n");
    assertTrue(top.getMessage().contains(":3:"), top.getMessage());
    assertTrue(top.getMessage().contains("failOn"), top.getMessage());
    ConfigException rule =
        rejected(
            "{\"rules\": {\"BlockingCallOnEventLoop\": \"off\", \"BlockingCallOnEventLoop\": \"error\"}}");
    assertTrue(rule.getMessage().contains("BlockingCallOnEventLoop"), rule.getMessage());
  }

  @Test
  void missingFileIsAConfigException() {
    Path missing = dir.resolve("none.json");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void toJsonHasSortedKeysAndOmitsUnsetScalars() {
    var rules = new LinkedHashMap<String, String>();
    rules.put("Zeta", "off");
    rules.put("Alpha", "note");
    var families = new LinkedHashMap<String, Boolean>();
    families.put("starvation", false);
    families.put("backpressure", true);
    var config =
        new AsynclintConfig(
            rules, families, List.of("b/**", "a/**"), null, null, null, null, "warning", 10L, null);
    assertEquals(
        String.join(
            "\n",
            "{",
            "  \"classpath\" : [ ],",
            "  \"exclude\" : [ ],",
            "  \"failOn\" : \"warning\",",
            "  \"families\" : {",
            "    \"backpressure\" : true,",
            "    \"starvation\" : false",
            "  },",
            "  \"include\" : [ \"b/**\", \"a/**\" ],",
            "  \"maxFileBytes\" : 10,",
            "  \"models\" : [ ],",
            "  \"rules\" : {",
            "    \"Alpha\" : \"note\",",
            "    \"Zeta\" : \"off\"",
            "  }",
            "}",
            ""),
        ConfigLoader.toJson(config).replace(System.lineSeparator(), "\n"));
  }

  @Test
  void toJsonRoundTripsThroughLoad() throws Exception {
    AsynclintConfig original =
        ConfigLoader.load(
            write(
                "{\"scanNodeModules\": false, \"rules\": {\"B\": \"error\", \"A\": \"off\"},"
                    + " \"nodeVersion\": \"22\", \"exclude\": [\"x/**\"]}"));
    String json = ConfigLoader.toJson(original);
    AsynclintConfig again = ConfigLoader.load(write(json));
    assertEquals(original, again);
    assertEquals(json, ConfigLoader.toJson(again), "same config, same bytes");
  }
}
