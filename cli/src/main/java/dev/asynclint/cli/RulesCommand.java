package dev.asynclint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.core.rule.RuleDescriptor;
import dev.asynclint.rules.BuiltInRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code asynclint rules}: the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the rules.")
final class RulesCommand implements Callable<Integer> {
  @Option(
      names = "--format",
      description = "text or json (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  String format;

  @Override
  public Integer call() throws Exception {
    List<RuleDescriptor> rules = BuiltInRules.all().stream().map(Rule::descriptor).toList();
    var out = Streams.out();
    if (format.equalsIgnoreCase("json")) {
      var list =
          rules.stream()
              .map(
                  r -> {
                    var m = new LinkedHashMap<String, Object>();
                    m.put("id", r.id());
                    m.put("family", r.family().id());
                    m.put("severity", r.defaultSeverity().id());
                    m.put("precision", r.precision().id());
                    m.put("summary", r.summary());
                    m.put("tags", r.allTags());
                    return m;
                  })
              .toList();
      out.print(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list)
              + "\n");
      return ExitCodes.CLEAN;
    }
    if (!format.equalsIgnoreCase("text")) {
      Streams.err().println("asynclint: unknown format '" + format + "' (text or json)");
      return ExitCodes.USAGE;
    }
    int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
    for (RuleDescriptor r : rules) {
      out.printf(
          "%-" + width + "s  %-12s %-8s %s%n",
          r.id(),
          r.family().id(),
          r.defaultSeverity().id(),
          r.summary());
    }
    return ExitCodes.CLEAN;
  }
}
