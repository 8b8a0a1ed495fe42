package dev.asynclint.core.rule;

import dev.asynclint.core.engine.AnalysisSettings;
import dev.asynclint.core.model.ApiModel;
import java.util.Optional;

/**
 * What a rule sees of one analysis run. Project facts are looked up by type so that each front end
 * (Java, JavaScript, later others) adds its own without changing this interface; a rule asks for
 * the facts it understands, e.g. {@code context.facts(JavaProject.class)}.
 */
public interface RuleContext {
  /** The project facts of one front end, empty when that language was not analysed. */
  <T> Optional<T> facts(Class<T> type);

  /** The merged API models (library knowledge). */
  ApiModel model();

  /** Run settings rules may consult (Node target, thresholds). */
  AnalysisSettings settings();

  /** Reports one finding of the calling rule. */
  void report(FindingDraft draft);
}
