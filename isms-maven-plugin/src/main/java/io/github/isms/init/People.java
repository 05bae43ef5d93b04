package io.github.isms.init;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The people who hold the roles of a new ISMS, as typed on the command line:
 * {@code CISO=alice@example.com;CEO=bob@example.com,carol@example.com}. Role names are those of
 * the template isms.yaml; a role not named keeps its placeholder address.
 */
public record People(Map<String, List<String>> byRole) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;=]+@[^@\\s,;=]+\\.[^@\\s,;=]+");

    public People {
        byRole = Map.copyOf(byRole);
    }

    public static People none() {
        return new People(Map.of());
    }

    /** Parses the command-line form; a malformed entry is refused with a message naming it. */
    public static People parse(String text) {
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return none();
        }
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("people: '" + entry.strip() + "' is not ROLE=e-mail[,e-mail]");
            }
            String role = entry.substring(0, equals).strip();
            List<String> emails = new ArrayList<>();
            for (String email : entry.substring(equals + 1).split(",")) {
                String address = email.strip();
                if (!EMAIL.matcher(address).matches()) {
                    throw new IllegalArgumentException("people: '" + address + "' for " + role + " is not an e-mail address");
                }
                emails.add(address);
            }
            if (byRole.put(role, List.copyOf(emails)) != null) {
                throw new IllegalArgumentException("people: the role " + role + " is named twice");
            }
        }
        return new People(byRole);
    }
}
