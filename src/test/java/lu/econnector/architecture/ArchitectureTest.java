package lu.econnector.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The components ({@code lu.econnector.<component>..}) depend on each other in one direction
 * only, and {@code platform}, the ground they share, on none of them. The component graph is
 * written to {@code target/architecture/components.txt} (and printed) on every run, so that a
 * change of direction shows in review before a cycle does.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "lu.econnector";
    private static final String PLATFORM = ROOT + ".platform..";

    @ArchTest
    static final ArchRule componentsAreFreeOfCycles = slices().matching(ROOT + ".(*)..").namingSlices("$1")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule platformDependsOnNoComponent = noClasses().that().resideInAPackage(PLATFORM)
            .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAPackage(PLATFORM))))
            .because("every component stands on platform, so platform can stand on none of them");

    @ArchTest
    static void componentGraphIsRecorded(JavaClasses classes) throws IOException {
        SortedMap<String, SortedSet<String>> graph = componentGraph(classes);
        String text = graph.entrySet().stream()
                .map(edges -> edges.getKey() + " -> "
                        + (edges.getValue().isEmpty() ? "(nothing)" : String.join(", ", edges.getValue())))
                .collect(Collectors.joining("\n", "", "\n"));
        Path file = Path.of("target", "architecture", "components.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        System.out.print("Component graph (which component uses which):\n" + text);
    }

    /** Each component and the components its classes use, the classes of the root package left out. */
    static SortedMap<String, SortedSet<String>> componentGraph(JavaClasses classes) {
        SortedMap<String, SortedSet<String>> graph = new TreeMap<>();
        for (JavaClass type : classes) {
            component(type).ifPresent(from -> {
                SortedSet<String> targets = graph.computeIfAbsent(from, none -> new TreeSet<>());
                type.getDirectDependenciesFromSelf().stream()
                        .map(Dependency::getTargetClass)
                        .map(ArchitectureTest::component)
                        .flatMap(Optional::stream)
                        .filter(to -> !to.equals(from))
                        .forEach(targets::add);
            });
        }
        return graph;
    }

    private static Optional<String> component(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
