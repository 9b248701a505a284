package io.github.docsdk.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** A value that writes itself as one JSON value with jackson-core's streaming generator; every model does. */
public interface JsonWritable {
    /**
     * @param generator where to write the value (members that are null are left out)
     * @throws IOException if the generator fails
     */
    void writeJson(JsonGenerator generator) throws IOException;
}
