package dev.asynclint.runtime;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Node's test/common {@code mustCall}/{@code mustNotCall}: wrap a callback, and after the test
 * every wrapped callback must have run exactly the expected number of times. Register with
 * {@code @RegisterExtension final Calls calls = new Calls();}.
 */
public final class Calls implements AfterEachCallback {
  private final List<Expectation> expectations = new ArrayList<>();

  private static final class Expectation {
    final String site;
    final int expected;
    int actual;

    Expectation(String site, int expected) {
      this.site = site;
      this.expected = expected;
    }
  }

  /** The callback must run exactly once. */
  public Runnable mustCall(Runnable fn) {
    return mustCall(fn, 1);
  }

  /** The callback must run exactly {@code times} times. */
  public Runnable mustCall(Runnable fn, int times) {
    Expectation e = expect(times);
    return () -> {
      e.actual++;
      fn.run();
    };
  }

  /** A callback with an argument that must run exactly once. */
  public <T> Consumer<T> mustCall(Consumer<T> fn) {
    Expectation e = expect(1);
    return x -> {
      e.actual++;
      fn.accept(x);
    };
  }

  /** A Node-style (err, value) callback that must run exactly once. */
  public <T> Callback<T> mustCall(Callback<T> fn) {
    Expectation e = expect(1);
    return (err, value) -> {
      e.actual++;
      fn.done(err, value);
    };
  }

  /** A callback that does nothing and must run exactly once. */
  public Runnable mustCall() {
    return mustCall(() -> {}, 1);
  }

  /** A callback that fails the test if it ever runs. */
  public Runnable mustNotCall(String why) {
    return () -> fail("mustNotCall: " + why);
  }

  /** Checks every expectation now (also done after each test). */
  public void verify() {
    for (Expectation e : expectations) {
      if (e.actual != e.expected) {
        fail("mustCall at " + e.site + ": expected " + e.expected + " call(s), got " + e.actual);
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      verify();
    } finally {
      expectations.clear();
    }
  }

  private Expectation expect(int times) {
    StackTraceElement caller = new Throwable().getStackTrace()[2];
    Expectation e = new Expectation(caller.getFileName() + ":" + caller.getLineNumber(), times);
    expectations.add(e);
    return e;
  }
}
