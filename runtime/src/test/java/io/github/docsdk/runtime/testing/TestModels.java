package io.github.docsdk.runtime.testing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.docsdk.runtime.json.JsonRead;
import io.github.docsdk.runtime.json.JsonWritable;
import io.github.docsdk.runtime.json.JsonWrite;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small response and request models with readers and writers written the way generated ones are. */
public final class TestModels {
    private TestModels() {
    }

    public static final class ImageInfo {
        public final String imageId;
        public final String catalog;
        public final Map<String, Object> unknownFields;

        public ImageInfo(String imageId, String catalog, Map<String, Object> unknownFields) {
            this.imageId = imageId;
            this.catalog = catalog;
            this.unknownFields = unknownFields;
        }

        public static ImageInfo read(JsonParser p) throws IOException {
            if (!JsonRead.startObject(p)) {
                return null;
            }
            String imageId = null;
            String catalog = null;
            Map<String, Object> unknown = new LinkedHashMap<>();
            long seen = 0;
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "imageId":
                        seen = JsonRead.once(p, seen, 1);
                        imageId = JsonRead.string(p);
                        break;
                    case "catalog":
                        seen = JsonRead.once(p, seen, 2);
                        catalog = JsonRead.string(p);
                        break;
                    default:
                        JsonRead.unknown(p, name, unknown);
                }
            }
            return new ImageInfo(imageId, catalog, unknown);
        }
    }

    public static final class ImagesResponse {
        public final String requestId;
        public final List<ImageInfo> images;
        public final Long totalCount;

        public ImagesResponse(String requestId, List<ImageInfo> images, Long totalCount) {
            this.requestId = requestId;
            this.images = images;
            this.totalCount = totalCount;
        }

        public static ImagesResponse read(JsonParser p) throws IOException {
            if (!JsonRead.startObject(p)) {
                return null;
            }
            String requestId = null;
            List<ImageInfo> images = null;
            Long totalCount = null;
            Map<String, Object> unknown = new LinkedHashMap<>();
            long seen = 0;
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                switch (name) {
                    case "requestId":
                        seen = JsonRead.once(p, seen, 1);
                        requestId = JsonRead.string(p);
                        break;
                    case "images":
                        seen = JsonRead.once(p, seen, 2);
                        images = JsonRead.list(p, ImageInfo::read);
                        break;
                    case "totalCount":
                        seen = JsonRead.once(p, seen, 4);
                        totalCount = JsonRead.int64(p);
                        break;
                    default:
                        JsonRead.unknown(p, name, unknown);
                }
            }
            return new ImagesResponse(requestId, images, totalCount);
        }
    }

    public static final class ImagesRequest implements JsonWritable {
        private final String zoneId;
        private final Integer pageNum;
        private final String password;

        public ImagesRequest(String zoneId, Integer pageNum, String password) {
            this.zoneId = zoneId;
            this.pageNum = pageNum;
            this.password = password;
        }

        public String zoneId() {
            return zoneId;
        }

        public Integer pageNum() {
            return pageNum;
        }

        public String password() {
            return password;
        }

        @Override
        public void writeJson(JsonGenerator g) throws IOException {
            g.writeStartObject();
            JsonWrite.field(g, "zoneId", zoneId);
            JsonWrite.field(g, "pageNum", pageNum == null ? null : pageNum.longValue());
            JsonWrite.field(g, "password", password);
            g.writeEndObject();
        }
    }

    /** A request with no members: must still be sent as {@code {}}. */
    public static final class EmptyRequest implements JsonWritable {
        @Override
        public void writeJson(JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeEndObject();
        }
    }

    public static final String ONE_IMAGE = "{\"requestId\":\"req-1\",\"images\":[{\"imageId\":\"img-1\","
            + "\"catalog\":\"centos\",\"futureField\":42}],\"totalCount\":1}";
}
