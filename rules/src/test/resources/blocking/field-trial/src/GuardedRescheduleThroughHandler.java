package fp;

import io.vertx.core.Context;
import java.util.ArrayDeque;

/**
 * FP pattern G (vertx-core InboundBuffer:293 fetch): the re-schedule sits behind an early-return
 * guard (`if (emitting) return`) that stops any re-entry while the callback runs, yet it is
 * reported "on every run"; the cycle itself only exists through class-hierarchy dispatch of
 * Listener.onItem (a project interface, as io.vertx.core.Handler is inside vertx-core) to an
 * unrelated listener that calls fetch().
 */
public class GuardedRescheduleThroughHandler {
  private final Context context;
  private final ArrayDeque<String> pending = new ArrayDeque<>();
  interface Listener {
    void onItem(String s);
  }

  private Listener handler;
  private boolean emitting;

  GuardedRescheduleThroughHandler(Context context) {
    this.context = context;
  }

  public void fetch() {
    synchronized (this) {
      if (emitting || pending.isEmpty()) {
        return;
      }
      emitting = true;
    }
    context.runOnContext(v -> drain()); // FP: RecursiveTickStarvation "on every run"
  }

  private void drain() {
    String s;
    while ((s = pending.poll()) != null) {
      handler.onItem(s);
    }
    emitting = false;
  }

  /** Some other handler in the tree that asks for more. */
  static final class Resumer implements Listener {
    private final GuardedRescheduleThroughHandler source;

    Resumer(GuardedRescheduleThroughHandler source) {
      this.source = source;
    }

    @Override
    public void onItem(String s) {
      source.fetch();
    }
  }
}
