package dev.tmi.cli;

import dev.tmi.lab.LabModel;
import dev.tmi.lab.serve.OpenAiServer;
import dev.tmi.lab.serve.ServerConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tmi serve}: an OpenAI-compatible server over a lab checkpoint. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve a lab checkpoint behind OpenAI-compatible /v1/completions and"
            + " /v1/chat/completions (streaming too), on loopback by default. Prompts are in the"
            + " lab's prompt form (the input tape, see docs/lab.md).")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--checkpoint", required = true, description = "Checkpoint directory.")
  Path checkpoint;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind" + " (default loopback).")
  String host;

  @Option(names = "--port", defaultValue = "8000", description = "Port (default 8000; 0: any).")
  int port;

  @Option(
      names = "--model-name",
      description = "Model id reported to clients (default" + " task/variant/pos@step).")
  String modelName;

  @Option(names = "--max-concurrency", defaultValue = "4", description = "Requests at once.")
  int maxConcurrency;

  @Option(names = "--max-body", defaultValue = "65536", description = "Largest body in bytes.")
  int maxBody;

  @Override
  public Integer call() throws Exception {
    LabModel model = LabModel.load(checkpoint);
    ServerConfig cfg =
        new ServerConfig(
            host, port, maxConcurrency, maxBody, model.meta().model().maxLen(), 30_000);
    String name = modelName != null ? modelName : model.name();
    try (OpenAiServer server = new OpenAiServer(model, name, cfg)) {
      spec.commandLine()
          .getOut()
          .println("serving " + name + " at " + server.baseUrl() + " (Ctrl-C to stop)");
      spec.commandLine().getOut().flush();
      CountDownLatch forever = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(forever::countDown));
      forever.await();
    } finally {
      model.close();
    }
    return 0;
  }
}
