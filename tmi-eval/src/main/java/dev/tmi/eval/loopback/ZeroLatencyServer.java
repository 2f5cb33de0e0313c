package dev.tmi.eval.loopback;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peer of {@code tmi bench harness}: an OpenAI-compatible server on the loopback interface that
 * answers {@code POST /v1/chat/completions} and {@code /v1/completions} from a table of prompts
 * with bodies built before it starts, on one non-blocking thread with keep-alive connections.
 *
 * <p>The benchmark measures the harness's own overhead, and server and harness share this machine's
 * two cores: a general-purpose server (the JDK's, as in {@link LoopbackServer}) spent about 40% of
 * the benchmark's CPU, so its figure said more about the server than about the harness. This one
 * does only what a zero-latency model server must: read a request, find its prompt, write the
 * answer. Fault injection stays with {@link LoopbackServer}.
 *
 * <p>An unknown path gets 404, a method other than POST 405, a request without a parsable body or
 * with an unknown prompt 400, and a request head over 64 KiB or a body over 16 MiB 413; the
 * connection is then closed.
 */
public final class ZeroLatencyServer implements AutoCloseable {
  private static final ObjectMapper JSON = CompletionJson.JSON;
  private static final JsonFactory FACTORY = JSON.getFactory();
  private static final int MAX_HEAD = 64 << 10;
  private static final int MAX_BODY = 16 << 20;
  private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

  private final Map<String, byte[]> chat = new HashMap<>();
  private final Map<String, byte[]> completions = new HashMap<>();
  private final ServerSocketChannel listener;
  private final Selector selector;
  private final Thread loop;
  private final AtomicLong requests = new AtomicLong();
  private volatile boolean closed;

  /**
   * Starts a server on an ephemeral loopback port.
   *
   * @param answers the answer text for each prompt (the user message, or the completions prompt)
   */
  public ZeroLatencyServer(Map<String, String> answers) throws IOException {
    for (Map.Entry<String, String> e : answers.entrySet()) {
      chat.put(e.getKey(), response(200, body(true, e.getValue())));
      completions.put(e.getKey(), response(200, body(false, e.getValue())));
    }
    selector = Selector.open();
    listener = ServerSocketChannel.open();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    listener.configureBlocking(false);
    listener.register(selector, SelectionKey.OP_ACCEPT);
    loop = new Thread(this::run, "zero-latency-server");
    loop.setDaemon(true);
    loop.start();
  }

  /** The base URL to give a client: {@code http://127.0.0.1:PORT/v1}. */
  public URI baseUrl() {
    try {
      int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
      return URI.create("http://127.0.0.1:" + port + "/v1");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Requests answered so far, errors included. */
  public long requests() {
    return requests.get();
  }

  /** One client connection: what it has sent and what is still to be written to it. */
  private static final class Connection {
    ByteBuffer in = ByteBuffer.allocate(16 << 10);
    final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
    boolean closeAfterWrite;
  }

  private void run() {
    try {
      while (!closed) {
        selector.select();
        for (SelectionKey key : selector.selectedKeys()) {
          try {
            if (!key.isValid()) {
              continue;
            }
            if (key.isAcceptable()) {
              accept();
            } else {
              if (key.isReadable()) {
                read(key);
              }
              if (key.isValid() && key.isWritable()) {
                flush(key);
              }
            }
          } catch (IOException e) {
            // A client that went away: only its connection ends.
            closeQuietly(key);
          }
        }
        selector.selectedKeys().clear();
      }
    } catch (IOException | RuntimeException e) {
      if (!closed) {
        throw new IllegalStateException("zero-latency server failed", e);
      }
    }
  }

  private void accept() throws IOException {
    SocketChannel c;
    while ((c = listener.accept()) != null) {
      c.configureBlocking(false);
      c.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
      c.register(selector, SelectionKey.OP_READ, new Connection());
    }
  }

  private void read(SelectionKey key) throws IOException {
    SocketChannel ch = (SocketChannel) key.channel();
    Connection c = (Connection) key.attachment();
    int n = ch.read(c.in);
    if (n < 0) {
      closeQuietly(key);
      return;
    }
    while (!c.closeAfterWrite && serveOne(c)) {
      // every complete request in the buffer is answered, in order
    }
    if (!c.in.hasRemaining() && !c.closeAfterWrite) {
      ByteBuffer bigger = ByteBuffer.allocate(c.in.capacity() * 2);
      c.in.flip();
      bigger.put(c.in);
      c.in = bigger;
    }
    flush(key);
  }

  /** Answers the first complete request in the buffer, if there is one. */
  private boolean serveOne(Connection c) {
    byte[] buf = c.in.array();
    int filled = c.in.position();
    int headEnd = indexOf(buf, filled, HEAD_END);
    if (headEnd < 0) {
      if (filled > MAX_HEAD) {
        fail(c, 413, "request head too large");
      }
      return false;
    }
    String head = new String(buf, 0, headEnd, StandardCharsets.ISO_8859_1);
    int lineEnd = head.indexOf("\r\n");
    String[] requestLine = (lineEnd < 0 ? head : head.substring(0, lineEnd)).split(" ");
    long length = 0;
    boolean close = false;
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        try {
          length = Long.parseLong(value);
        } catch (NumberFormatException e) {
          length = -1;
        }
      } else if (name.equalsIgnoreCase("Connection")) {
        close = value.equalsIgnoreCase("close");
      }
    }
    if (length < 0 || length > MAX_BODY) {
      fail(c, length < 0 ? 400 : 413, "bad Content-Length");
      return false;
    }
    int bodyStart = headEnd + HEAD_END.length;
    if (filled - bodyStart < length) {
      if (bodyStart + length > c.in.capacity()) {
        ByteBuffer bigger = ByteBuffer.allocate((int) (bodyStart + length));
        c.in.flip();
        bigger.put(c.in);
        c.in = bigger;
      }
      return false;
    }
    requests.incrementAndGet();
    c.out.add(ByteBuffer.wrap(answer(requestLine, buf, bodyStart, (int) length)));
    int consumed = bodyStart + (int) length;
    c.in.flip();
    c.in.position(consumed);
    c.in.compact();
    c.closeAfterWrite = close;
    return true;
  }

  private byte[] answer(String[] requestLine, byte[] buf, int from, int length) {
    if (requestLine.length != 3) {
      return response(400, error("malformed request line"));
    }
    boolean isChat = requestLine[1].equals("/v1/chat/completions");
    if (!isChat && !requestLine[1].equals("/v1/completions")) {
      return response(404, error("no such endpoint: " + requestLine[1]));
    }
    if (!requestLine[0].equals("POST")) {
      return response(405, error("POST only"));
    }
    String prompt = prompt(buf, from, length, isChat);
    if (prompt == null) {
      return response(400, error("no prompt in the request body"));
    }
    byte[] reply = (isChat ? chat : completions).get(prompt);
    if (reply == null) {
      String shown = prompt.length() > 60 ? prompt.substring(0, 60) + "..." : prompt;
      return response(400, error("unknown prompt: " + shown));
    }
    return reply;
  }

  /**
   * The prompt of a request body: the completions {@code prompt}, or the concatenated contents of
   * the chat messages that are not the system message. Null when the body is not such JSON.
   */
  private static String prompt(byte[] buf, int from, int length, boolean isChat) {
    try (JsonParser p = FACTORY.createParser(buf, from, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      StringBuilder user = new StringBuilder();
      String found = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (!isChat && field.equals("prompt") && value == JsonToken.VALUE_STRING) {
          found = p.getText();
        } else if (isChat && field.equals("messages") && value == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            String role = null;
            String content = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String f = p.currentName();
              p.nextToken();
              if (f.equals("role")) {
                role = p.getValueAsString();
              } else if (f.equals("content")) {
                content = p.getValueAsString();
              } else {
                p.skipChildren();
              }
            }
            if (content != null && !"system".equals(role)) {
              user.append(content);
            }
          }
          found = user.toString();
        } else {
          p.skipChildren();
        }
      }
      return found;
    } catch (IOException e) {
      return null;
    }
  }

  private void fail(Connection c, int status, String message) {
    requests.incrementAndGet();
    c.out.add(ByteBuffer.wrap(response(status, error(message))));
    c.closeAfterWrite = true;
  }

  private void flush(SelectionKey key) throws IOException {
    SocketChannel ch = (SocketChannel) key.channel();
    Connection c = (Connection) key.attachment();
    while (!c.out.isEmpty()) {
      ByteBuffer b = c.out.peek();
      ch.write(b);
      if (b.hasRemaining()) {
        key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        return;
      }
      c.out.poll();
    }
    if (c.closeAfterWrite) {
      closeQuietly(key);
      return;
    }
    key.interestOps(SelectionKey.OP_READ);
  }

  private static void closeQuietly(SelectionKey key) {
    key.cancel();
    try {
      key.channel().close();
    } catch (IOException ignored) {
      // already gone
    }
  }

  private static int indexOf(byte[] buf, int limit, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= limit; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (buf[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] body(boolean isChat, String text) {
    return bytes(CompletionJson.completion(isChat, "zero-latency", Reply.ok(text)));
  }

  private static byte[] error(String message) {
    return bytes(CompletionJson.error(message));
  }

  private static byte[] bytes(ObjectNode json) {
    try {
      return JSON.writeValueAsBytes(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] response(int status, byte[] body) {
    String reason =
        switch (status) {
          case 200 -> "OK";
          case 400 -> "Bad Request";
          case 404 -> "Not Found";
          case 405 -> "Method Not Allowed";
          default -> "Payload Too Large";
        };
    byte[] head =
        ("HTTP/1.1 "
                + status
                + " "
                + reason
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  @Override
  public void close() {
    closed = true;
    selector.wakeup();
    try {
      loop.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      for (SelectionKey k : selector.keys()) {
        k.channel().close();
      }
      selector.close();
      listener.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
