package io.github.docsdk.runtime.testing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Small response and request models bound the way generated models are: explicit annotations. */
public final class TestModels {
    private TestModels() {
    }

    public static final class ImageInfo {
        public final String imageId;
        public final String catalog;

        @JsonCreator
        public ImageInfo(@JsonProperty("imageId") String imageId, @JsonProperty("catalog") String catalog) {
            this.imageId = imageId;
            this.catalog = catalog;
        }
    }

    public static final class ImagesResponse {
        public final String requestId;
        public final List<ImageInfo> images;
        public final Long totalCount;

        @JsonCreator
        public ImagesResponse(@JsonProperty("requestId") String requestId,
                @JsonProperty("images") List<ImageInfo> images, @JsonProperty("totalCount") Long totalCount) {
            this.requestId = requestId;
            this.images = images;
            this.totalCount = totalCount;
        }
    }

    public static final class ImagesRequest {
        private final String zoneId;
        private final Integer pageNum;
        private final String password;

        public ImagesRequest(String zoneId, Integer pageNum, String password) {
            this.zoneId = zoneId;
            this.pageNum = pageNum;
            this.password = password;
        }

        @JsonProperty("zoneId")
        public String zoneId() {
            return zoneId;
        }

        @JsonProperty("pageNum")
        public Integer pageNum() {
            return pageNum;
        }

        @JsonProperty("password")
        public String password() {
            return password;
        }
    }

    /** A request with no members: must still be sent as {@code {}}. */
    public static final class EmptyRequest {
    }

    public static final String ONE_IMAGE = "{\"requestId\":\"req-1\",\"images\":[{\"imageId\":\"img-1\","
            + "\"catalog\":\"centos\",\"futureField\":42}],\"totalCount\":1}";
}
