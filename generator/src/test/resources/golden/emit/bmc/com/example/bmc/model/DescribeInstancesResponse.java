package com.example.bmc.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.docsdk.runtime.Generated;
import io.github.docsdk.runtime.internal.ModelSupport;
import io.github.docsdk.runtime.json.JsonCore;
import io.github.docsdk.runtime.json.JsonRead;
import io.github.docsdk.runtime.json.JsonWritable;
import io.github.docsdk.runtime.json.JsonWrite;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The response of <code>DescribeInstances</code>.
 *
 * <p>查询实例列表。
 */
@Generated("io.github.docsdk")
public final class DescribeInstancesResponse implements JsonWritable {
    private final String requestId;

    private final Long totalCount;

    private final List<InstanceInfo> dataSet;

    private final Map<String, Object> unknownFields;

    private DescribeInstancesResponse(Builder builder) {
        this.requestId = builder.requestId;
        this.totalCount = builder.totalCount;
        this.dataSet = ModelSupport.freeze(builder.dataSet);
        this.unknownFields = ModelSupport.freezeFields(builder.unknownFields);
    }

    /**
     * Starts building a {@code DescribeInstancesResponse}.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this object's values, to make a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The <code>requestId</code> member.
     *
     * @return the value, or null when absent
     */
    public String requestId() {
        return requestId;
    }

    /**
     * 总数。
     *
     * @return the value, or null when absent
     */
    public Long totalCount() {
        return totalCount;
    }

    /**
     * 实例列表。
     *
     * @return the list, unmodifiable; empty when absent (see {@link #hasDataSet()})
     */
    public List<InstanceInfo> dataSet() {
        return dataSet == null ? List.of() : dataSet;
    }

    /**
     * Whether <code>dataSet</code> was present (possibly empty), telling an absent list from an empty one.
     *
     * @return true when the list was set or received
     */
    public boolean hasDataSet() {
        return dataSet != null;
    }

    /**
     * Members the reply carried that this model does not know (the service may be ahead of the docs),
     * as plain Java values: String, Boolean, Long or BigDecimal, {@code List<Object>}, {@code Map<String, Object>}
     * or null. {@link #toJson()} writes them after the members.
     *
     * @return the fields in the order received, unmodifiable; empty when none
     */
    public Map<String, Object> unknownFields() {
        return unknownFields;
    }

