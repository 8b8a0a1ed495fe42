package dev.asynclint.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventWriterTest {
  @TempDir Path dir;

  private static ProbeEvent event(int i) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("i", i);
    return new ProbeEvent(Instant.EPOCH, "long-task", "t", 1.5, List.of(), detail);
  }

  @Test
  void encodesOneJsonObjectPerLineWithEscapes() {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("stream", "a \"quoted\"\nname");
    detail.put("bufferedBytes", 30L);
    detail.put("ok", true);
    ProbeEvent e =
        new ProbeEvent(
            Instant.parse("2026-01-02T03:04:05.006Z"),
            "backpressure-ignored",
            "main",
            0,
            List.of(new Frame("a.B", "c", null, -1), new Frame("d.E", "f", "E.java", 7)),
            detail);
    assertEquals(
        "{\"v\":1,\"ts\":\"2026-01-02T03:04:05.006Z\",\"kind\":\"backpressure-ignored\","
            + "\"thread\":\"main\",\"durationMs\":0.000,\"stack\":["
            + "{\"class\":\"a.B\",\"method\":\"c\",\"file\":null,\"line\":-1},"
            + "{\"class\":\"d.E\",\"method\":\"f\",\"file\":\"E.java\",\"line\":7}],"
            + "\"detail\":{\"stream\":\"a \\\"quoted\\\"\\nname\",\"bufferedBytes\":30,"
            + "\"ok\":true}}",
        JsonLine.encode(e));
  }

  @Test
  void boundedQueueDropsAndCountsInsteadOfBlocking() throws IOException {
    Path file = dir.resolve("e.jsonl");
    EventWriter w = new EventWriter(file, 1);
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      w.offer(event(i));
    }
    w.close();
    List<String> lines = Files.readAllLines(file);
    assertEquals(n, w.written() + w.dropped(), "every event is written or counted as dropped");
    assertEquals(w.written(), lines.size(), "flushed on close");
    assertTrue(w.dropped() > 0, "a queue of one cannot keep up with a tight loop");
  }

  @Test
  void offerAfterCloseIsCountedNotThrown() {
    EventWriter w = new EventWriter(dir.resolve("e.jsonl"), 8);
    w.close();
    assertEquals(false, w.offer(event(1)));
    assertEquals(1, w.dropped());
  }
}
