package dev.asynclint.core.rule;

/**
 * A check over the analysed project. Implementations are final, stateless and thread-safe: the
 * engine may call {@link #check} for several projects at once. A rule reads the project facts the
 * front ends built (summaries, call graph, module facts) and reports drafts; the engine turns them
 * into findings (severity from configuration, fingerprints, suppressions, ordering). A rule that
 * throws becomes a {@code rule-crash} diagnostic, never an aborted run.
 */
public interface Rule {
  RuleDescriptor descriptor();

  void check(RuleContext context);
}
