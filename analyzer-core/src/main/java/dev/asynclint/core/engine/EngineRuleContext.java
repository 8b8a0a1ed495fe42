package dev.asynclint.core.engine;

import dev.asynclint.core.model.ApiModel;
import dev.asynclint.core.rule.FindingDraft;
import dev.asynclint.core.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The context of one rule in one run; collects the rule's drafts. */
final class EngineRuleContext implements RuleContext {
  private final Map<Class<?>, Object> facts;
  private final ApiModel model;
  private final AnalysisSettings settings;
  private final List<FindingDraft> drafts = new ArrayList<>();

  EngineRuleContext(Map<Class<?>, Object> facts, ApiModel model, AnalysisSettings settings) {
    this.facts = facts;
    this.model = model;
    this.settings = settings;
  }

  @Override
  public <T> Optional<T> facts(Class<T> type) {
    return Optional.ofNullable(facts.get(type)).map(type::cast);
  }

  @Override
  public ApiModel model() {
    return model;
  }

  @Override
  public AnalysisSettings settings() {
    return settings;
  }

  @Override
  public synchronized void report(FindingDraft draft) {
    drafts.add(draft);
  }

  synchronized List<FindingDraft> drafts() {
    return List.copyOf(drafts);
  }
}
