package app;

import io.vertx.core.Vertx;

/** Suppressions in every supported form; only the unsuppressed call is reported. */
public class Suppressed {
  private final Vertx vertx;

  public Suppressed(Vertx vertx) {
    this.vertx = vertx;
  }

  void comment() {
    // asynclint-disable-next-line BlockingCallOnEventLoop -- startup only, before traffic
    vertx.setTimer(1, id -> nap());
    vertx.setTimer(1, id -> nap()); // expect: BlockingCallOnEventLoop
  }

  @SuppressWarnings("asynclint:BlockingCallOnEventLoop")
  void annotatedMethod() {
    vertx.setTimer(1, id -> nap());
  }

  @SuppressWarnings({"unchecked", "asynclint"})
  void suppressAll() {
    vertx.setTimer(1, id -> nap());
  }

  @SuppressWarnings("asynclint:SomeOtherRule")
  void otherRule() {
    vertx.setTimer(1, id -> nap()); // expect: BlockingCallOnEventLoop
  }

  static void nap() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
