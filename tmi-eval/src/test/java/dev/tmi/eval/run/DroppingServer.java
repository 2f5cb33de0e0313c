package dev.tmi.eval.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * A raw-socket HTTP server for the one fault the JDK server cannot make: a connection dropped in
 * the middle of the response body (headers announce N bytes, half arrive, then a reset).
 */
final class DroppingServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ServerSocket server;
  private final Thread acceptor;

  /**
   * @param plan (prompt, body) to whether to drop this reply mid-body
   */
  DroppingServer(
      java.util.function.Function<String, String> answer, BiFunction<String, Integer, Boolean> plan)
      throws IOException {
    server = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
    java.util.Map<String, Integer> attempts = new java.util.concurrent.ConcurrentHashMap<>();
    acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  Socket s = server.accept();
                  Thread t = new Thread(() -> serve(s, answer, plan, attempts));
                  t.setDaemon(true);
                  t.start();
                } catch (IOException e) {
                  return;
                }
              }
            });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/v1");
  }

  private static void serve(
      Socket s,
      java.util.function.Function<String, String> answer,
      BiFunction<String, Integer, Boolean> plan,
      java.util.Map<String, Integer> attempts) {
    try (s) {
      InputStream in = s.getInputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int c;
      while ((c = in.read()) >= 0) {
        head.write(c);
        byte[] b = head.toByteArray();
        int n = b.length;
        if (n >= 4
            && b[n - 4] == '\r'
            && b[n - 3] == '\n'
            && b[n - 2] == '\r'
            && b[n - 1] == '\n') {
          break;
        }
      }
      int length = 0;
      for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(line.substring(15).strip());
        }
      }
      byte[] body = in.readNBytes(length);
      JsonNode req = JSON.readTree(body);
      String prompt = req.path("messages").path(0).path("content").asText();
      int attempt = attempts.merge(prompt, 1, Integer::sum);
      String text = answer.apply(prompt);
      com.fasterxml.jackson.databind.node.ObjectNode root = JSON.createObjectNode();
      var choice = root.putArray("choices").addObject();
      choice.putObject("message").put("role", "assistant").put("content", text);
      choice.put("finish_reason", "stop");
      byte[] out = JSON.writeValueAsBytes(root);
      OutputStream os = s.getOutputStream();
      os.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  + out.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      if (plan.apply(prompt, attempt)) {
        os.write(out, 0, out.length / 2);
        os.flush();
        s.setSoLinger(true, 0); // close with a reset, mid-body
        return;
      }
      os.write(out);
      os.flush();
    } catch (IOException e) {
      // The client went away; nothing to do.
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
