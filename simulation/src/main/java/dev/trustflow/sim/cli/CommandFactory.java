package dev.trustflow.sim.cli;

import dev.trustflow.sim.scenario.ScenarioCatalog;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Builds command objects for picocli: a class with a constructor taking a {@link ScenarioCatalog} gets the
 * catalog of this command line (so tests can run the CLI over their own scenarios); every other class is
 * built by picocli's default factory.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final ScenarioCatalog catalog;

    CommandFactory(ScenarioCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        Constructor<K> withCatalog;
        try {
            withCatalog = cls.getDeclaredConstructor(ScenarioCatalog.class);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(cls);
        }
        withCatalog.setAccessible(true);
        return withCatalog.newInstance(catalog);
    }
}
