package io.github.docsdk.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks source code written by the docsdk generator. It stands in for
 * {@code javax.annotation.processing.Generated}, which would make a user's named module require
 * {@code java.compiler}; CLASS retention keeps it visible to tools (coverage filters) without
 * reflection cost.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface Generated {
    /** @return the generator, {@code io.github.docsdk} */
    String value();
}
