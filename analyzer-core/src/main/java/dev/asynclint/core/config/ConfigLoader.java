package dev.asynclint.core.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Reads and checks {@code asynclint.json}; writes the effective configuration back out. */
public final class ConfigLoader {
  /** The file name looked up in the base directory when no {@code --config} is given. */
  public static final String FILE_NAME = "asynclint.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // A repeated key would silently drop the first value, like a typo that changes nothing.
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private ConfigLoader() {}

  public static AsynclintConfig load(Path file) throws ConfigException {
    AsynclintConfig config;
    byte[] bytes = new byte[0];
    try {
      bytes = Files.readAllBytes(file);
      // Jackson rejects an empty document with an obscure message; say what to write instead.
      config =
          new String(bytes, StandardCharsets.UTF_8).isBlank()
              ? null
              : JSON.readValue(bytes, AsynclintConfig.class);
    } catch (UnrecognizedPropertyException e) {
      // A record's properties are buffered for its constructor, so Jackson reports an unknown key
      // at the end of the object; point at the key itself.
      throw new ConfigException(
          file
              + where(keyLocation(bytes, e.getPropertyName()).orElse(e.getLocation()))
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (JacksonException e) {
      throw new ConfigException(file + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigException("cannot read configuration " + file + ": " + e.getMessage(), e);
    }
    if (config == null) {
      throw new ConfigException(file + ": the configuration is empty; write {} for defaults");
    }
    check(config, file);
    return config;
  }

  private static String where(JsonLocation at) {
    return at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
  }

  /** Where the unknown top-level key is written (only the top level has fixed keys). */
  private static Optional<JsonLocation> keyLocation(byte[] bytes, String key) {
    try (JsonParser p = JSON.getFactory().createParser(bytes)) {
      int depth = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME && depth == 1 && key.equals(p.currentName())) {
          return Optional.of(p.currentTokenLocation());
        }
      }
    } catch (IOException again) {
      // fall back to Jackson's own location
    }
    return Optional.empty();
  }

  private static void check(AsynclintConfig c, Path file) throws ConfigException {
    for (Map.Entry<String, String> e : c.rules().entrySet()) {
      if (e.getValue() == null) {
        throw new ConfigException(
            file + ": rules." + e.getKey() + ": expected error, warning, note or off, not null");
      }
      if (!e.getValue().equalsIgnoreCase("off")) {
        try {
          Severity.parse(e.getValue());
        } catch (IllegalArgumentException bad) {
          throw new ConfigException(
              file + ": rules." + e.getKey() + ": " + bad.getMessage() + " or off");
        }
      }
    }
    for (Map.Entry<String, Boolean> e : c.families().entrySet()) {
      String family = e.getKey();
      if (e.getValue() == null) {
        throw new ConfigException(file + ": families." + family + ": expected true or false");
      }
      try {
        Family.parse(family);
      } catch (IllegalArgumentException bad) {
        throw new ConfigException(file + ": families: " + bad.getMessage());
      }
    }
    if (c.maxFileBytes() != null && c.maxFileBytes() < 1) {
      throw new ConfigException(
          file + ": maxFileBytes must be at least 1, was " + c.maxFileBytes());
    }
    if (c.failOn() != null) {
      try {
        Severity.parse(c.failOn());
      } catch (IllegalArgumentException bad) {
        throw new ConfigException(file + ": failOn: " + bad.getMessage());
      }
    }
  }

  /** The configuration as indented JSON with sorted keys, for {@code --print-config}. */
  public static String toJson(AsynclintConfig config) {
    try {
      return JSON.writeValueAsString(config) + "\n";
    } catch (JacksonException e) {
      throw new IllegalStateException("configuration is always serialisable", e);
    }
  }
}
