package com.example.bmc.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.github.docsdk.runtime.Generated;
import io.github.docsdk.runtime.internal.ModelSupport;
import io.github.docsdk.runtime.internal.PlainJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * 实例信息。
 */
@Generated("io.github.docsdk")
@JsonDeserialize(
        builder = InstanceInfo.Builder.class
)
@JsonAutoDetect(
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE
)
public final class InstanceInfo {
    @JsonProperty("instanceId")
    private final String instanceId;

    @JsonProperty("status")
    private final String status;

    @JsonProperty("createTime")
    private final String createTime;

    @JsonProperty("cpuCount")
    private final Long cpuCount;

    @JsonProperty("price")
    private final BigDecimal price;

    @JsonProperty("bandwidthOutMbps")
    private final Double bandwidthOutMbps;

    @JsonProperty("isHA")
    private final Boolean isHA;

    @JsonProperty("adminPassword")
    private final String adminPassword;

    @JsonProperty("tags")
    private final List<String> tags;

    @JsonProperty("statusHistory")
    private final List<String> statusHistory;

    @JsonProperty("image")
    private final ImageInfo image;

    private final Map<String, Object> unknownFields;

    private InstanceInfo(Builder builder) {
        this.instanceId = builder.instanceId;
        this.status = builder.status;
        this.createTime = builder.createTime;
        this.cpuCount = builder.cpuCount;
        this.price = builder.price;
        this.bandwidthOutMbps = builder.bandwidthOutMbps;
        this.isHA = builder.isHA;
        this.adminPassword = builder.adminPassword;
        this.tags = ModelSupport.freeze(builder.tags);
        this.statusHistory = ModelSupport.freeze(builder.statusHistory);
        this.image = builder.image;
        this.unknownFields = ModelSupport.freezeFields(builder.unknownFields);
    }

    /**
     * Starts building a {@code InstanceInfo}.
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
     * 实例ID。
     *
     * @return the value, or null when absent
     */
    public String instanceId() {
        return instanceId;
    }

    /**
     * 实例状态。
     *
     * <p>Documented values: {@link com.example.bmc.model.InstanceStatus InstanceStatus}.
     *
     * @return the value, {@code UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see {@link #statusAsString()}), or null when absent
     */
    public InstanceStatus status() {
        return InstanceStatus.fromValue(status);
    }

    /**
     * The raw wire value of <code>status</code>.
     *
     * @return the value as sent on the wire, or null when absent
     */
    public String statusAsString() {
        return status;
    }

    /**
     * 创建时间。
     *
     * @return the instant, or null when absent
     * @throws io.github.docsdk.runtime.ZenlayerClientException when the value is not an ISO-8601 date-time (naming the member and the value; {@link #createTimeAsString()} still gives the text)
     */
    public Instant createTime() {
        return ModelSupport.instant(createTime, "createTime");
    }

    /**
     * The raw wire value of <code>createTime</code>.
     *
     * @return the value as sent on the wire, or null when absent
     */
    public String createTimeAsString() {
        return createTime;
    }

    /**
     * CPU 核数。
     *
     * @return the value, or null when absent
     */
    public Long cpuCount() {
        return cpuCount;
    }

    /**
     * 价格。
     *
     * @return the value, or null when absent
     */
    public BigDecimal price() {
        return price;
    }

    /**
     * 带宽，单位 Mbps。
     *
     * @return the value, or null when absent
     */
    public Double bandwidthOutMbps() {
        return bandwidthOutMbps;
    }

    /**
     * 是否高可用。
     *
     * @return the value, or null when absent
     */
    public Boolean isHA() {
        return isHA;
    }

    /**
     * 管理员密码。
     *
     * @return the value, or null when absent
     */
    public String adminPassword() {
        return adminPassword;
    }

    /**
     * 标签。
     *
     * @return the list, unmodifiable; empty when absent (see {@link #hasTags()})
     */
    public List<String> tags() {
        return tags == null ? List.of() : tags;
    }

    /**
     * Whether <code>tags</code> was present (possibly empty), telling an absent list from an empty one.
     *
     * @return true when the list was set or received
     */
    public boolean hasTags() {
        return tags != null;
    }

    /**
     * 历史状态。
     *
     * <p>Documented values: {@link com.example.bmc.model.InstanceStatus InstanceStatus}.
     *
     * @return the list, unmodifiable; empty when absent (see {@link #hasStatusHistory()}); unknown elements read as {@code UNKNOWN_TO_SDK_VERSION}
     */
    public List<InstanceStatus> statusHistory() {
        return ModelSupport.convert(statusHistory, InstanceStatus::fromValue);
    }

