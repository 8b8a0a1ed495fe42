package dev.asynclint.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PromiseTest {
  @RegisterExtension final Calls calls = new Calls();
  private final EventLoop loop = EventLoop.builder().clock(new VirtualClock()).build();
  private final List<String> out = new ArrayList<>();

  @Test
  void reactionsRunAsMicrotasksAfterTheCurrentCallback() {
    loop.run(
        () -> {
          Promise.resolve(loop, 1).then(v -> out.add("then " + v));
          out.add("sync");
        });
    assertEquals(List.of("sync", "then 1"), out);
  }

  @Test
  void chainPassesValuesAndCatchRecovers() {
    RuntimeException boom = new RuntimeException("boom");
    loop.run(
        () ->
            Promise.resolve(loop, 2)
                .<Integer>then(v -> v * 10)
                .then(
                    v -> {
                      out.add("got " + v);
                      throw boom;
                    })
                .then(
                    v -> {
                      calls.mustNotCall("skipped after a throw").run();
                      return v;
                    })
                .catchError(
                    e -> {
                      assertSame(boom, e);
                      out.add("caught");
                      return "recovered";
                    })
                .andFinally(() -> out.add("finally"))
                .then(v -> out.add("after finally: " + v)));
    assertEquals(List.of("got 20", "caught", "finally", "after finally: recovered"), out);
  }

  @Test
  void adoptionOfAPromiseTakesTwoExtraMicrotaskHops() {
    // V8: resolving with a promise queues NewPromiseResolveThenableJob, which then() queues
    // the reaction: the adopted value arrives after two plain reactions queued alongside.
    loop.run(
        () -> {
          Promise<Object> inner = Promise.resolve(loop, "inner");
          Promise.resolve(loop, null).then(v -> inner).then(v -> out.add("adopted " + v));
          Promise.resolve(loop, null)
              .then(v -> out.add("p1"))
              .then(v -> out.add("p2"))
              .then(v -> out.add("p3"))
              .then(v -> out.add("p4"));
        });
    assertEquals(List.of("p1", "p2", "p3", "adopted inner", "p4"), out);
  }

  @Test
  void executorResolvesLater() {
    loop.run(
        () ->
            Promise.<String>create(
                    loop, (resolve, reject) -> loop.setTimeout(() -> resolve.accept("late"), 5))
                .then(v -> out.add(v)));
    assertEquals(List.of("late"), out);
  }

  @Test
  void unhandledRejectionFailsTheLoop() {
    IllegalStateException cause = new IllegalStateException("nobody listens");
    CallbackFailedException e =
        assertThrows(
            CallbackFailedException.class, () -> loop.run(() -> Promise.reject(loop, cause)));
    assertSame(cause, e.getCause());
  }

  @Test
  void uncaughtExceptionInCallbackEndsRun() {
    IllegalStateException cause = new IllegalStateException("thrown in a timer");
    CallbackFailedException e =
        assertThrows(
            CallbackFailedException.class,
            () ->
                loop.run(
                    () -> {
                      loop.setTimeout(
                          () -> {
                            throw cause;
                          },
                          1);
                      loop.setTimeout(calls.mustNotCall("after the failure"), 2);
                    }));
    assertSame(cause, e.getCause());
  }
}
