package dev.asynclint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link AnalysisResult}: everything a report iterates comes in a stable order. */
class AnalysisResultTest {
  private static AnalysisResult withNotes(Map<String, String> notes) {
    return new AnalysisResult(
        Path.of("."), List.of(), List.of(), List.of(), new RunStats(0, 0, Map.of(), 0), notes);
  }

  @Test
  void notesIterateInKeyOrder() {
    // Map.copyOf would iterate in an order that changes with every JVM run (a random salt).
    var notes = new HashMap<String, String>();
    var expected = new ArrayList<String>();
    for (int i = 0; i < 26; i++) {
      String key = "note." + (char) ('a' + i);
      notes.put(key, Integer.toString(i));
      expected.add(key);
    }
    assertEquals(expected, List.copyOf(withNotes(notes).notes().keySet()));
  }

  @Test
  void notesAreImmutable() {
    Map<String, String> notes = withNotes(Map.of("node.target", "18")).notes();
    assertThrows(UnsupportedOperationException.class, () -> notes.put("x", "y"));
  }

  @Test
  void countersIterateInKeyOrder() {
    var counters = new HashMap<String, Long>();
    var expected = new ArrayList<String>();
    for (int i = 0; i < 26; i++) {
      String key = "counter." + (char) ('a' + i);
      counters.put(key, (long) i);
      expected.add(key);
    }
    assertEquals(expected, List.copyOf(new RunStats(0, 0, counters, 0).counters().keySet()));
  }
}
