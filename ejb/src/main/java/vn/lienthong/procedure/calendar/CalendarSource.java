package vn.lienthong.procedure.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds the working calendar of a province (the top-level unit of an agency code, e.g. {@code H41}):
 * first {@code <dir>/H41.properties} in the operator's directory (server variable
 * {@code lienthong.procedure.calendar-dir}), then the bundled {@code calendars/H41.properties},
 * then the operator's {@code default.properties}, then the bundled default. Calendars are read
 * once and kept.
 */
public final class CalendarSource {

    static final String BUNDLED = "/vn/lienthong/procedure/calendars/";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,20}");

    private final Optional<Path> operatorDirectory;
    private final Map<String, WorkingCalendar> loaded = new ConcurrentHashMap<>();

    public CalendarSource(Optional<Path> operatorDirectory) {
        this.operatorDirectory = operatorDirectory;
    }

    /** The calendar for a province or the default one. */
    public WorkingCalendar forProvince(String provinceKey) {
        String key = provinceKey == null ? "default" : provinceKey.toUpperCase(Locale.ROOT);
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a calendar key: " + provinceKey);
        }
        return loaded.computeIfAbsent(key, k -> find(k).or(() -> find("default"))
                .orElseThrow(() -> new IllegalStateException("No default working calendar bundled")));
    }

    private Optional<WorkingCalendar> find(String key) {
        String file = key + ".properties";
        if (operatorDirectory.isPresent()) {
            Path path = operatorDirectory.get().resolve(file);
            if (Files.isRegularFile(path)) {
                try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    return Optional.of(CalendarDefinition.read(reader, path.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        InputStream in = CalendarSource.class.getResourceAsStream(BUNDLED + file);
        if (in == null) {
            return Optional.empty();
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Optional.of(CalendarDefinition.read(reader, "bundled " + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
