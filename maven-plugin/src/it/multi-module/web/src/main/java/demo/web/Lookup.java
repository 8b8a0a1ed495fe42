package demo.web;

import demo.api.Ticker;
import io.vertx.core.AbstractVerticle;
import java.net.InetAddress;
import java.net.UnknownHostException;

public class Lookup extends AbstractVerticle {
  @Override
  public void start() {
    vertx.deployVerticle(new Ticker());
    vertx
        .eventBus()
        .consumer(
            "lookup",
            msg -> {
              try {
                msg.reply(InetAddress.getByName((String) msg.body()).getHostAddress());
              } catch (UnknownHostException e) {
                msg.fail(404, e.getMessage());
              }
            });
  }
}
