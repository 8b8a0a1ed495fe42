package dev.asynclint.cli;

/** Entry point; the only caller of {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(AsynclintCommand.run(args, System.out, System.err));
  }
}
