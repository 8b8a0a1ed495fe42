package dev.asynclint.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class EventEmitterTest {
  private final EventEmitter emitter = new EventEmitter();
  private final List<String> log = new ArrayList<>();

  @Test
  void listenersRunInOrderWithTheArgument() {
    emitter.on("x", a -> log.add("first " + a));
    emitter.on("x", a -> log.add("second " + a));
    assertTrue(emitter.emit("x", 1));
    assertFalse(emitter.emit("nobody"));
    assertEquals(List.of("first 1", "second 1"), log);
  }

  @Test
  void onceRunsOnceAndOffRemoves() {
    Runnable r = () -> log.add("runnable");
    Consumer<Object> c = a -> log.add("consumer");
    emitter.once("x", () -> log.add("once"));
    emitter.on("x", r);
    emitter.on("x", c);
    emitter.emit("x");
    emitter.off("x", r);
    emitter.emit("x");
    emitter.off("x", c);
    emitter.emit("x");
    assertEquals(List.of("once", "runnable", "consumer", "consumer"), log);
    assertEquals(0, emitter.listenerCount("x"));
  }

  @Test
  void listenerAddedDuringEmitWaitsForTheNextEmit() {
    emitter.on("x", () -> emitter.on("x", () -> log.add("added")));
    emitter.emit("x");
    assertEquals(List.of(), log);
    emitter.emit("x");
    assertEquals(List.of("added"), log);
  }

  @Test
  void prependListenerRunsFirst() {
    emitter.on("x", a -> log.add("second"));
    emitter.prependListener("x", a -> log.add("first"));
    emitter.emit("x");
    assertEquals(List.of("first", "second"), log);
  }

  @Test
  void errorWithoutListenerIsThrown() {
    IllegalStateException boom = new IllegalStateException("boom");
    assertSame(boom, assertThrows(IllegalStateException.class, () -> emitter.emit("error", boom)));
    java.io.IOException checked = new java.io.IOException("io");
    assertSame(
        checked,
        assertThrows(IllegalStateException.class, () -> emitter.emit("error", checked)).getCause());
    emitter.on("error", e -> log.add("handled"));
    assertTrue(emitter.emit("error", boom));
    assertEquals(List.of("handled"), log);
  }
}
