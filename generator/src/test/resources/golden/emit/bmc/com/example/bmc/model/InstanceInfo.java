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
public final class InstanceInfo implements JsonWritable {
    private final String instanceId;

    private final String status;

    private final String createTime;

    private final Long cpuCount;

    private final BigDecimal price;

    private final Double bandwidthOutMbps;

    private final Boolean isHA;

    private final String adminPassword;

    private final List<String> tags;

    private final List<String> statusHistory;

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
     * or null. {@link #toJson()} writes them after the members.
     *
     * @return the fields in the order received, unmodifiable; empty when none
     */
    public Map<String, Object> unknownFields() {
        return unknownFields;
    }

    /**
     * Reads a {@code InstanceInfo} from a JSON parser positioned at its value (the
     * SDK's clients call this on the reply as it arrives). Unknown members go to {@link #unknownFields()},
     * {@code null} list elements are dropped, and a member given twice is refused.
     *
     * @param parser a jackson-core parser whose current token starts the object (or is {@code null})
     * @return the object, or null for a JSON {@code null}; the parser is left on the object's last token
     * @throws IOException for malformed JSON or a member that does not fit its type (the message names the member)
     */
    public static InstanceInfo fromJson(JsonParser parser) throws IOException {
        if (!JsonRead.startObject(parser)) {
            return null;
        }
        Builder builder = new Builder();
        long seen = 0L;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "instanceId":
                    seen = JsonRead.once(parser, seen, 1L);
                    builder.instanceId = JsonRead.string(parser);
                    break;
                case "status":
                    seen = JsonRead.once(parser, seen, 1L << 1);
                    builder.status = JsonRead.known(parser, InstanceStatus.wireValues);
                    break;
                case "createTime":
                    seen = JsonRead.once(parser, seen, 1L << 2);
                    builder.createTime = JsonRead.string(parser);
                    break;
                case "cpuCount":
                    seen = JsonRead.once(parser, seen, 1L << 3);
                    builder.cpuCount = JsonRead.int64(parser);
                    break;
                case "price":
                    seen = JsonRead.once(parser, seen, 1L << 4);
                    builder.price = JsonRead.decimal(parser);
                    break;
                case "bandwidthOutMbps":
                    seen = JsonRead.once(parser, seen, 1L << 5);
                    builder.bandwidthOutMbps = JsonRead.float64(parser);
                    break;
                case "isHA":
                    seen = JsonRead.once(parser, seen, 1L << 6);
                    builder.isHA = JsonRead.bool(parser);
                    break;
                case "adminPassword":
                    seen = JsonRead.once(parser, seen, 1L << 7);
                    builder.adminPassword = JsonRead.string(parser);
                    break;
                case "tags":
                    seen = JsonRead.once(parser, seen, 1L << 8);
                    builder.tags = JsonRead.list(parser, JsonRead::string);
                    break;
                case "statusHistory":
                    seen = JsonRead.once(parser, seen, 1L << 9);
                    builder.statusHistory = JsonRead.list(parser, InstanceStatus.wireValues);
                    break;
                case "image":
                    seen = JsonRead.once(parser, seen, 1L << 10);
                    builder.image = ImageInfo.fromJson(parser);
                    break;
                default:
                    JsonRead.unknown(parser, name, builder.unknownFields);
            }
        }
        return builder.build();
    }

    /**
     * Reads a {@code InstanceInfo} from JSON text, e.g. what {@link #toJson()} wrote or a
     * reply's {@code response} member, exactly as the client reads it.
     *
     * @param json one JSON object (or {@code null})
     * @return the object, or null for {@code null}
     * @throws io.github.docsdk.runtime.ZenlayerClientException when the text is not such an object; the message names the member
     */
    public static InstanceInfo fromJson(String json) {
        return JsonRead.fromText(json, InstanceInfo::fromJson, "InstanceInfo");
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
        JsonWrite.field(generator, "instanceId", this.instanceId);
        JsonWrite.field(generator, "status", this.status);
        JsonWrite.field(generator, "createTime", this.createTime);
        JsonWrite.field(generator, "cpuCount", this.cpuCount);
        JsonWrite.field(generator, "price", this.price);
        JsonWrite.field(generator, "bandwidthOutMbps", this.bandwidthOutMbps);
        JsonWrite.field(generator, "isHA", this.isHA);
        JsonWrite.field(generator, "adminPassword", this.adminPassword);
        JsonWrite.field(generator, "tags", this.tags);
        JsonWrite.field(generator, "statusHistory", this.statusHistory);
        JsonWrite.field(generator, "image", this.image);
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
    public static final class Builder {
        private String instanceId;

        private String status;

        private String createTime;

        private Long cpuCount;

        private BigDecimal price;

        private Double bandwidthOutMbps;

        private Boolean isHA;

        private String adminPassword;

        private List<String> tags;

        private List<String> statusHistory;

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
         * Builds the immutable object; checks nothing (the client checks required members before sending).
         *
         * @return a new {@code InstanceInfo}
         */
        public InstanceInfo build() {
            return new InstanceInfo(this);
        }
    }
}
