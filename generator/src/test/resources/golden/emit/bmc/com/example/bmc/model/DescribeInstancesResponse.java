package com.example.bmc.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.github.docsdk.runtime.Generated;
import io.github.docsdk.runtime.internal.ModelSupport;
import io.github.docsdk.runtime.internal.PlainJson;
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
@JsonDeserialize(
        builder = DescribeInstancesResponse.Builder.class
)
public final class DescribeInstancesResponse {
    @JsonProperty("requestId")
    private final String requestId;

    @JsonProperty("totalCount")
    private final Long totalCount;

    @JsonProperty("dataSet")
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
     * or null.
     *
     * @return the fields in the order received, unmodifiable; empty when none
     */
    public Map<String, Object> unknownFields() {
        return unknownFields;
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
    @JsonPOJOBuilder(
            withPrefix = ""
    )
    @JsonAutoDetect(
            fieldVisibility = JsonAutoDetect.Visibility.NONE,
            setterVisibility = JsonAutoDetect.Visibility.NONE,
            getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE,
            creatorVisibility = JsonAutoDetect.Visibility.NONE
    )
    public static final class Builder {
        @JsonProperty("requestId")
        private String requestId;

        @JsonProperty("totalCount")
        private Long totalCount;

        @JsonProperty("dataSet")
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
         * Keeps a member this model does not know; Jackson calls it while reading.
         */
        @JsonAnySetter
        private void unknownField(String name, PlainJson value) {
            this.unknownFields.put(name, value.value());
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
