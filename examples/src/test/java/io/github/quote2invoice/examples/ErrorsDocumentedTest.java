package io.github.quote2invoice.examples;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.quote2invoice.error.Quote2InvoiceException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * docs/errors.md names every exception the library throws on purpose. Checked here because this
 * module sees every module; same import as {@link ReactorArchitectureTest}, so ArchUnit reads the classes once.
 */
@AnalyzeClasses(packages = "io.github.quote2invoice", importOptions = ImportOption.DoNotIncludeTests.class)
class ErrorsDocumentedTest {

    @ArchTest
    static final ArchRule everyExceptionIsInErrorsMd = classes().that().areAssignableTo(Quote2InvoiceException.class)
            .should(beNamedIn(Path.of("..", "docs", "errors.md")));

    private static ArchCondition<JavaClass> beNamedIn(Path doc) {
        return new ArchCondition<>("be named in " + doc) {
            private String text;

            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (text == null) {
                    try {
                        text = Files.readString(doc);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                boolean named = text.contains("`" + c.getSimpleName() + "`");
                events.add(new SimpleConditionEvent(c, named, c.getName() + (named ? " is" : " is not") + " in " + doc));
            }
        };
    }
}
