package dev.asynclint.core.loop;

import dev.asynclint.core.java.CallFact;
import dev.asynclint.core.java.CodeUnit;
import dev.asynclint.core.model.ModelEntries;
import java.util.List;

/**
 * The shortest way from a loop entry point to a blocking call.
 *
 * @param entry where the loop runs our code
 * @param steps the calls taken, first in the entry's code, last the blocking call itself
 * @param sink the model entry the last call matched
 * @param otherSinks how many further blocking calls the same first step reaches
 */
public record BlockingPath(
    EntryPoint entry, List<Step> steps, ModelEntries.Blocking sink, int otherSinks) {

  /**
   * One call on the path.
   *
   * @param in the unit making the call
   * @param call the call
   * @param calleeLabel the chain label of what it calls ({@code UserDao.load}, {@code
   *     Statement.executeQuery}); empty for a lambda run in place
   */
  public record Step(CodeUnit in, CallFact call, String calleeLabel) {}

  public BlockingPath {
    steps = List.copyOf(steps);
  }

  /** Where the fix goes: the first call that leaves the entry's own code, or the sink. */
  public Step primary() {
    for (Step s : steps) {
      if (!s.calleeLabel().isEmpty()) {
        return s;
      }
    }
    return steps.get(steps.size() - 1);
  }

  /** {@code handler → UserService.describe → UserDao.load → Statement.executeQuery}. */
  public String chain() {
    var sb = new StringBuilder(entry.label());
    for (Step s : steps) {
      if (!s.calleeLabel().isEmpty()) {
        sb.append(" → ").append(s.calleeLabel());
      }
    }
    return sb.toString();
  }
}
