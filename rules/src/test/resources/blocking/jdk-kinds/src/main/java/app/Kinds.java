package app;

import io.vertx.core.Vertx;
import java.io.FileInputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/** One blocking call of each kind, each in its own timer callback. */
public class Kinds {
  private final Vertx vertx;
  private final CountDownLatch latch = new CountDownLatch(1);
  private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
  private final Object monitor = new Object();

  public Kinds(Vertx vertx) {
    this.vertx = vertx;
  }

  void all(Future<String> future, Semaphore permits, Thread worker, Process process)
      throws Exception {
    vertx.setTimer(1, id -> { try { latch.await(); } catch (InterruptedException e) { } }); // expect: BlockingCallOnEventLoop "lock or latch wait"
    vertx.setTimer(1, id -> { try { future.get(); } catch (Exception e) { } }); // expect: BlockingCallOnEventLoop "future wait"
    vertx.setTimer(1, id -> { try { permits.acquire(); } catch (InterruptedException e) { } }); // expect: BlockingCallOnEventLoop "Semaphore.acquire"
    vertx.setTimer(1, id -> { try { queue.take(); } catch (InterruptedException e) { } }); // expect: BlockingCallOnEventLoop "BlockingQueue.take"
    vertx.setTimer(1, id -> { try { worker.join(); } catch (InterruptedException e) { } }); // expect: BlockingCallOnEventLoop "Thread.join"
    vertx.setTimer(1, id -> { try { process.waitFor(); } catch (InterruptedException e) { } }); // expect: BlockingCallOnEventLoop "process wait"
    vertx.setTimer(1, id -> { synchronized (monitor) { try { monitor.wait(); } catch (InterruptedException e) { } } }); // expect: BlockingCallOnEventLoop "monitor wait"
    vertx.setTimer(1, id -> { try { Files.readAllBytes(Path.of("f")); } catch (Exception e) { } }); // expect: BlockingCallOnEventLoop "file I/O"
    vertx.setTimer(1, id -> { try { new FileInputStream("f").close(); } catch (Exception e) { } }); // expect: BlockingCallOnEventLoop "new FileInputStream"
    vertx.setTimer(1, id -> { try { new Socket("h", 80).close(); } catch (Exception e) { } }); // expect: BlockingCallOnEventLoop "socket I/O"
    vertx.setTimer(1, id -> { try { new URL("http://h").openStream(); } catch (Exception e) { } }); // expect: BlockingCallOnEventLoop "URL.openStream"
    vertx.setTimer(1, id -> { try { InetAddress.getByName("h"); } catch (Exception e) { } }); // expect: BlockingCallOnEventLoop "DNS lookup"
    vertx.setTimer(1, id -> { try { DriverManager.getConnection("jdbc:x").createStatement().executeQuery("q"); } catch (Exception e) { } }); // expect: BlockingCallOnEventLoop "DriverManager.getConnection", BlockingCallOnEventLoop "Statement.executeQuery"
    vertx.setTimer(1, id -> send()); // expect: BlockingCallOnEventLoop "HttpClient.send"
  }

  void send() {
    try {
      HttpClient client = HttpClient.newHttpClient();
      client.send(
          HttpRequest.newBuilder(URI.create("http://h")).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
