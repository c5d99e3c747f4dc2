package io.zongshu.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends a request line exactly as given, for targets that HTTP clients refuse to send. */
public final class RawHttp {
    private RawHttp() {
    }

    /** The status code of {@code GET target}; the target goes out byte for byte. */
    public static int status(int port, String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            if (!statusLine.startsWith("HTTP/1.")) {
                throw new IOException("Not an HTTP response: " + statusLine);
            }
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    /** An answer read until the server closed the connection. */
    public record Answer(int status, String head, String body) {
        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    /**
     * Sends {@code head} (request line and headers, without the blank line), then {@code bodyBytes} bytes
     * of spaces, chunked when {@code chunked}, from another thread, and reads the answer until the server
     * closes the connection. The body may be cut short by the server: that is the point of the test.
     */
    public static Answer send(int port, String head, long bodyBytes, boolean chunked) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread writer = new Thread(() -> {
                byte[] block = new byte[64 * 1024];
                java.util.Arrays.fill(block, (byte) ' ');
                try {
                    for (long sent = 0; sent < bodyBytes; sent += block.length) {
                        int n = (int) Math.min(block.length, bodyBytes - sent);
                        if (chunked) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(block, 0, n);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closedByServer) {
                    // Expected when the server refuses the body part way.
                }
            });
            writer.start();
            byte[] all = socket.getInputStream().readAllBytes();
            writer.join(30_000);
            String text = new String(all, StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head0 = split < 0 ? text : text.substring(0, split);
            return new Answer(Integer.parseInt(text.substring(9, 12)), head0, split < 0 ? "" : text.substring(split + 4));
        }
    }
}
