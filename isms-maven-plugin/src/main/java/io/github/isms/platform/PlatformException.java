package io.github.isms.platform;

/**
 * A platform request that failed, or settings that name no usable platform. The message is one line
 * a user can act on: the request (method and path) and what went wrong, never the token.
 */
public final class PlatformException extends Exception {

    public PlatformException(String message) {
        super(message, null, false, false);
    }
}
