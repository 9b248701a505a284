package io.github.docsdk.bench.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The typed floor of issue 18: the least any typed client on java.net.http and jackson-core can do
 * with the DescribeImages reply, written by hand for exactly this shape. A plain {@code JsonFactory},
 * one pass over the bytes, a switch on each member name, plain final objects; unknown members are
 * skipped, nothing is checked beyond what jackson-core checks itself.
 */
final class TypedFloor {
  private static final JsonFactory FACTORY = new JsonFactory();

  private TypedFloor() {}

  /** One image as plain values. */
  static final class Image {
    final String imageId;
    final String imageName;
    final String catalog;
    final String imageType;
    final String osType;

    Image(String imageId, String imageName, String catalog, String imageType, String osType) {
      this.imageId = imageId;
      this.imageName = imageName;
      this.catalog = catalog;
      this.imageType = imageType;
      this.osType = osType;
    }
  }

  /** The reply's response member as plain values. */
  static final class Images {
    final String requestId;
    final List<Image> images;

    Images(String requestId, List<Image> images) {
      this.requestId = requestId;
      this.images = images;
    }
  }

  static Images parse(byte[] body) throws IOException {
    try (JsonParser p = FACTORY.createParser(body)) {
      p.nextToken();
      Images images = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        p.nextToken();
        if (name.equals("response")) {
          images = response(p);
        } else {
          p.skipChildren();
        }
      }
      return images;
    }
  }

  private static Images response(JsonParser p) throws IOException {
    String requestId = null;
    List<Image> images = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      switch (name) {
        case "requestId":
          requestId = p.getText();
          break;
        case "images":
          images = new ArrayList<>();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            images.add(image(p));
          }
          break;
        default:
          p.skipChildren();
      }
    }
    return new Images(requestId, images);
  }

  private static Image image(JsonParser p) throws IOException {
    String imageId = null;
    String imageName = null;
    String catalog = null;
    String imageType = null;
    String osType = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      switch (name) {
        case "imageId":
          imageId = p.getText();
          break;
        case "imageName":
          imageName = p.getText();
          break;
        case "catalog":
          catalog = p.getText();
          break;
        case "imageType":
          imageType = p.getText();
          break;
        case "osType":
          osType = p.getText();
          break;
        default:
          p.skipChildren();
      }
    }
    return new Image(imageId, imageName, catalog, imageType, osType);
  }
}
