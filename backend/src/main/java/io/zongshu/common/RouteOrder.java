package io.zongshu.common;

/**
 * Where this service's own HTTP handlers run: ahead of Quarkus's security filters (authentication at
 * order -200, then REST's authentication-failure filter at -199, which on every request matches the path
 * against every resource to name it in the metrics). A public read served from memory needs none of that.
 * The metrics still name its route: see {@link io.zongshu.cache.ReadCacheRoute}.
 */
public final class RouteOrder {
    /** Marks answers that may be compressed (Vary, weak ETags) once their headers are written. */
    public static final int COMPRESSION = -1003;
    /** Cross-origin rules: a refused write is answered here. */
    public static final int CORS = -1002;
    /** Bodies over the limit are refused before they are read (ahead of Quarkus's own limit at -2). */
    public static final int BODY_LIMIT = -1001;
    /** Public reads served from memory. */
    public static final int READ_CACHE = -1000;

    private RouteOrder() {
    }
}
