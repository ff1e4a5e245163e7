package dev.trustflow.app;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Sets a variable in the process's C environment (libc {@code setenv}), where native libraries loaded later read
 * it: GTK, for one, reads {@code GDK_GL} when JavaFX opens the display. Java has no call for this; the JDK's
 * foreign function API (JDK 22 and later: the installed app's runtime) reaches {@code setenv}. The app is
 * compiled for Java 17, so the API is reached by reflection; on an older JDK, or where native access is not
 * enabled for the app ({@code --enable-native-access=ALL-UNNAMED}, set by the installer's launcher), nothing
 * is set. Call it before other threads read the environment: {@code setenv} is not safe beside them.
 */
final class NativeEnvironment {

    private NativeEnvironment() {
    }

    /** Sets {@code name=value} (replacing a value) and says whether it could. */
    static boolean set(String name, String value) {
        if (Runtime.version().feature() < 22 || !nativeAccessEnabled()) {
            return false;
        }
        try {
            return setenv(name, value) == 0;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static boolean nativeAccessEnabled() {
        try {
            Method enabled = Module.class.getMethod("isNativeAccessEnabled");
            return (Boolean) enabled.invoke(NativeEnvironment.class.getModule());
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** {@code setenv(name, value, 1)} through {@code java.lang.foreign}, written out by reflection. */
    private static int setenv(String name, String value) throws ReflectiveOperationException {
        Class<?> linkerType = Class.forName("java.lang.foreign.Linker");
        Class<?> lookupType = Class.forName("java.lang.foreign.SymbolLookup");
        Class<?> segmentType = Class.forName("java.lang.foreign.MemorySegment");
        Class<?> layoutType = Class.forName("java.lang.foreign.MemoryLayout");
        Class<?> descriptorType = Class.forName("java.lang.foreign.FunctionDescriptor");
        Class<?> optionType = Class.forName("java.lang.foreign.Linker$Option");
        Class<?> arenaType = Class.forName("java.lang.foreign.Arena");
        Class<?> valueLayouts = Class.forName("java.lang.foreign.ValueLayout");

        Object linker = linkerType.getMethod("nativeLinker").invoke(null);
        Object libc = linkerType.getMethod("defaultLookup").invoke(linker);
        Optional<?> symbol = (Optional<?>) lookupType.getMethod("find", String.class).invoke(libc, "setenv");
        if (symbol.isEmpty()) {
            return -1;
        }
        Object address = valueLayouts.getField("ADDRESS").get(null);
        Object integer = valueLayouts.getField("JAVA_INT").get(null);
        Object arguments = Array.newInstance(layoutType, 3);
        Array.set(arguments, 0, address);
        Array.set(arguments, 1, address);
        Array.set(arguments, 2, integer);
        Object descriptor = descriptorType.getMethod("of", layoutType, arguments.getClass())
                .invoke(null, integer, arguments);
        MethodHandle setenv = (MethodHandle) linkerType.getMethod("downcallHandle", segmentType, descriptorType,
                Array.newInstance(optionType, 0).getClass())
                .invoke(linker, symbol.get(), descriptor, Array.newInstance(optionType, 0));
        // setenv copies both strings; the global arena's few bytes are never freed
        Object arena = arenaType.getMethod("global").invoke(null);
        Method text = arenaType.getMethod("allocateFrom", String.class);
        try {
            return (int) setenv.invoke(text.invoke(arena, name), text.invoke(arena, value), 1);
        } catch (Throwable e) {
            throw new IllegalStateException("setenv failed", e);
        }
    }
}
