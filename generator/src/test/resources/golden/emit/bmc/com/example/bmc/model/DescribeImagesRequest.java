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
 * The request of <code>DescribeImages</code>, sent by {@link com.example.bmc.BmcClient#describeImages}.
 *
 * <p>调用本接口用于查看镜像列表。
 */
@Generated("io.github.docsdk")
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public final class DescribeImagesRequest {
    @JsonProperty("imageIds")
    private final List<String> imageIds;

    @JsonProperty("imageName")
    private final String imageName;

    @JsonProperty("catalog")
    private final String catalog;

    @JsonProperty("imageType")
    private final String imageType;

    @JsonCreator
    private DescribeImagesRequest(@JsonProperty("imageIds") List<String> imageIds,
            @JsonProperty("imageName") String imageName, @JsonProperty("catalog") String catalog,
            @JsonProperty("imageType") String imageType) {
        this.imageIds = ModelSupport.freeze(imageIds);
        this.imageName = imageName;
        this.catalog = catalog;
        this.imageType = imageType;
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
                && Objects.equals(this.imageType, other.imageType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.imageIds, this.imageName, this.catalog, this.imageType);
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

        private Builder() {
        }

        private Builder(DescribeImagesRequest model) {
            this.imageIds = model.imageIds;
            this.imageName = model.imageName;
            this.catalog = model.catalog;
            this.imageType = model.imageType;
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
         * @param catalog the value, or null to leave it out
         * @return this builder
         */
        public Builder catalog(Catalog catalog) {
            this.catalog = catalog == null ? null : catalog.toString();
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
         * @param imageType the value, or null to leave it out
         * @return this builder
         */
        public Builder imageType(ImageType imageType) {
            this.imageType = imageType == null ? null : imageType.toString();
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
         * Builds the immutable object.
         *
         * @return a new {@code DescribeImagesRequest}
         */
        public DescribeImagesRequest build() {
            return new DescribeImagesRequest(imageIds, imageName, catalog, imageType);
        }
    }
}
