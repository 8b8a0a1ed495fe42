package dev.asynclint.runtime.fs;

import java.nio.channels.FileChannel;

/** An open file (Node's numeric fd), from {@link Fs#open} or {@link Fs#openSync}. */
public final class FileHandle {
  final FileChannel channel;
  final String path;

  FileHandle(FileChannel channel, String path) {
    this.channel = channel;
    this.path = path;
  }

  /** The path the file was opened with. */
  public String path() {
    return path;
  }

  /** Whether the handle is still open. */
  public boolean isOpen() {
    return channel.isOpen();
  }
}
