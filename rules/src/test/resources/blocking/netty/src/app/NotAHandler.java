package app;

/** A look-alike: a method named channelRead on a class that is no Netty handler. */
public class NotAHandler {
  public void channelRead(Object ctx, Object msg) throws Exception {
    Thread.sleep(10);
  }
}