    /**
     * The raw wire value of <code>statusHistory</code>.
     *
     * @return the values as sent on the wire; empty when absent
     */
    public List<String> statusHistoryAsStrings() {
        return statusHistory == null ? List.of() : statusHistory;
    }

    /**
     * Whether <code>statusHistory</code> was present (possibly empty), telling an absent list from an empty one.
     *
     * @return true when the list was set or received
     */
    public boolean hasStatusHistory() {
        return statusHistory != null;
    }

    /**
     * 镜像。
     *
     * @return the value, or null when absent
     */
    public ImageInfo image() {
        return image;
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
        if (!(o instanceof InstanceInfo)) {
            return false;
        }
        InstanceInfo other = (InstanceInfo) o;
        return Objects.equals(this.instanceId, other.instanceId)
                && Objects.equals(this.status, other.status)
                && Objects.equals(this.createTime, other.createTime)
                && Objects.equals(this.cpuCount, other.cpuCount)
                && Objects.equals(this.price, other.price)
                && Objects.equals(this.bandwidthOutMbps, other.bandwidthOutMbps)
                && Objects.equals(this.isHA, other.isHA)
                && Objects.equals(this.adminPassword, other.adminPassword)
                && Objects.equals(this.tags, other.tags)
                && Objects.equals(this.statusHistory, other.statusHistory)
                && Objects.equals(this.image, other.image)
                && Objects.equals(this.unknownFields, other.unknownFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.instanceId, this.status, this.createTime, this.cpuCount, this.price, this.bandwidthOutMbps, this.isHA, this.adminPassword, this.tags, this.statusHistory, this.image, this.unknownFields);
    }

    @Override
    public String toString() {
        return "InstanceInfo{"
                + "instanceId=" + this.instanceId
                + ", status=" + this.status
                + ", createTime=" + this.createTime
                + ", cpuCount=" + this.cpuCount
                + ", price=" + this.price
                + ", bandwidthOutMbps=" + this.bandwidthOutMbps
                + ", isHA=" + this.isHA
                + ", adminPassword=" + ModelSupport.mask(this.adminPassword)
                + ", tags=" + this.tags
                + ", statusHistory=" + this.statusHistory
                + ", image=" + this.image + "}";
    }

    /**
     * Builds {@link InstanceInfo} objects; not thread-safe.
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
        @JsonProperty("instanceId")
        private String instanceId;

        @JsonProperty("status")
        private String status;

        @JsonProperty("createTime")
        private String createTime;

        @JsonProperty("cpuCount")
        private Long cpuCount;

        @JsonProperty("price")
        private BigDecimal price;

        @JsonProperty("bandwidthOutMbps")
        private Double bandwidthOutMbps;

        @JsonProperty("isHA")
        private Boolean isHA;

        @JsonProperty("adminPassword")
        private String adminPassword;

        @JsonProperty("tags")
        private List<String> tags;

        @JsonProperty("statusHistory")
        private List<String> statusHistory;

        @JsonProperty("image")
        private ImageInfo image;

        private final Map<String, Object> unknownFields = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(InstanceInfo model) {
            this.instanceId = model.instanceId;
            this.status = model.status;
            this.createTime = model.createTime;
            this.cpuCount = model.cpuCount;
            this.price = model.price;
            this.bandwidthOutMbps = model.bandwidthOutMbps;
            this.isHA = model.isHA;
            this.adminPassword = model.adminPassword;
            this.tags = model.tags;
            this.statusHistory = model.statusHistory;
            this.image = model.image;
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
         * 实例ID。
         *
         * @param instanceId the value, or null to leave it out
         * @return this builder
         */
        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        /**
         * 实例状态。
         *
         * <p>Documented values: {@link com.example.bmc.model.InstanceStatus InstanceStatus}.
         *
         * @param status the value, or null to leave it out; {@code UNKNOWN_TO_SDK_VERSION} is refused (send an unknown value as a String)
         * @return this builder
         */
        public Builder status(InstanceStatus status) {
            this.status = ModelSupport.wire(status, "status");
            return this;
        }

        /**
         * Sets <code>status</code>; see {@link InstanceInfo#status()}.
         *
         * @param status the value as sent on the wire, or null to leave it out
         * @return this builder
         */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /**
         * 创建时间。
         *
         * @param createTime the instant (sent as ISO-8601), or null to leave it out
         * @return this builder
         */
        public Builder createTime(Instant createTime) {
            this.createTime = createTime == null ? null : createTime.toString();
            return this;
        }

