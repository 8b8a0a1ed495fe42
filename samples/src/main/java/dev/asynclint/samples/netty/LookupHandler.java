package dev.asynclint.samples.netty;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A Netty handler that answers each line with the host's address. channelRead0 runs on the
 * channel's event loop, so the DNS lookup stalls every channel of that loop.
 */
public class LookupHandler extends SimpleChannelInboundHandler<String> {
  @Override
  protected void channelRead0(ChannelHandlerContext ctx, String host) {
    ctx.writeAndFlush(resolve(host) + "\n"); // expect: BlockingCallOnEventLoop
  }

  /** Good: resolve on a separate executor and write back from the loop. */
  void resolveAsync(ChannelHandlerContext ctx, String host, java.util.concurrent.Executor pool) {
    pool.execute(() -> {
      String address = resolve(host);
      ctx.executor().execute(() -> ctx.writeAndFlush(address + "\n"));
    });
  }

  private static String resolve(String host) {
    try {
      return InetAddress.getByName(host).getHostAddress();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}
