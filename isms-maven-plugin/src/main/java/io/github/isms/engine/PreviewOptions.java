package io.github.isms.engine;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * How {@code isms:serve} listens and watches.
 *
 * @param bind  the address to listen on; the loopback address unless told otherwise, so that only this machine sees drafts
 * @param port  the port; 0 picks a free one
 * @param quiet how long the sources must stay unchanged before a rebuild starts (an editor saves in a burst of writes)
 */
public record PreviewOptions(String bind, int port, Duration quiet) {

    /** The default address, this machine only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 8000;
    /** The default wait for the sources to settle. */
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(100);

    public PreviewOptions {
        bind = bind == null || bind.isBlank() ? LOOPBACK : bind;
        quiet = quiet == null ? DEFAULT_QUIET : quiet;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
    }

    /** Loopback, port {@value #DEFAULT_PORT}. */
    public static PreviewOptions defaults() {
        return new PreviewOptions(LOOPBACK, DEFAULT_PORT, DEFAULT_QUIET);
    }

    /** The same options on another port. */
    public PreviewOptions withPort(int other) {
        return new PreviewOptions(bind, other, quiet);
    }

    InetSocketAddress address() {
        return new InetSocketAddress(bind, port);
    }

    /** Whether only this machine can reach the preview. */
    public boolean loopbackOnly() {
        InetSocketAddress address = address();
        return !address.isUnresolved() && address.getAddress().isLoopbackAddress();
    }
}
