package dev.asynclint.runtime;

import java.util.List;
import java.util.stream.Collectors;

/** Captures the caller's stack, skipping the runtime's own frames. */
public final class CallSite {
  private static final int MAX_FRAMES = 32;
  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
  private static final java.security.CodeSource RUNTIME_CODE =
      CallSite.class.getProtectionDomain().getCodeSource();

  private CallSite() {}

  /**
   * The current stack from the first frame outside {@code dev.asynclint.runtime} (the user code
   * that called into the runtime) up to the loop's dispatch frame, at most 32 frames.
   */
  public static List<StackTraceElement> capture() {
    return WALKER.walk(
        frames ->
            frames
                .dropWhile(f -> isRuntime(f.getDeclaringClass()))
                .takeWhile(f -> !f.getClassName().equals(EventLoop.class.getName()))
                .limit(MAX_FRAMES)
                .map(StackWalker.StackFrame::toStackTraceElement)
                .collect(Collectors.toUnmodifiableList()));
  }

  /**
   * Whether a class is part of the runtime or the JDK (its frames are never the user's call site).
   * Runtime classes are recognised by their jar (code source), so user code that shares a package
   * name with the runtime, such as its tests, still counts as the caller.
   */
  static boolean isRuntime(Class<?> c) {
    if (c.getName().startsWith("java.")) {
      return true;
    }
    if (!c.getName().startsWith("dev.asynclint.runtime.")) {
      return false;
    }
    java.security.CodeSource source = c.getProtectionDomain().getCodeSource();
    return RUNTIME_CODE == null
        || source == null
        || RUNTIME_CODE.getLocation().equals(source.getLocation());
  }
}
