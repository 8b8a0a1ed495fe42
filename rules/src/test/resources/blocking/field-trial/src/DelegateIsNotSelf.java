package fp;

import io.vertx.core.Vertx;

/**
 * FP pattern F (vertx-web RoutingContextDecorator:91/97/102/158): a decorator that forwards a call
 * to the object it wraps from inside runOnContext is reported as re-scheduling itself "on every
 * run": class-hierarchy dispatch of inner.next() includes the decorator's own next().
 */
public class DelegateIsNotSelf {
  interface Step {
    void next();
  }

  static final class OnContext implements Step {
    private final Vertx vertx;
    private final Step inner; // another Step, never this one

    OnContext(Vertx vertx, Step inner) {
      this.vertx = vertx;
      this.inner = inner;
    }

    @Override
    public void next() {
      vertx.runOnContext(v -> inner.next()); // FP: RecursiveTickStarvation "on every run"
    }
  }
}
