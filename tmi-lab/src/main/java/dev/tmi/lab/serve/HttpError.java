package dev.tmi.lab.serve;

/** A request the server refuses, with its HTTP status. */
final class HttpError extends Exception {
  final int status;
  final String type;

  HttpError(int status, String type, String message) {
    super(message);
    this.status = status;
    this.type = type;
  }

  static HttpError bad(String message) {
    return new HttpError(400, "invalid_request_error", message);
  }
}
