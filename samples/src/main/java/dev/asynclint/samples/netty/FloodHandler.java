package dev.asynclint.samples.netty;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Sends a large report when a client connects. The first version ignores the channel's
 * writability, so a slow client fills the outbound buffer; the second writes while the channel
 * is writable and continues on channelWritabilityChanged.
 */
public class FloodHandler extends ChannelInboundHandlerAdapter {
  private static final byte[] LINE = "report line\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
  private int sent;

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    for (int i = 0; i < 100_000; i++) {
      ctx.write(Unpooled.wrappedBuffer(LINE)); // expect: WriteIgnoresBackpressure
    }
    ctx.flush();
  }

  /** Good: stop when the channel is not writable; resume when it is. */
  void sendWhileWritable(ChannelHandlerContext ctx) {
    while (sent < 100_000 && ctx.channel().isWritable()) {
      sent++;
      ctx.write(Unpooled.wrappedBuffer(LINE));
    }
    ctx.flush();
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    sendWhileWritable(ctx);
  }
}
