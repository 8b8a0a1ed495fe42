package dev.asynclint.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Node 20's recorded output (spec/node-semantics/expected-node20.txt, copied into test resources)
 * and a console that collects what a ported scenario prints, line by line.
 */
public final class NodeOutput {
  private final StringBuilder printed = new StringBuilder();

  /** console.log: each line of {@code text} becomes one output line. */
  public void log(String text) {
    printed.append(text).append('\n');
  }

  /** The printed lines. */
  public List<String> lines() {
    return split(printed.toString());
  }

  /** The lines Node printed for {@code "node 01_basic_order.js"} (a section of the file). */
  public static List<String> expected(String section) {
    String all;
    try (InputStream in =
        NodeOutput.class.getResourceAsStream("/node-semantics/expected-node20.txt")) {
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String header = "### " + section + "\n";
    int start = all.indexOf(header);
    if (start < 0) {
      throw new IllegalArgumentException("no section " + section);
    }
    start += header.length();
    int end = all.indexOf("\n### ", start - 1);
    return split(all.substring(start, end < 0 ? all.length() : end + 1));
  }

  private static List<String> split(String text) {
    List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
