package dev.asynclint.samples.vertx;

import io.vertx.core.AbstractVerticle;
import reactor.core.publisher.Mono;

/** Mixing Reactor into Vert.x: block() on the event loop waits for the whole publisher. */
public class QuoteVerticle extends AbstractVerticle {
  private final Mono<String> quote = Mono.fromCallable(() -> "quote of the day");

  @Override
  public void start() {
    vertx.eventBus().consumer("quote", msg -> msg.reply(quote.block())); // expect: BlockingCallOnEventLoop "reactive block"

    // Good: subscribe and reply when the value arrives.
    vertx.eventBus().consumer("quote.async", msg -> quote.subscribe(msg::reply));
  }
}
