package vn.lienthong.client.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command line split into positional words and {@code --option value} pairs (repeatable options
 * keep every value; {@code --flag} without value where the option is a flag). Every option a command
 * does not know is a usage error, so a typo never silently changes what is sent.
 */
final class Arguments {

    static final Set<String> FLAGS = Set.of("json", "quiet", "verify", "all", "help", "paper");

    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> options = new HashMap<>();

    Arguments(String[] args) throws UsageException {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--") && a.length() > 2) {
                String name = a.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (FLAGS.contains(name)) {
                    value = "true";
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException("--" + name + " needs a value");
                }
                options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                positional.add(a);
            }
        }
    }

    List<String> positional() {
        return positional;
    }

    String positional(int index, String what) throws UsageException {
        if (positional.size() <= index) {
            throw new UsageException("missing " + what);
        }
        return positional.get(index);
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    String get(String name) {
        List<String> values = options.get(name);
        return values == null ? null : values.get(values.size() - 1);
    }

    String get(String name, String environment) {
        String value = get(name);
        return value != null ? value : environment == null ? null : System.getenv(environment);
    }

    String require(String name, String environment) throws UsageException {
        String value = get(name, environment);
        if (value == null || value.isBlank()) {
            throw new UsageException("--" + name + (environment == null ? "" : " (or " + environment + ")") + " is required");
        }
        return value;
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    Path path(String name) {
        String value = get(name);
        return value == null ? null : Path.of(value);
    }

    int integer(String name, int otherwise) throws UsageException {
        String value = get(name);
        try {
            return value == null ? otherwise : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " is a number: " + value);
        }
    }

    LocalDate date(String name) throws UsageException {
        String value = get(name);
        try {
            return value == null ? null : LocalDate.parse(value.replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + name + " is a date yyyy-MM-dd: " + value);
        }
    }

    /** {@code 500ms}, {@code 2s}, {@code 1m}, or plain seconds. */
    Duration duration(String name, Duration otherwise) throws UsageException {
        String value = get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            } else if (value.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
            } else if (value.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " is a duration (500ms, 2s, 1m): " + value);
        }
    }

    /** Refuses options outside {@code known} (the global ones are always known). */
    void only(Set<String> known) throws UsageException {
        for (String name : options.keySet()) {
            if (!known.contains(name) && !Context.GLOBAL_OPTIONS.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
        }
    }
}
