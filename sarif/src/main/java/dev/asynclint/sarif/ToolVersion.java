package dev.asynclint.sarif;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build, filled in by Maven resource filtering of {@code version.properties}.
 */
public final class ToolVersion {
  private ToolVersion() {}

  public static String current() {
    try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the sarif jar");
      }
      var props = new Properties();
      props.load(in);
      String version = props.getProperty("version", "");
      if (version.isBlank() || version.contains("${")) {
        throw new IllegalStateException("version.properties was not filtered: " + version);
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
