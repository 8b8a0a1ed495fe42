package demo;

import io.vertx.core.AbstractVerticle;
import java.net.InetAddress;
import java.net.UnknownHostException;

public class NewServer extends AbstractVerticle {
  @Override
  public void start() {
    // New code: a DNS lookup on the loop, not in the baseline.
    vertx
        .eventBus()
        .consumer(
            "lookup",
            msg -> {
              try {
                msg.reply(InetAddress.getByName("example.org").getHostAddress());
              } catch (UnknownHostException e) {
                msg.fail(404, e.getMessage());
              }
            });
  }
}
