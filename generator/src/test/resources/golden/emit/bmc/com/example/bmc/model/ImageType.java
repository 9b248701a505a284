package com.example.bmc.model;

import io.github.docsdk.runtime.Generated;
import io.github.docsdk.runtime.json.KnownValues;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Values of <code>ImageType</code>.
 *
 * <p>{@link #toString()} gives the value as sent on the wire.
 */
@Generated("io.github.docsdk")
public enum ImageType {
    /**
     * <code>PUBLIC_IMAGE</code>: 公共镜像。
     */
    PUBLIC_IMAGE("PUBLIC_IMAGE"),

    /**
     * <code>CUSTOM_IMAGE</code>: 自定义镜像。
     */
    CUSTOM_IMAGE("CUSTOM_IMAGE"),

    /**
     * A value this version of the SDK does not know; the model's {@code AsString} accessor
     * still gives it.
     */
    UNKNOWN_TO_SDK_VERSION(null);

    private static final ImageType[] KNOWN = values();

    /**
     * The wire values, for the models' readers: a known value is read as this very string.
     */
    static final KnownValues wireValues = KnownValues.of("PUBLIC_IMAGE", "CUSTOM_IMAGE");

    private final String value;

    ImageType(String value) {
        this.value = value;
    }

    /**
     * The constant for a wire value.
     *
     * @param value the wire value, or null
     * @return the constant, {@code UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know, or null for null
     */
    public static ImageType fromValue(String value) {
        if (value == null) {
            return null;
        }
        for (ImageType candidate : KNOWN) {
            if (value.equals(candidate.value)) {
                return candidate;
            }
        }
        return UNKNOWN_TO_SDK_VERSION;
    }

    /**
     * The values the docs list.
     *
     * @return every constant but {@code UNKNOWN_TO_SDK_VERSION}
     */
    public static Set<ImageType> knownValues() {
        return Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(UNKNOWN_TO_SDK_VERSION)));
    }

    /**
     * The wire value.
     *
     * @return the value as sent on the wire; the constant's name for {@code UNKNOWN_TO_SDK_VERSION}
     */
    @Override
    public String toString() {
        return value == null ? name() : value;
    }
}
