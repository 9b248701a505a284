package com.example.bmc.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.docsdk.runtime.Generated;
import io.github.docsdk.runtime.RequestOverrides;
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
import java.util.Set;
import java.util.function.Consumer;

/**
 * The request of <code>DescribeImages</code>, sent by {@link com.example.bmc.BmcClient#describeImages}.
 *
 * <p>调用本接口用于查看镜像列表。
 */
@Generated("io.github.docsdk")
public final class DescribeImagesRequest implements JsonWritable {
    private static final Set<String> MEMBER_NAMES = Set.of("imageIds", "imageName", "catalog", "imageType");

    private final List<String> imageIds;

    private final String imageName;

    private final String catalog;

    private final String imageType;

    private final Map<String, Object> unknownFields;

    private final RequestOverrides overrideConfiguration;

    private DescribeImagesRequest(Builder builder) {
        this.imageIds = ModelSupport.freeze(builder.imageIds);
        this.imageName = builder.imageName;
        this.catalog = builder.catalog;
        this.imageType = builder.imageType;
        this.unknownFields = ModelSupport.freezeFields(builder.unknownFields);
        this.overrideConfiguration = builder.overrideConfiguration == null ? RequestOverrides.none() : builder.overrideConfiguration;
    }

    /**
     * Starts building a {@code DescribeImagesRequest}.
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
     * 镜像ID。
     *
     * @return the list, unmodifiable; empty when absent (see {@link #hasImageIds()})
     */
    public List<String> imageIds() {
        return imageIds == null ? List.of() : imageIds;
    }

    /**
     * Whether <code>imageIds</code> was present (possibly empty), telling an absent list from an empty one.
     *
     * @return true when the list was set or received
     */
    public boolean hasImageIds() {
        return imageIds != null;
    }

    /**
     * 镜像名称。
     *
     * @return the value, or null when absent
     */
    public String imageName() {
        return imageName;
    }

    /**
     * 镜像所属分类。
     *
     * <p>Documented values: {@link com.example.bmc.model.Catalog Catalog}.
     *
     * @return the value, {@code UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see {@link #catalogAsString()}), or null when absent
     */
    public Catalog catalog() {
        return Catalog.fromValue(catalog);
    }

    /**
     * The raw wire value of <code>catalog</code>.
     *
     * @return the value as sent on the wire, or null when absent
     */
    public String catalogAsString() {
        return catalog;
    }

    /**
     * 镜像类型。
     *
     * <p>Documented values: {@link com.example.bmc.model.ImageType ImageType}.
     *
     * @return the value, {@code UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see {@link #imageTypeAsString()}), or null when absent
     */
    public ImageType imageType() {
        return ImageType.fromValue(imageType);
    }

    /**
     * The raw wire value of <code>imageType</code>.
     *
     * @return the value as sent on the wire, or null when absent
     */
    public String imageTypeAsString() {
        return imageType;
    }

    /**
     * Members the model does not define, added with {@link Builder#putAdditionalField}; they are sent
     * with the request as written.
     *
     * @return the fields in the order added, unmodifiable; empty when none
     */
    public Map<String, Object> unknownFields() {
        return unknownFields;
    }

    /**
     * This call's own settings (timeout, attempts, headers, credentials), winning over the client's.
     *
     * @return the overrides; {@code RequestOverrides.none()} when none were set
     */
    public RequestOverrides overrideConfiguration() {
        return overrideConfiguration;
    }

