package com.example.bmc.model;

import com.example.bmc.internal.ModelSupport;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The response of <code>DescribeInstances</code>.
 *
 * <p>查询实例列表。
 */
@Generated("io.github.docsdk")
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public final class DescribeInstancesResponse {
    @JsonProperty("requestId")
    private final String requestId;

    @JsonProperty("totalCount")
    private final Long totalCount;

    @JsonProperty("dataSet")
    private final List<InstanceInfo> dataSet;

    @JsonCreator
    private DescribeInstancesResponse(@JsonProperty("requestId") String requestId,
            @JsonProperty("totalCount") Long totalCount,
            @JsonProperty("dataSet") List<InstanceInfo> dataSet) {
        this.requestId = requestId;
        this.totalCount = totalCount;
        this.dataSet = ModelSupport.freeze(dataSet);
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
                && Objects.equals(this.dataSet, other.dataSet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.requestId, this.totalCount, this.dataSet);
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

        private Builder() {
        }

        private Builder(DescribeInstancesResponse model) {
            this.requestId = model.requestId;
            this.totalCount = model.totalCount;
            this.dataSet = model.dataSet;
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
         * Builds the immutable object.
         *
         * @return a new {@code DescribeInstancesResponse}
         */
        public DescribeInstancesResponse build() {
            return new DescribeInstancesResponse(requestId, totalCount, dataSet);
        }
    }
}
