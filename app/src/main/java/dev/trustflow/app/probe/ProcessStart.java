package dev.trustflow.app.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * How long ago this process started, as precisely as the OS tells. On Linux {@link ProcessHandle} adds the
 * process's start tick to a boot time rounded down to whole seconds, which shifts every reading by up to a
 * second; there the age is read from {@code /proc/self/stat} (start tick) and {@code /proc/uptime} instead,
 * both counted from the same boot, to the 10 ms tick. Elsewhere ProcessHandle is precise and is used.
 */
final class ProcessStart {

    /** Linux reports process start times in USER_HZ ticks, 100 per second on every mainstream kernel. */
    private static final double USER_HZ = 100.0;

    private ProcessStart() {
    }

    /** Milliseconds since this process started. */
    static long ageMillis() {
        Path stat = Path.of("/proc/self/stat");
        Path uptime = Path.of("/proc/uptime");
        if (Files.isReadable(stat) && Files.isReadable(uptime)) {
            try {
                return linuxAgeMillis(Files.readString(stat, StandardCharsets.US_ASCII),
                        Files.readString(uptime, StandardCharsets.US_ASCII));
            } catch (IOException | RuntimeException e) {
                // fall through to the portable reading
            }
        }
        Instant start = ProcessHandle.current().info().startInstant()
                .orElseThrow(() -> new IllegalStateException("the OS does not report this process's start time"));
        return System.currentTimeMillis() - start.toEpochMilli();
    }

    /**
     * Age from the text of {@code /proc/self/stat} and {@code /proc/uptime}. Field 22 of stat is the start
     * time in ticks after boot; the command name (field 2) is in parentheses and may hold spaces, so fields
     * are counted after the last ')'.
     */
    static long linuxAgeMillis(String statText, String uptimeText) {
        String afterName = statText.substring(statText.lastIndexOf(')') + 2);
        String[] fields = afterName.trim().split(" ");
        // afterName starts at field 3 (state); field 22 is at index 22 - 3.
        long startTicks = Long.parseLong(fields[22 - 3]);
        double uptimeSeconds = Double.parseDouble(uptimeText.trim().split(" ")[0]);
        return Math.round((uptimeSeconds - startTicks / USER_HZ) * 1000.0);
    }
}
