package dev.asynclint.runtime.dns;

import dev.asynclint.runtime.Callback;
import dev.asynclint.runtime.EventLoop;
import java.net.InetAddress;

/**
 * Node's {@code dns.lookup}: the system resolver (getaddrinfo) is blocking, so like Node it runs on
 * the thread pool and competes with {@code fs} for the pool's threads.
 */
public final class Dns {
  private final EventLoop loop;

  /** Lookups whose pool work and callbacks belong to {@code loop}. */
  public Dns(EventLoop loop) {
    this.loop = loop;
  }

  /** Resolves {@code host} to its first address on the thread pool. */
  public void lookup(String host, Callback<InetAddress> callback) {
    loop.queueWork("dns.lookup", () -> InetAddress.getByName(host), callback);
  }
}