    /**
     * Reads a {@code DescribeInstancesResponse} from a JSON parser positioned at its value (the
     * SDK's clients call this on the reply as it arrives). Unknown members go to {@link #unknownFields()},
     * {@code null} list elements are dropped, and a member given twice is refused.
     *
     * @param parser a jackson-core parser whose current token starts the object (or is {@code null})
     * @return the object, or null for a JSON {@code null}; the parser is left on the object's last token
     * @throws IOException for malformed JSON or a member that does not fit its type (the message names the member)
     */
    public static DescribeInstancesResponse fromJson(JsonParser parser) throws IOException {
        if (!JsonRead.startObject(parser)) {
            return null;
        }
        Builder builder = new Builder();
        long seen = 0L;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "requestId":
                    seen = JsonRead.once(parser, seen, 1L);
                    builder.requestId = JsonRead.string(parser);
                    break;
                case "totalCount":
                    seen = JsonRead.once(parser, seen, 1L << 1);
                    builder.totalCount = JsonRead.int64(parser);
                    break;
                case "dataSet":
                    seen = JsonRead.once(parser, seen, 1L << 2);
                    builder.dataSet = JsonRead.list(parser, InstanceInfo::fromJson);
                    break;
                default:
                    JsonRead.unknown(parser, name, builder.unknownFields);
            }
        }
        return builder.build();
    }

    /**
     * Reads a {@code DescribeInstancesResponse} from JSON text, e.g. what {@link #toJson()} wrote or a
     * reply's {@code response} member, exactly as the client reads it.
     *
     * @param json one JSON object (or {@code null})
     * @return the object, or null for {@code null}
     * @throws io.github.docsdk.runtime.ZenlayerClientException when the text is not such an object; the message names the member
     */
    public static DescribeInstancesResponse fromJson(String json) {
        return JsonRead.fromText(json, DescribeInstancesResponse::fromJson, "DescribeInstancesResponse");
    }

    /**
     * Writes this object as one JSON object: the members that are not null, in docs order, then the
     * unknown fields as read; {@code null} list elements are left out.
     *
     * @param generator a jackson-core generator
     * @throws IOException if the generator fails
     */
    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonWrite.field(generator, "requestId", this.requestId);
        JsonWrite.field(generator, "totalCount", this.totalCount);
        JsonWrite.field(generator, "dataSet", this.dataSet);
        JsonWrite.fields(generator, this.unknownFields);
        generator.writeEndObject();
    }

    /**
     * This object as compact JSON, as the SDK sends it (see {@link #writeJson}); secrets are written
     * as they are, unlike in {@link #toString()}.
     *
     * @return the JSON text
     */
    public String toJson() {
        return JsonCore.toText(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DescribeInstancesResponse)) {
            return false;
        }
        DescribeInstancesResponse other = (DescribeInstancesResponse) o;
        return Objects.equals(this.requestId, other.requestId)
                && Objects.equals(this.totalCount, other.totalCount)
                && Objects.equals(this.dataSet, other.dataSet)
                && Objects.equals(this.unknownFields, other.unknownFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.requestId, this.totalCount, this.dataSet, this.unknownFields);
    }

    @Override
    public String toString() {
        return "DescribeInstancesResponse{"
                + "requestId=" + this.requestId
                + ", totalCount=" + this.totalCount
                + ", dataSet=" + this.dataSet + "}";
    }

    /**
     * Builds {@link DescribeInstancesResponse} objects; not thread-safe.
     */
    public static final class Builder {
        private String requestId;

        private Long totalCount;

        private List<InstanceInfo> dataSet;

        private final Map<String, Object> unknownFields = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(DescribeInstancesResponse model) {
            this.requestId = model.requestId;
            this.totalCount = model.totalCount;
            this.dataSet = model.dataSet;
            this.unknownFields.putAll(model.unknownFields);
        }

        /**
         * Applies {@code mutation} to this builder, for code that configures one in a lambda.
         *
         * @param mutation what to set
         * @return this builder
         */
        public Builder applyMutation(Consumer<Builder> mutation) {
            mutation.accept(this);
            return this;
        }

        /**
         * The <code>requestId</code> member.
         *
         * @param requestId the value, or null to leave it out
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * 总数。
         *
         * @param totalCount the value, or null to leave it out
         * @return this builder
         */
        public Builder totalCount(Long totalCount) {
            this.totalCount = totalCount;
            return this;
        }

        /**
         * Sets <code>totalCount</code>; see {@link DescribeInstancesResponse#totalCount()}.
         *
         * @param totalCount the value
         * @return this builder
         */
        public Builder totalCount(long totalCount) {
            this.totalCount = totalCount;
            return this;
        }

        /**
         * 实例列表。
         *
         * @param dataSet the values (copied), or null to leave it out
         * @return this builder
         */
        public Builder dataSet(Collection<? extends InstanceInfo> dataSet) {
            this.dataSet = ModelSupport.copy(dataSet);
            return this;
        }

        /**
         * Sets <code>dataSet</code>; see {@link DescribeInstancesResponse#dataSet()}.
         *
         * @param dataSet the values, or null to leave it out
         * @return this builder
         */
        public Builder dataSet(InstanceInfo... dataSet) {
            return dataSet(dataSet == null ? null : Arrays.asList(dataSet));
        }

        /**
         * Builds the immutable object; checks nothing (the client checks required members before sending).
         *
         * @return a new {@code DescribeInstancesResponse}
         */
        public DescribeInstancesResponse build() {
            return new DescribeInstancesResponse(this);
        }
    }
}
