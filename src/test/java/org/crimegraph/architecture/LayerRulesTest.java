package org.crimegraph.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layer rules of docs/architecture.md, checked on the compiled main classes. The layers, top
 * to bottom: cli → app (use cases) → scoring, export, ingest, audit → store → disruption → analysis (with
 * analysis.community), paths, chart → graph → model. A layer may use the layers below it, never one
 * above; the pure layers (disruption, analysis, paths, chart, graph, model) use no Neo4j, picocli,
 * Jackson or file I/O; only store talks to Neo4j.
 *
 * <p>Frozen exceptions: none today. A violation in code owned by another piece of work is listed
 * here by class, with the follow-up that removes it, rather than loosening a rule.
 */
class LayerRulesTest {

    private static final String ROOT = "org.crimegraph";
    private static final String[] PURE = {ROOT + ".model..", ROOT + ".graph..", ROOT + ".analysis..",
            ROOT + ".disruption..", ROOT + ".paths..", ROOT + ".chart.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void layersUseOnlyTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy(ROOT + ".cli..")
                .layer("app").definedBy(ROOT + ".app..")
                .layer("services").definedBy(ROOT + ".scoring..", ROOT + ".export..", ROOT + ".ingest..",
                        ROOT + ".audit..")
                .layer("store").definedBy(ROOT + ".store..")
                .layer("disruption").definedBy(ROOT + ".disruption..")
                .layer("analysis").definedBy(ROOT + ".analysis..")
                .layer("paths").definedBy(ROOT + ".paths..")
                .layer("chart").definedBy(ROOT + ".chart..")
                .layer("graph").definedBy(ROOT + ".graph..")
                .layer("model").definedBy(ROOT + ".model..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("app").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("services").mayOnlyBeAccessedByLayers("cli", "app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("cli", "app", "services")
                .whereLayer("disruption").mayOnlyBeAccessedByLayers("cli", "app", "services", "store")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("cli", "app", "services", "store", "disruption")
                .whereLayer("paths").mayOnlyBeAccessedByLayers("cli", "app", "services", "store")
                .whereLayer("chart").mayOnlyBeAccessedByLayers("cli", "app", "services", "store")
                .whereLayer("graph").mayOnlyBeAccessedByLayers("cli", "app", "services", "store", "disruption", "analysis",
                        "paths", "chart")
                .check(classes);
    }

    @Test
    void pureLayersUseNoDatabaseNoCommandLineNoJsonAndNoFiles() {
        noClasses().that().resideInAnyPackage(PURE)
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "picocli..",
                        "com.fasterxml.jackson..", "java.nio.file..")
                .orShould().dependOnClassesThat().resideInAPackage("java.io")
                .because("analysis, disruption, paths, chart, graph and model are pure: no Neo4j, no CLI, no I/O")
                .check(classes);
    }

    @Test
    void useCasesRunWithoutTheCommandLine() {
        noClasses().that().resideInAPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .because("a use case is called and tested without picocli; cli parses and renders")
                .check(classes);
    }

    @ParameterizedTest(name = "only {0} uses {1}")
    @CsvSource(delimiter = '|', value = {
        "cli   | org.jline.. | JLine (the interactive shell: line editing, history, completion) belongs to cli",
        "store | org.neo4j.. | store is the only Neo4j code (driver and embedded database)"})
    void onlyOneLayerUsesTheLibrary(String layer, String library, String because) {
        noClasses().that().resideOutsideOfPackage(ROOT + "." + layer + "..")
                .should().dependOnClassesThat().resideInAnyPackage(library)
                .because(because)
                .check(classes);
    }
}
