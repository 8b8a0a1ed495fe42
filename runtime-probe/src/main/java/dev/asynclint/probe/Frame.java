package dev.asynclint.probe;

/**
 * One stack frame of a probe event.
 *
 * @param className fully qualified class name
 * @param method method name
 * @param file source file name, or null when unknown
 * @param line line number, or -1 when unknown
 */
public record Frame(String className, String method, String file, int line) {

  static Frame of(StackTraceElement e) {
    return new Frame(e.getClassName(), e.getMethodName(), e.getFileName(), e.getLineNumber());
  }
}
