package dev.trustflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.NoGpuRendering.Choice;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoGpuRenderingTest {

    @Test
    void linuxWithoutAGpuDeviceGetsTheSoftwarePipelineAndGtkWithoutOpenGl() {
        assertThat(NoGpuRendering.choose("Linux", false, null, null, null)).isEqualTo(new Choice(true, true));
    }

    @Test
    void aGpuAnotherSystemOrTheHeadlessTestPlatformIsLeftAlone() {
        Choice none = new Choice(false, false);
        assertThat(NoGpuRendering.choose("Linux", true, null, null, null)).isEqualTo(none);
        assertThat(NoGpuRendering.choose("Windows 11", false, null, null, null)).isEqualTo(none);
        assertThat(NoGpuRendering.choose("Mac OS X", false, null, null, null)).isEqualTo(none);
        assertThat(NoGpuRendering.choose("Linux", false, null, null, "Monocle")).isEqualTo(none);
    }

    @Test
    void theUsersOwnPipelineOrGtkSettingIsKept() {
        assertThat(NoGpuRendering.choose("Linux", false, "es2", null, null)).isEqualTo(new Choice(false, true));
        assertThat(NoGpuRendering.choose("Linux", false, null, "always", null)).isEqualTo(new Choice(true, false));
    }

    @Test
    void aGpuIsADriDirectoryAnNvidiaDeviceOrWslsGpu(@TempDir Path dev) throws Exception {
        assertThat(NoGpuRendering.gpuDevicePresent(dev)).isFalse();
        Files.createFile(dev.resolve("nvidiactl"));
        assertThat(NoGpuRendering.gpuDevicePresent(dev)).isTrue();
        Files.delete(dev.resolve("nvidiactl"));
        Files.createFile(dev.resolve("dxg"));
        assertThat(NoGpuRendering.gpuDevicePresent(dev)).isTrue();
        Files.delete(dev.resolve("dxg"));
        Files.createDirectory(dev.resolve("dri"));
        assertThat(NoGpuRendering.gpuDevicePresent(dev)).isTrue();
    }

    @Test
    void withoutNativeAccessTheEnvironmentIsNotTouched() {
        // the test JVM does not enable native access for the class path (the installed launcher does)
        assertThat(NativeEnvironment.set("TRUSTFLOW_TEST_VARIABLE", "set")).isFalse();
    }
}
