/**
 * The emit stage: spec model to Java sources with JavaPoet ({@link io.github.docsdk.emit.SdkEmitter}).
 *
 * <p>What a generated SDK looks like, for base package {@code P} and service {@code bmc}:
 *
 * <ul>
 *   <li>{@code P.BmcClient} / {@code P.BmcAsyncClient}: {@code builder()} with {@code credentials},
 *       {@code credentialsProvider}, {@code endpoint}, {@code callTimeout}, {@code connectTimeout},
 *       {@code maxAttempts}, {@code addInterceptor}, {@code userAgent}, {@code build()};
 *       {@code AutoCloseable}; one method per action in lowerCamelCase, wrapping the runtime's
 *       {@code ZenlayerHttpClient} with service name and API version baked in. Required members are
 *       checked first: one {@link IllegalArgumentException} names every missing member by JSON
 *       path ({@code disks[1].diskSize}); the async client returns it as a failed future.
 *       Actions whose request has integer {@code pageNum}/{@code pageSize} and whose response has
 *       an integer {@code totalCount} plus exactly one list get {@code xxxPaginator(request)}:
 *       on the sync client it returns {@code P.Paginator<Response, Item>}, an {@code Iterable} of
 *       pages fetched lazily, with {@code items()} streaming the elements; on the async client
 *       {@code P.AsyncPaginator<Response, Item>}, whose {@code forEachPage}, {@code forEachItem}
 *       and {@code collectItems} fetch one page at a time without blocking a thread and return
 *       {@code CompletableFuture}s.
 *   <li>{@code P.BmcErrorCodes}: a String constant per documented error code (page and common
 *       codes), Javadoc with HTTP status, meaning and the documenting actions.
 *   <li>{@code P.model}: {@code <Action>Request}, {@code <Action>Response}, one class per
 *       structure, one enum per enum shape. Models are immutable with {@code builder()} /
 *       {@code toBuilder()}, accessors named after the JSON names, value equality, and a
 *       {@code toString} that masks secret-looking members. Absent scalars read null; absent
 *       lists read empty, {@code hasXxx()} telling absent from empty. Enum members read as the
 *       enum ({@code UNKNOWN_TO_SDK_VERSION} for new values) and as {@code xxxAsString()};
 *       timestamps as {@code Instant} (an unparsable one throws, naming member and value) and
 *       {@code xxxAsString()}. Members the model does not know read through {@code unknownFields()};
 *       request builders take {@code putAdditionalField(name, value)}.
 * </ul>
 *
 * <p>JSON binding: private final fields carry {@code @JsonProperty(wireName)} for writing; reading
 * fills the builder's annotated fields ({@code @JsonDeserialize(builder = ...)}) and builds, so a
 * model of any size needs no giant constructor; enums and timestamps stay the raw wire String;
 * members the model does not know go to a {@code @JsonAnySetter} as plain Java values. That relies
 * on the runtime mapper's contract (nulls not written, no modules).
 *
 * <p>Naming: contract names are allocated first; shapes that collide (also ignoring case, for
 * case-insensitive file systems, and with {@code java.lang} names) get a {@code Model} suffix;
 * member methods use JavaPoet's {@code NameAllocator} after reserving the generated methods, so a
 * clash renames only the derived method ({@code hasImages_}); fields are always lower-case.
 */
package io.github.docsdk.emit;
