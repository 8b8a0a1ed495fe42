package dev.asynclint.core.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The configuration file {@code asynclint.json} (DESIGN 7). Every key is optional and has the same
 * name as the CLI option and Maven parameter it stands for; options given on the command line win.
 * Unknown keys are an error, so a typo never silently changes nothing.
 *
 * @param rules rule id to {@code off}, {@code error}, {@code warning} or {@code note}
 * @param families family id ({@code blocking}, {@code module-type} …) to enabled
 * @param include globs of files to analyse (relative to the base directory); empty means all
 * @param exclude globs of files to skip
 * @param models extra API-model files, relative to the configuration file
 * @param classpath jars for type resolution, relative to the configuration file
 * @param nodeVersion Node.js target version for the module-type rules
 * @param failOn lowest severity that fails the run
 * @param maxFileBytes larger files are reported and skipped
 * @param scanNodeModules analyse {@code node_modules} too
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder(alphabetic = true)
public record AsynclintConfig(
    Map<String, String> rules,
    Map<String, Boolean> families,
    List<String> include,
    List<String> exclude,
    List<String> models,
    List<String> classpath,
    String nodeVersion,
    String failOn,
    Long maxFileBytes,
    Boolean scanNodeModules) {

  public AsynclintConfig {
    rules = rules == null ? Map.of() : new TreeMap<>(rules);
    families = families == null ? Map.of() : new TreeMap<>(families);
    include = include == null ? List.of() : List.copyOf(include);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    models = models == null ? List.of() : List.copyOf(models);
    classpath = classpath == null ? List.of() : List.copyOf(classpath);
  }

  public static AsynclintConfig empty() {
    return new AsynclintConfig(null, null, null, null, null, null, null, null, null, null);
  }
}
