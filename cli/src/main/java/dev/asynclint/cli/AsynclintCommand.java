package dev.asynclint.cli;

import dev.asynclint.core.engine.AsynclintVersion;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code asynclint} command and its subcommands. */
@Command(
    name = "asynclint",
    mixinStandardHelpOptions = true,
    versionProvider = AsynclintCommand.Version.class,
    description =
        "Finds async misuse on event-loop runtimes: blocking calls on the loop, ignored"
            + " backpressure, tick starvation, and Node.js module-type mixing.",
    subcommands = {CheckCommand.class, RulesCommand.class, ExplainCommand.class})
public final class AsynclintCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Runs the CLI with the given streams and returns the exit code; used by tests. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    var cl = new CommandLine(new AsynclintCommand());
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("asynclint: internal error: " + ex);
          ex.printStackTrace(commandLine.getErr());
          return ExitCodes.INTERNAL;
        });
    Streams.set(out, err);
    try {
      return cl.execute(args);
    } finally {
      Streams.clear();
    }
  }

  /** {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"asynclint " + AsynclintVersion.get()};
    }
  }
}
