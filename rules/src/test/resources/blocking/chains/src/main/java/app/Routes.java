package app;

import io.vertx.ext.web.Router;
import java.util.List;

public class Routes {
  private final Service service;

  public Routes(Service service) {
    this.service = service;
  }

  public void mount(Router router) {
    router.get("/one").handler(ctx -> ctx.json(service.describe("1"))); // expect: BlockingCallOnEventLoop "handler → Service.describe → JdbcRepository.load"
    router.get("/all").handler(ctx -> service.describeAll(List.of("1"))); // expect: BlockingCallOnEventLoop "Service.describeAll → Service.describe"
    router.get("/deep").handler(ctx -> ctx.json(service.depth(3))); // expect: BlockingCallOnEventLoop "Service.depth"
    router.get("/static").handler(ctx -> ctx.json(Helpers.slowStatic())); // expect: BlockingCallOnEventLoop "Helpers.slowStatic"
  }
}
