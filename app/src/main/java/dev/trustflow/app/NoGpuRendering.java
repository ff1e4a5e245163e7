package dev.trustflow.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * On a Linux machine with no GPU device (a virtual machine, a remote or thin-client desktop), JavaFX would try
 * its OpenGL pipeline first and GTK probes OpenGL when it opens the display: both load Mesa's software OpenGL,
 * about 50 MB resident with its LLVM, which no frame ever uses, since JavaFX then falls back to its software
 * pipeline anyway. On such a machine, before JavaFX starts, this picks the software pipeline at once
 * ({@code prism.order=sw}) and tells GTK not to probe OpenGL ({@code GDK_GL=disable}, see
 * {@link NativeEnvironment}). A machine with a GPU device, the user's own {@code prism.order} or {@code GDK_GL},
 * and the headless test platform are left alone.
 */
final class NoGpuRendering {

    /**
     * The device nodes under {@code /dev} that a GPU driver makes: DRM's {@code dri/}, NVIDIA's own, or WSL's
     * {@code dxg} (Windows' GPU, which Mesa reaches through Direct3D 12 under WSLg). The Linux launcher of the
     * installed app ({@code packaging/linux/launcher.sh}) looks for the same ones.
     */
    static final List<String> GPU_DEVICES = List.of("dri", "nvidiactl", "nvidia0", "dxg");

    /** What to set: the software pipeline, GTK's OpenGL probe off; neither when a GPU may be used. */
    record Choice(boolean softwarePipeline, boolean gtkWithoutGl) {
    }

    private NoGpuRendering() {
    }

    /** Applies {@link #choose} for this machine; call first thing in {@code main}, before JavaFX starts. */
    static void apply() {
        Choice choice = choose(System.getProperty("os.name", ""), gpuDevicePresent(Path.of("/dev")),
                System.getProperty("prism.order"), System.getenv("GDK_GL"), System.getProperty("glass.platform"));
        if (choice.softwarePipeline()) {
            System.setProperty("prism.order", "sw");
        }
        if (choice.gtkWithoutGl()) {
            NativeEnvironment.set("GDK_GL", "disable");
        }
    }

    static Choice choose(String os, boolean gpuDevice, String prismOrder, String gdkGl, String glassPlatform) {
        boolean linux = os.toLowerCase(Locale.ROOT).contains("linux");
        if (!linux || gpuDevice || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return new Choice(false, false);
        }
        return new Choice(prismOrder == null || prismOrder.isBlank(), gdkGl == null || gdkGl.isBlank());
    }

    /** Whether {@code dev} has one of the {@link #GPU_DEVICES}. */
    static boolean gpuDevicePresent(Path dev) {
        return GPU_DEVICES.stream().anyMatch(device -> Files.exists(dev.resolve(device)));
    }
}
