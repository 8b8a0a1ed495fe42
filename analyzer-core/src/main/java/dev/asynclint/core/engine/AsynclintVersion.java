package dev.asynclint.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of asynclint, from the build. */
public final class AsynclintVersion {
  private static final String VERSION = load();

  private AsynclintVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in =
        AsynclintVersion.class.getResourceAsStream("/dev/asynclint/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      var p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
