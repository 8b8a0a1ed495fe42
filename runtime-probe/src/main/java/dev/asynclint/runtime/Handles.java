package dev.asynclint.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.util.List;
import java.util.function.Consumer;

/**
 * The loop's handle API (libuv's {@code uv_handle_t} side), used by the stream, net and fs
 * implementations. Programs use {@link EventLoop}'s scheduling methods instead.
 */
public final class Handles {
  private final EventLoop loop;

  Handles(EventLoop loop) {
    this.loop = loop;
  }

  /** An open handle (socket, server) keeps the loop alive until {@link #unref()}. */
  public void ref() {
    loop.activeHandles++;
  }

  /** Releases a {@link #ref()}. */
  public void unref() {
    loop.activeHandles--;
  }

  /** Registers a channel with the loop's selector; {@code onReady} runs in the poll phase. */
  public SelectionKey register(SelectableChannel channel, int ops, Consumer<SelectionKey> onReady) {
    try {
      channel.configureBlocking(false);
      return channel.register(loop.selector(), ops, onReady);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code callback} in the close phase of this iteration (uv_close callbacks). */
  public void deferClose(Runnable callback) {
    loop.addClosing(callback);
  }

  /** Runs {@code callback} in the pending phase of the next iteration (deferred I/O callbacks). */
  public void deferPending(Runnable callback) {
    loop.addPending(callback);
  }

  /** Accounts bytes entering (positive) or leaving (negative) a stream buffer. */
  public void adjustBuffered(long delta) {
    long now = loop.bufferedBytes += delta;
    if (now > loop.peakBufferedBytes) {
      loop.peakBufferedBytes = now;
    }
  }

  /** Whether a probe is attached (so callers can skip work it alone needs). */
  public boolean observed() {
    return loop.observed;
  }

  /** Reports a write made while the stream's previous write() returned false. */
  public void reportWriteAfterBackpressure(String streamType, long buffered, long highWaterMark) {
    if (loop.observed) {
      List<StackTraceElement> caller =
          loop.observer.wantsCallSites() ? CallSite.capture() : List.of();
      loop.observer.writeAfterBackpressure(streamType, buffered, highWaterMark, caller);
    }
  }
}
