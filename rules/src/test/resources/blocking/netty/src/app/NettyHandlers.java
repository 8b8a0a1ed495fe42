package app;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/** Netty handler methods run on the channel's event loop. */
public class NettyHandlers extends ChannelInboundHandlerAdapter {
  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
    byte[] page = Files.readAllBytes(Path.of("page.html")); // expect: BlockingCallOnEventLoop "ChannelInboundHandler.channelRead override"
    ctx.writeAndFlush(page);
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    ctx.writeAndFlush("hello").sync(); // expect: BlockingCallOnEventLoop "future wait"
    ctx.channel().eventLoop().execute(() -> sleepy()); // expect: BlockingCallOnEventLoop "EventExecutor.execute"
    ctx.writeAndFlush("bye").addListener(f -> sleepy()); // expect: BlockingCallOnEventLoop "Future.addListener"
  }

  static void sleepy() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Blocking in main, before and after the server runs, is fine. */
  public static void main(String[] args) throws Exception {
    var b = new ServerBootstrap();
    b.childHandler(
        new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            ch.pipeline().addLast(new NettyHandlers());
          }
        });
    b.bind(8080).sync().channel().closeFuture().sync();
  }
}