        /**
         * Sets <code>createTime</code>; see {@link InstanceInfo#createTime()}.
         *
         * @param createTime the value as sent on the wire, or null to leave it out
         * @return this builder
         */
        public Builder createTime(String createTime) {
            this.createTime = createTime;
            return this;
        }

        /**
         * CPU 核数。
         *
         * @param cpuCount the value, or null to leave it out
         * @return this builder
         */
        public Builder cpuCount(Long cpuCount) {
            this.cpuCount = cpuCount;
            return this;
        }

        /**
         * Sets <code>cpuCount</code>; see {@link InstanceInfo#cpuCount()}.
         *
         * @param cpuCount the value
         * @return this builder
         */
        public Builder cpuCount(long cpuCount) {
            this.cpuCount = cpuCount;
            return this;
        }

        /**
         * 价格。
         *
         * @param price the value, or null to leave it out
         * @return this builder
         */
        public Builder price(BigDecimal price) {
            this.price = price;
            return this;
        }

        /**
         * 带宽，单位 Mbps。
         *
         * @param bandwidthOutMbps the value, or null to leave it out
         * @return this builder
         */
        public Builder bandwidthOutMbps(Double bandwidthOutMbps) {
            this.bandwidthOutMbps = bandwidthOutMbps;
            return this;
        }

        /**
         * 是否高可用。
         *
         * @param isHA the value, or null to leave it out
         * @return this builder
         */
        public Builder isHA(Boolean isHA) {
            this.isHA = isHA;
            return this;
        }

        /**
         * 管理员密码。
         *
         * @param adminPassword the value, or null to leave it out
         * @return this builder
         */
        public Builder adminPassword(String adminPassword) {
            this.adminPassword = adminPassword;
            return this;
        }

        /**
         * 标签。
         *
         * @param tags the values (copied), or null to leave it out
         * @return this builder
         */
        public Builder tags(Collection<String> tags) {
            this.tags = ModelSupport.copy(tags);
            return this;
        }

        /**
         * Sets <code>tags</code>; see {@link InstanceInfo#tags()}.
         *
         * @param tags the values, or null to leave it out
         * @return this builder
         */
        public Builder tags(String... tags) {
            return tags(tags == null ? null : Arrays.asList(tags));
        }

        /**
         * 历史状态。
         *
         * <p>Documented values: {@link com.example.bmc.model.InstanceStatus InstanceStatus}.
         *
         * @param statusHistory the values (copied), or null to leave it out
         * @return this builder
         */
        public Builder statusHistory(Collection<InstanceStatus> statusHistory) {
            this.statusHistory = ModelSupport.strings(statusHistory, "statusHistory");
            return this;
        }

        /**
         * Sets <code>statusHistory</code>; see {@link InstanceInfo#statusHistory()}.
         *
         * @param statusHistory the values, or null to leave it out
         * @return this builder
         */
        public Builder statusHistory(InstanceStatus... statusHistory) {
            return statusHistory(statusHistory == null ? null : Arrays.asList(statusHistory));
        }

        /**
         * Sets <code>statusHistory</code>; see {@link InstanceInfo#statusHistory()}.
         *
         * @param statusHistory the values as sent on the wire (copied), or null to leave it out
         * @return this builder
         */
        public Builder statusHistoryWithStrings(Collection<String> statusHistory) {
            this.statusHistory = ModelSupport.copy(statusHistory);
            return this;
        }

        /**
         * Sets <code>statusHistory</code>; see {@link InstanceInfo#statusHistory()}.
         *
         * @param statusHistory the values, or null to leave it out
         * @return this builder
         */
        public Builder statusHistoryWithStrings(String... statusHistory) {
            return statusHistoryWithStrings(statusHistory == null ? null : Arrays.asList(statusHistory));
        }

        /**
         * 镜像。
         *
         * @param image the value, or null to leave it out
         * @return this builder
         */
        public Builder image(ImageInfo image) {
            this.image = image;
            return this;
        }

        /**
         * Sets <code>image</code>; see {@link InstanceInfo#image()}.
         *
         * @param image sets the members of a new {@code ImageInfo} on its builder
         * @return this builder
         */
        public Builder image(Consumer<ImageInfo.Builder> image) {
            this.image = ImageInfo.builder().applyMutation(image).build();
            return this;
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
         * @return a new {@code InstanceInfo}
         */
        public InstanceInfo build() {
            return new InstanceInfo(this);
        }
    }
}
