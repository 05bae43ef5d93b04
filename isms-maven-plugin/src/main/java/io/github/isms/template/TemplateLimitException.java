package io.github.isms.template;

import io.pebbletemplates.pebble.error.PebbleException;

/** Template work over one of the limits of {@link TemplateBudget}, at the template line that asked for it. */
final class TemplateLimitException extends PebbleException {

    TemplateLimitException(String message, int lineNumber) {
        super(null, message, lineNumber, null);
    }
}
