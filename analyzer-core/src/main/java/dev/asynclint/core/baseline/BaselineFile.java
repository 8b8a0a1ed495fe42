package dev.asynclint.core.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline file format (docs/fingerprints.md): small, sorted, human-readable JSON with {@code
 * \n} line ends.
 *
 * <pre>{@code
 * {
 *   "asynclintBaseline": 1,
 *   "fingerprints": "asynclint/v1",
 *   "findings": [
 *     {"fingerprint": "...", "rule": "...", "path": "...", "message": "..."}
 *   ]
 * }
 * }</pre>
 */
final class BaselineFile {
  private BaselineFile() {}

  static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<BaselineEntry> read(Path file) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IOException(
          "baseline " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException("baseline " + file + " is not a JSON object");
    }
    if (root.path("asynclintBaseline").asInt(-1) != FORMAT_VERSION) {
      throw new IOException(
          "baseline "
              + file
              + " is not an asynclint baseline of format "
              + FORMAT_VERSION
              + " (field asynclintBaseline)");
    }
    String scheme = root.path("fingerprints").asText("");
    if (!scheme.equals(Baseline.FINGERPRINT_KEY)) {
      throw new IOException(
          "baseline "
              + file
              + " holds fingerprints of scheme '"
              + scheme
              + "', this asynclint computes '"
              + Baseline.FINGERPRINT_KEY
              + "': re-create it with --update-baseline");
    }
    var entries = new ArrayList<BaselineEntry>();
    for (JsonNode e : root.path("findings")) {
      String fingerprint = e.path("fingerprint").asText("");
      if (fingerprint.isBlank()) {
        throw new IOException("baseline " + file + " has an entry without a fingerprint: " + e);
      }
      entries.add(
          new BaselineEntry(
              fingerprint,
              e.path("rule").asText(""),
              e.path("path").asText(""),
              e.path("message").asText("")));
    }
    return entries;
  }

  /** Writes through a temporary file, so a failed write never leaves half a baseline. */
  static void write(Path file, List<BaselineEntry> sortedEntries) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("asynclintBaseline", FORMAT_VERSION);
    root.put("fingerprints", Baseline.FINGERPRINT_KEY);
    var findings = root.putArray("findings");
    for (BaselineEntry e : sortedEntries) {
      findings
          .addObject()
          .put("fingerprint", e.fingerprint())
          .put("rule", e.rule())
          .put("path", e.path())
          .put("message", e.message());
    }
    String json =
        MAPPER
                .writer(
                    new DefaultPrettyPrinter()
                        .withSeparators(
                            Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                                .withArrayEmptySeparator(""))
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n")))
                .writeValueAsString(root)
            + "\n";
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = Files.createTempFile(dir, ".asynclint-baseline", ".tmp");
    try {
      Files.writeString(tmp, json, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
