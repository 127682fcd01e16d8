package org.inkpool.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** Keeps the arrows of DESIGN.md's package table true: each package uses only what it may. */
class PackageArrowsTest {

    private static final String[] JDK = {"java..", "javax.annotation.."};
    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.inkpool");
    }

    @ParameterizedTest(name = "{0} may use only {1}")
    @CsvSource(delimiter = '|', value = {
        "model   | ",
        "docx    | model; org.apache.poi..; org.openxmlformats..; org.apache.xmlbeans..; org.w3c..; org.xml..; javax.xml..; javax.imageio..; java.awt..; com.fasterxml.aalto..",
        "doc     | model; docx; org.apache.poi..; javax.xml..; org.w3c..; org.xml..",
        "wordml  | model; docx; org.w3c..; org.xml..; javax.xml..",
        "layout  | model",
        "pdf     | layout; model; org.apache.pdfbox..; org.apache.fontbox..; org.apache.xmpbox..; javax.xml.transform..; javax.imageio..; java.awt..",
        "convert | docx; doc; wordml; layout; pdf; model",
        "pool    | convert; com.fasterxml.jackson..; org.slf4j..",
        "batch   | pool; convert",
        "app     | batch; convert; javafx..; org.controlsfx..; org.kordamp.ikonli..; java.awt..",
        "cli     | batch; convert; picocli..; me.tongfei.progressbar..",
    })
    void packageUsesOnlyWhatItMay(String pkg, String allowed) {
        List<String> packages = new ArrayList<>(Arrays.asList(JDK));
        packages.add("org.inkpool." + pkg + "..");
        if (allowed != null) {
            for (String a : allowed.split(";")) {
                String name = a.strip();
                packages.add(name.contains(".") ? name : "org.inkpool." + name + "..");
            }
        }
        classes().that().resideInAPackage("org.inkpool." + pkg + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(packages.toArray(String[]::new))
                .allowEmptyShould(true)
                .check(production);
    }

    /** The legacy reader shares the docx reader's value helpers (number formats, symbol fonts, pictures) only. */
    @org.junit.jupiter.api.Test
    void docUsesOnlyTheSharedValuesOfDocx() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().resideInAPackage("org.inkpool.doc..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "docx classes other than SharedValues",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().equals("org.inkpool.docx")
                                && !c.getSimpleName().equals("SharedValues")))
                .check(production);
    }
}
