package dev.tmi.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tmi} command: every TMI capability as a subcommand. */
@Command(
    name = "tmi",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turing Machine Imitation: TAIL reasoning data, evaluation and a CPU lab.",
    subcommands = {
      TasksCommand.class,
      ShowCommand.class,
      SolveCommand.class,
      SynthCommand.class,
      EvalCommand.class,
      ReportCommand.class,
      BenchCommand.class,
      DocsCommand.class,
      ExportCommand.class,
      StatsCommand.class,
      RecipesCommand.class,
      RunCommand.class,
      LabCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the CLI and exits with its code. */
  public static void main(String[] args) {
    System.exit(
        execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the CLI without exiting: 0 on success, 2 for a usage error, 1 for any other error, with a
   * one-line message on {@code err}.
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  /** The configured command line, shared by {@link #execute} and tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, line, parseResult) -> {
          Throwable cause = ex;
          while ((cause instanceof java.util.concurrent.ExecutionException
                  || cause instanceof java.io.UncheckedIOException)
              && cause.getCause() != null) {
            cause = cause.getCause();
          }
          String msg = cause.getMessage() == null ? cause.toString() : cause.getMessage();
          line.getErr().println("tmi " + line.getCommandName() + ": error: " + msg.strip());
          if (System.getenv("TMI_DEBUG") != null) {
            cause.printStackTrace(line.getErr());
          }
          return cause instanceof IllegalArgumentException ? 2 : 1;
        });
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine line = ex.getCommandLine();
          line.getErr().println("tmi " + line.getCommandName() + ": error: " + ex.getMessage());
          line.getErr().println("Try 'tmi " + line.getCommandName() + " --help' for usage.");
          return 2;
        });
    return cl;
  }
}
