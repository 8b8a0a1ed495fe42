package demo;

import io.vertx.core.AbstractVerticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

public class ReportServer extends AbstractVerticle {
  @Override
  public void start() {
    // The file read runs on a worker thread; only the reply runs on the loop.
    vertx
        .createHttpServer()
        .requestHandler(
            req ->
                vertx
                    .executeBlocking(() -> Files.readString(Path.of("report.txt")))
                    .onSuccess(text -> req.response().end(text))
                    .onFailure(err -> req.response().setStatusCode(500).end()))
        .listen(8080);

    // Accepted on purpose: a tiny file read once a minute.
    vertx.setPeriodic(
        60_000,
        id -> {
          try {
            // asynclint-disable-next-line BlockingCallOnEventLoop -- tiny local file, once a minute
            System.out.println(Files.readString(Path.of("motd.txt")));
          } catch (IOException e) {
            System.out.println("no motd");
          }
        });
  }
}
