package dev.asynclint.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module arrows of DESIGN 3, as the CLI's classpath sees them (core, rules, sarif, cli). The
 * runtime probe and the Maven plugin have their own poms keeping them apart; what matters here is
 * that the analyzer never depends on the runtime it can analyse, and that lower layers never reach
 * up.
 */
class ModuleArrowsTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.asynclint");
  }

  @Test
  void seesEveryModuleOnTheClasspath() {
    // Guards against a vacuous pass: the rules below only mean something if the classes exist.
    for (String pkg :
        new String[] {
          "dev.asynclint.core", "dev.asynclint.rules", "dev.asynclint.sarif", "dev.asynclint.cli"
        }) {
      org.junit.jupiter.api.Assertions.assertTrue(
          classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)), pkg);
    }
  }

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("dev.asynclint.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.asynclint.rules..",
            "dev.asynclint.sarif..",
            "dev.asynclint.cli..",
            "dev.asynclint.maven..",
            "dev.asynclint.runtime..",
            "dev.asynclint.probe..")
        .check(classes);
  }

  @Test
  void rulesDependOnCoreOnly() {
    noClasses()
        .that()
        .resideInAPackage("dev.asynclint.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.asynclint.sarif..",
            "dev.asynclint.cli..",
            "dev.asynclint.maven..",
            "dev.asynclint.runtime..",
            "dev.asynclint.probe..")
        .check(classes);
  }

  @Test
  void sarifDependsOnCoreOnly() {
    noClasses()
        .that()
        .resideInAPackage("dev.asynclint.sarif..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.asynclint.rules..",
            "dev.asynclint.cli..",
            "dev.asynclint.maven..",
            "dev.asynclint.runtime..",
            "dev.asynclint.probe..")
        .check(classes);
  }

  @Test
  void rulesDoNotNameLibraryTypes() {
    // Library knowledge lives in the API models (DESIGN 5): no rule links against a framework.
    noClasses()
        .that()
        .resideInAPackage("dev.asynclint.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.vertx..", "io.netty..", "reactor..", "io.quarkus..")
        .check(classes);
  }

  @Test
  void cliIsNotUsedByTheLibraries() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.asynclint.core..", "dev.asynclint.rules..", "dev.asynclint.sarif..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(classes);
  }
}
