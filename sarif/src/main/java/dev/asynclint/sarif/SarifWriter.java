package dev.asynclint.sarif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.rule.RuleDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link AnalysisResult} as a SARIF 2.1.0 log with one run, shaped for GitHub code
 * scanning (DESIGN 8). The output is a function of the result and the options only: rules sorted by
 * id, results in {@link Finding#ORDER}, notifications in {@link Diagnostic#ORDER}, fixed key order,
 * no timestamps or absolute paths, {@code \n} line ends. So the same tree gives the same bytes
 * whatever {@code --jobs} is.
 */
public final class SarifWriter {
  /** The final OASIS schema; GitHub and the SARIF validator both accept this URI. */
  public static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  public static final String TOOL_NAME = "asynclint";
  public static final String INFORMATION_URI = "https://github.com/asynclint/asynclint";

  private final SarifOptions options;

  public SarifWriter(SarifOptions options) {
    this.options = options;
  }

  /** Writes the log and a final newline; flushes but does not close {@code out}. */
  public void write(AnalysisResult result, Writer out) throws IOException {
    SarifJson.WRITER.writeValue(out, log(result));
    out.write('\n');
    out.flush();
  }

  /** Writes the log as UTF-8; flushes but does not close {@code out}. */
  public void write(AnalysisResult result, OutputStream out) throws IOException {
    write(result, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** The log as a string, for tests and callers that want it whole. */
  public String toJson(AnalysisResult result) {
    var out = new java.io.StringWriter();
    try {
      write(result, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  ObjectNode log(AnalysisResult result) {
    ObjectNode log = SarifJson.object();
    log.put("$schema", SCHEMA_URI);
    log.put("version", "2.1.0");
    log.putArray("runs").add(run(result));
    return log;
  }

  private ObjectNode run(AnalysisResult result) {
    List<RuleDescriptor> rules = new ArrayList<>(result.rules());
    rules.sort(Comparator.comparing(RuleDescriptor::id));
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }

    ObjectNode run = SarifJson.object();
    run.set("tool", SarifJson.object().set("driver", driver(rules)));
    options
        .automationId()
        .ifPresent(id -> run.set("automationDetails", SarifJson.object().put("id", id)));
    run.putArray("invocations").add(invocation(result));
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode results = run.putArray("results");
    for (Finding f : reported(result)) {
      Integer index = ruleIndex.get(f.ruleId());
      if (index == null) {
        throw new IllegalArgumentException(
            "finding of rule " + f.ruleId() + " but no descriptor for it in the result");
      }
      results.add(ResultNodes.of(f, index));
    }
    return run;
  }

  private ObjectNode driver(List<RuleDescriptor> rules) {
    ObjectNode driver = SarifJson.object();
    driver.put("name", TOOL_NAME);
    driver.put("version", options.toolVersion());
    driver.put("semanticVersion", options.toolVersion());
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode ruleNodes = driver.putArray("rules");
    rules.forEach(r -> ruleNodes.add(RuleNodes.of(r)));
    driver.set("notifications", NotificationNodes.descriptors());
    return driver;
  }

  /**
   * The analysis ran, so the invocation succeeded: problems with single files or rules are
   * notifications, not a failed execution (GitHub would otherwise flag the whole upload).
   */
  private static ObjectNode invocation(AnalysisResult result) {
    ObjectNode invocation = SarifJson.object();
    invocation.put("executionSuccessful", true);
    List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
    diagnostics.sort(Diagnostic.ORDER);
    if (!diagnostics.isEmpty()) {
      ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
      diagnostics.forEach(d -> notifications.add(NotificationNodes.of(d)));
    }
    return invocation;
  }

  private List<Finding> reported(AnalysisResult result) {
    var findings = new ArrayList<Finding>();
    for (Finding f : result.findings()) {
      if (options.includeSuppressed() || !f.isSuppressed()) {
        findings.add(f);
      }
    }
    findings.sort(Finding.ORDER);
    return findings;
  }
}
