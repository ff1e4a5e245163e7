package dev.trustflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed app's Linux launcher ({@code packaging/linux/launcher.sh}) run on a made-up app-image whose
 * "runtime" prints the command line it was given: the JVM gets the configuration's options in order, the class
 * path and the launcher's path with {@code $APPDIR} expanded, the main class, then the app's own arguments
 * unchanged; and it switches GPU rendering off exactly when {@link NoGpuRendering} would on this machine.
 */
class LinuxLauncherScriptTest {

    private static final Path SCRIPT = Path.of("..", "packaging", "linux", "launcher.sh");

    @TempDir
    Path dir;
    private Path image;

    @BeforeEach
    void image() throws IOException {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"), "a Linux launcher");
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        image = dir.resolve("opt with space").resolve("Lab");
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(app.resolve("Lab.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/lab.jar",
                "app.mainclass=dev.example.Main",
                "app.classpath=$APPDIR/lib-1.0.jar",
                "",
                "[JavaOptions]",
                "java-options=-Djpackage.app-version=1.0",
                "java-options=--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "java-options=-XX:AOTCache=$APPDIR/Lab.aot"));
        Path runtime = Files.createDirectories(image.resolve("lib/runtime/bin"));
        executable(runtime.resolve("java"), "#!/bin/sh\necho \"GDK_GL=${GDK_GL:-}\"\nfor a in \"$@\"; do echo \"$a\"; done\n");
        String script = Files.readString(SCRIPT, StandardCharsets.UTF_8).replace("APP_NAME", "Lab");
        executable(Files.createDirectories(image.resolve("bin")).resolve("Lab"), script);
    }

    @Test
    void theJvmGetsTheConfigurationThenTheClassPathThenTheAppsArgumentsUnchanged() throws Exception {
        Path link = dir.resolve("lab");
        Files.createSymbolicLink(link, image.resolve("bin/Lab"));

        List<String> printed = run(link, "a file.md", "--flag");

        Path app = image.resolve("lib/app").toRealPath();
        List<String> expected = new ArrayList<>(List.of(
                "-Djpackage.app-version=1.0",
                "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "-XX:AOTCache=" + app.resolve("Lab.aot")));
        if (!gpuHere()) {
            expected.add("-Dprism.order=sw");
        }
        expected.addAll(List.of(
                "-Djpackage.app-path=" + image.resolve("bin/Lab").toRealPath(),
                "-cp", app.resolve("lab.jar") + ":" + app.resolve("lib-1.0.jar"),
                "dev.example.Main",
                "a file.md", "--flag"));
        assertThat(printed.subList(1, printed.size())).containsExactlyElementsOf(expected);
    }

    @Test
    void gtksOpenGlIsSwitchedOffExactlyWhereTheAppWouldSwitchItOff() throws Exception {
        List<String> printed = run(image.resolve("bin/Lab"));

        assertThat(printed.get(0)).isEqualTo(gpuHere() ? "GDK_GL=" : "GDK_GL=disable");
    }

    @Test
    void theScriptLooksForTheSameGpuDevicesAsTheApp() throws IOException {
        Matcher loop = Pattern.compile("for device in ([^;]+);").matcher(Files.readString(SCRIPT));

        assertThat(loop.find()).isTrue();
        assertThat(Arrays.asList(loop.group(1).trim().split("\\s+")))
                .containsExactlyElementsOf(NoGpuRendering.GPU_DEVICES.stream().map(d -> "/dev/" + d).toList());
    }

    private static boolean gpuHere() {
        return NoGpuRendering.gpuDevicePresent(Path.of("/dev"));
    }

    private List<String> run(Path launcher, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("GDK_GL");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
