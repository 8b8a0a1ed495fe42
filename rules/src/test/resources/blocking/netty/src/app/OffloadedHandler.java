package app;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import java.sql.DriverManager;

/** A handler added with its own EventExecutorGroup runs on that group's threads: no finding. */
public class OffloadedHandler extends SimpleChannelInboundHandler<String> {
  @Override
  protected void channelRead0(ChannelHandlerContext ctx, String sql) throws Exception {
    ctx.writeAndFlush(DriverManager.getConnection("jdbc:x").createStatement().executeQuery(sql));
  }

  static final class Init extends ChannelInitializer<SocketChannel> {
    private final EventExecutorGroup blocking = new DefaultEventExecutorGroup(16);

    @Override
    protected void initChannel(SocketChannel ch) {
      ch.pipeline().addLast(blocking, "queries", new OffloadedHandler());
    }
  }
}
