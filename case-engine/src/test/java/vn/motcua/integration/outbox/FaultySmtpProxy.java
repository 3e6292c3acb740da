package vn.motcua.integration.outbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of a real SMTP server that breaks the first {@code failuresPerMessage} transfers of each
 * message: it reads the message's idempotency header while passing the DATA through, and when the client sends the
 * final "." it closes both connections instead of passing it on. The server never sees the end of the data, so it
 * stores nothing; the client sees a dropped connection while waiting for the server's answer — a failure at the SMTP
 * level as a network or server fault would cause it.
 */
final class FaultySmtpProxy implements AutoCloseable {

    private final int targetPort;
    private final int failuresPerMessage;
    private final String header;
    private final ServerSocket listener;
    private final Map<String, AtomicInteger> transfers = new ConcurrentHashMap<>();
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile boolean open = true;

    FaultySmtpProxy(int targetPort, int failuresPerMessage, String header) throws IOException {
        this.targetPort = targetPort;
        this.failuresPerMessage = failuresPerMessage;
        this.header = header.toLowerCase(Locale.ROOT) + ":";
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "faulty-smtp-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** How many transfers were broken off. */
    int dropped() {
        return dropped.get();
    }

    private void accept() {
        while (open) {
            try {
                Socket client = listener.accept();
                Thread connection = new Thread(() -> relay(client), "faulty-smtp-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                if (open) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            Thread replies = new Thread(() -> copy(server, client), "faulty-smtp-replies");
            replies.setDaemon(true);
            replies.start();
            InputStream fromClient = client.getInputStream();
            OutputStream toServer = server.getOutputStream();
            boolean inData = false;
            String key = null;
            byte[] line;
            while ((line = readLine(fromClient)) != null) {
                String text = new String(line, StandardCharsets.US_ASCII).strip();
                if (!inData) {
                    inData = text.equalsIgnoreCase("DATA");
                    key = null;
                } else if (text.equals(".")) {
                    inData = false;
                    if (key != null && transfers.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet()
                            <= failuresPerMessage) {
                        dropped.incrementAndGet();
                        return;
                    }
                } else if (key == null && text.toLowerCase(Locale.ROOT).startsWith(header)) {
                    key = text.substring(header.length()).strip();
                }
                toServer.write(line);
                toServer.flush();
            }
        } catch (IOException e) {
            // a connection closed by either side ends this relay
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // closed
        }
    }

    /** One line including its CRLF, or null at the end of the stream. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int previous = -1;
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (previous == '\r' && b == '\n') {
                return line.toByteArray();
            }
            previous = b;
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    @Override
    public void close() throws IOException {
        open = false;
        listener.close();
    }
}
