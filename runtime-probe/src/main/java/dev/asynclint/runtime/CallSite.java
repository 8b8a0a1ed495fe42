package dev.asynclint.runtime;

import java.util.List;
import java.util.stream.Collectors;

/** Captures the caller's stack, skipping the runtime's own frames. */
public final class CallSite {
  private static final int MAX_FRAMES = 32;
  private static final StackWalker WALKER = StackWalker.getInstance();

  private CallSite() {}

  /**
   * The current stack from the first frame outside {@code dev.asynclint.runtime} (the user code
   * that called into the runtime) up to the loop's dispatch frame, at most 32 frames.
   */
  public static List<StackTraceElement> capture() {
    return WALKER.walk(
        frames ->
            frames
                .dropWhile(f -> isRuntime(f.getClassName()))
                .takeWhile(f -> !f.getClassName().equals(EventLoop.class.getName()))
                .limit(MAX_FRAMES)
                .map(StackWalker.StackFrame::toStackTraceElement)
                .collect(Collectors.toUnmodifiableList()));
  }

  /** Whether a class is part of the runtime (its frames are never the user's call site). */
  public static boolean isRuntime(String className) {
    return className.startsWith("dev.asynclint.runtime.") || className.startsWith("java.");
  }
}
