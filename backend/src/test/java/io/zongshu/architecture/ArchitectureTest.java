package io.zongshu.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** The package rules of design.md: feature packages, shared code flowing one way, domain free of HTTP. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.zongshu");

    @Test
    void feature_packages_do_not_depend_on_each_other_in_cycles() {
        slices().matching("io.zongshu.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void common_code_knows_no_feature() {
        noClasses().that().resideInAPackage("io.zongshu.common..")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.zongshu.common..", "java..", "jakarta..",
                        "com.fasterxml..", "io.quarkus..", "org.jboss..", "org.hibernate..", "org.postgresql..",
                        "io.vertx..", "org.eclipse.microprofile..")
                .check(MAIN);
    }

    @Test
    void entities_do_not_depend_on_the_http_layer_not_even_through_other_classes() {
        noClasses().that().areAnnotatedWith(Entity.class)
                .should().transitivelyDependOnClassesThat().areAnnotatedWith(Path.class)
                .orShould().transitivelyDependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.vertx..")
                .check(MAIN);
    }

    @Test
    void http_resources_are_named_so_and_live_under_the_versioned_api() {
        classes().that().areAnnotatedWith(Path.class)
                .should().haveSimpleNameEndingWith("Resource")
                .andShould(new ArchCondition<JavaClass>("have a @Path under /api/v1") {
                    @Override
                    public void check(JavaClass resource, ConditionEvents events) {
                        String path = resource.getAnnotationOfType(Path.class).value();
                        if (!path.startsWith("/api/v1")) {
                            events.add(SimpleConditionEvent.violated(resource, resource.getName() + " is at " + path));
                        }
                    }
                })
                .check(MAIN);
    }
}