    /**
     * Reads a {@code DescribeImagesRequest} from a JSON parser positioned at its value. Unknown members go to {@link #unknownFields()},
     * {@code null} list elements are dropped, and a member given twice is refused.
     *
     * @param parser a jackson-core parser whose current token starts the object (or is {@code null})
     * @return the object, or null for a JSON {@code null}; the parser is left on the object's last token
     * @throws IOException for malformed JSON or a member that does not fit its type (the message names the member)
     */
    public static DescribeImagesRequest fromJson(JsonParser parser) throws IOException {
        if (!JsonRead.startObject(parser)) {
            return null;
        }
        Builder builder = new Builder();
        long seen = 0L;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            switch (name) {
                case "imageIds":
                    seen = JsonRead.once(parser, seen, 1L);
                    builder.imageIds = JsonRead.list(parser, JsonRead::string);
                    break;
                case "imageName":
                    seen = JsonRead.once(parser, seen, 1L << 1);
                    builder.imageName = JsonRead.string(parser);
                    break;
                case "catalog":
                    seen = JsonRead.once(parser, seen, 1L << 2);
                    builder.catalog = JsonRead.known(parser, Catalog.wireValues);
                    break;
                case "imageType":
                    seen = JsonRead.once(parser, seen, 1L << 3);
                    builder.imageType = JsonRead.known(parser, ImageType.wireValues);
                    break;
                default:
                    JsonRead.unknown(parser, name, builder.unknownFields);
            }
        }
        return builder.build();
    }

    /**
     * Reads a {@code DescribeImagesRequest} from JSON text, e.g. what {@link #toJson()} wrote or a
     * reply's {@code response} member, exactly as the client reads it.
     *
     * @param json one JSON object (or {@code null})
     * @return the object, or null for {@code null}
     * @throws io.github.docsdk.runtime.ZenlayerClientException when the text is not such an object; the message names the member
     */
    public static DescribeImagesRequest fromJson(String json) {
        return JsonRead.fromText(json, DescribeImagesRequest::fromJson, "DescribeImagesRequest");
    }

    /**
     * Writes this object as one JSON object: the members that are not null, in docs order, then the
     * additional fields as given; {@code null} list elements are left out.
     *
     * @param generator a jackson-core generator
     * @throws IOException if the generator fails
     */
    @Override
    public void writeJson(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        JsonWrite.field(generator, "imageIds", this.imageIds);
        JsonWrite.field(generator, "imageName", this.imageName);
        JsonWrite.field(generator, "catalog", this.catalog);
        JsonWrite.field(generator, "imageType", this.imageType);
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
        if (!(o instanceof DescribeImagesRequest)) {
            return false;
        }
        DescribeImagesRequest other = (DescribeImagesRequest) o;
        return Objects.equals(this.imageIds, other.imageIds)
                && Objects.equals(this.imageName, other.imageName)
                && Objects.equals(this.catalog, other.catalog)
                && Objects.equals(this.imageType, other.imageType)
                && Objects.equals(this.unknownFields, other.unknownFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.imageIds, this.imageName, this.catalog, this.imageType, this.unknownFields);
    }

    @Override
    public String toString() {
        return "DescribeImagesRequest{"
                + "imageIds=" + this.imageIds
                + ", imageName=" + this.imageName
                + ", catalog=" + this.catalog
                + ", imageType=" + this.imageType + "}";
    }

    /**
     * Builds {@link DescribeImagesRequest} objects; not thread-safe.
     */
    public static final class Builder {
        private List<String> imageIds;

        private String imageName;

        private String catalog;

        private String imageType;

        private final Map<String, Object> unknownFields = new LinkedHashMap<>();

        private RequestOverrides overrideConfiguration;

        private Builder() {
        }

        private Builder(DescribeImagesRequest model) {
            this.imageIds = model.imageIds;
            this.imageName = model.imageName;
            this.catalog = model.catalog;
            this.imageType = model.imageType;
            this.unknownFields.putAll(model.unknownFields);
            this.overrideConfiguration = model.overrideConfiguration;
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
         * 镜像ID。
         *
         * @param imageIds the values (copied), or null to leave it out
         * @return this builder
         */
        public Builder imageIds(Collection<String> imageIds) {
            this.imageIds = ModelSupport.copy(imageIds);
            return this;
        }

        /**
         * Sets <code>imageIds</code>; see {@link DescribeImagesRequest#imageIds()}.
         *
         * @param imageIds the values, or null to leave it out
         * @return this builder
         */
        public Builder imageIds(String... imageIds) {
            return imageIds(imageIds == null ? null : Arrays.asList(imageIds));
        }

        /**
         * 镜像名称。
         *
         * @param imageName the value, or null to leave it out
         * @return this builder
         */
        public Builder imageName(String imageName) {
            this.imageName = imageName;
            return this;
        }

        /**
         * 镜像所属分类。
         *
         * <p>Documented values: {@link com.example.bmc.model.Catalog Catalog}.
         *
         * @param catalog the value, or null to leave it out; {@code UNKNOWN_TO_SDK_VERSION} is refused (send an unknown value as a String)
         * @return this builder
         */
        public Builder catalog(Catalog catalog) {
            this.catalog = ModelSupport.wire(catalog, "catalog");
            return this;
        }

        /**
         * Sets <code>catalog</code>; see {@link DescribeImagesRequest#catalog()}.
         *
         * @param catalog the value as sent on the wire, or null to leave it out
         * @return this builder
         */
        public Builder catalog(String catalog) {
            this.catalog = catalog;
            return this;
        }

        /**
         * 镜像类型。
         *
         * <p>Documented values: {@link com.example.bmc.model.ImageType ImageType}.
         *
         * @param imageType the value, or null to leave it out; {@code UNKNOWN_TO_SDK_VERSION} is refused (send an unknown value as a String)
         * @return this builder
         */
        public Builder imageType(ImageType imageType) {
            this.imageType = ModelSupport.wire(imageType, "imageType");
            return this;
        }

        /**
         * Sets <code>imageType</code>; see {@link DescribeImagesRequest#imageType()}.
         *
         * @param imageType the value as sent on the wire, or null to leave it out
         * @return this builder
         */
        public Builder imageType(String imageType) {
            this.imageType = imageType;
            return this;
        }

        /**
         * Adds a member the docs do not define, sent with the request as written (compact JSON).
         *
         * @param name the member's JSON name; refused when the model defines it (use its setter)
         * @param value String, Boolean, a Number, a {@code List} or {@code Map<String, ?>} of such values, or null
         * @return this builder
         * @throws IllegalArgumentException for a name the model defines or a value JSON cannot carry
         */
        public Builder putAdditionalField(String name, Object value) {
            ModelSupport.putAdditional(this.unknownFields, MEMBER_NAMES, name, value);
            return this;
        }

        /**
         * Sets this call's own settings, which win over the client's for this call only.
         *
         * @param overrideConfiguration the overrides, or null for none
         * @return this builder
         */
        public Builder overrideConfiguration(RequestOverrides overrideConfiguration) {
            this.overrideConfiguration = overrideConfiguration;
            return this;
        }

        /**
         * Changes this call's own settings on a builder holding those set so far, e.g.
         * {@code overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(2)).maxAttempts(1))}.
         *
         * @param overrideConfiguration sets timeout, attempts, headers or credentials
         * @return this builder
         */
        public Builder overrideConfiguration(
                Consumer<RequestOverrides.Builder> overrideConfiguration) {
            RequestOverrides.Builder settings = this.overrideConfiguration == null ? RequestOverrides.builder() : this.overrideConfiguration.toBuilder();
            overrideConfiguration.accept(settings);
            this.overrideConfiguration = settings.build();
            return this;
        }

        /**
         * Builds the immutable object; checks nothing (the client checks required members before sending).
         *
         * @return a new {@code DescribeImagesRequest}
         */
        public DescribeImagesRequest build() {
            return new DescribeImagesRequest(this);
        }
    }
}
