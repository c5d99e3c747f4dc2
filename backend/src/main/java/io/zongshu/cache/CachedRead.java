package io.zongshu.cache;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import io.zongshu.common.Validators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A kept answer: the resource's headers and body as it answered, and copies of the body compressed once
 * (gzip, and brotli where the native library loads), as a static server keeps a file's .gz and .br copies.
 * The copies are made after the answer is kept, off the event loop; until then reads go to the resource.
 */
final class CachedRead {
    /** Brotli's best quality is slow on large bodies: those get a quicker one. */
    private static final int LARGE = 256 * 1024;
    /**
     * For an answer that is dropped at the next change of data: compressed again after every approval, it
     * gets quick settings (brotli 5, gzip 6: about ten times faster, a few percent larger). Only what no
     * change can alter is worth the best ones.
     */
    private static final int QUICK_BROTLI = 5;
    private static final int QUICK_GZIP = 6;

    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;
    private final Validators validators;
    private final boolean uncompressed;
    private final boolean lasting;
    private final String route;
    private volatile byte[] gzip;
    private volatile byte[] brotli;
    private volatile boolean compressed;

    CachedRead(List<Map.Entry<String, String>> headers, byte[] body, Validators validators, boolean uncompressed,
               boolean lasting, String route) {
        this.headers = List.copyOf(headers);
        this.body = body;
        this.validators = validators;
        this.uncompressed = uncompressed;
        this.lasting = lasting;
        this.route = route;
    }

    /** The resource's path template (/api/v1/reviews/{year}), as the metrics name the read; null if unknown. */
    String route() {
        return route;
    }

    /** Whether no change of data can alter this answer (it is kept when other answers are dropped). */
    boolean lasting() {
        return lasting;
    }

    /** What stands in the cache for an answer being read: never ready, so never served. */
    static CachedRead placeholder() {
        return new CachedRead(List.of(), null, null, false, false, null);
    }

    boolean isPlaceholder() {
        return body == null;
    }

    /** Whether the answer is never compressed (its strong ETag goes back in If-Match). */
    boolean uncompressed() {
        return uncompressed;
    }

    /** The resource's own headers (Content-Type, Cache-Control, Content-Location, …), validators apart. */
    List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** The first value of the resource's header {@code name}. */
    Optional<String> header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    byte[] body() {
        return body;
    }

    Validators validators() {
        return validators;
    }

    /** The gzip copy, or null while it is being made. */
    byte[] gzip() {
        return gzip;
    }

    /** The brotli copy, or null while it is being made or when brotli is not available here. */
    byte[] brotli() {
        return brotli;
    }

    /** Whether the compressed copies are made (or never will be: the answer is never compressed). */
    boolean ready() {
        return !isPlaceholder() && (compressed || uncompressed);
    }

    int size() {
        return body == null ? 0 : body.length;
    }

    /** The bytes this takes with its compressed copies. */
    int footprint() {
        byte[] gz = gzip;
        byte[] br = brotli;
        return size() + (gz == null ? 0 : gz.length) + (br == null ? 0 : br.length);
    }

    /** Makes the compressed copies; returns how many bytes they take. */
    int compress() {
        byte[] gz = gzip(body, lasting ? Deflater.BEST_COMPRESSION : QUICK_GZIP);
        gzip = gz;
        byte[] br = Brotli4jLoader.isAvailable() ? brotli(body, lasting && body.length <= LARGE ? 11 : QUICK_BROTLI) : null;
        brotli = br;
        compressed = true;
        return gz.length + (br == null ? 0 : br.length);
    }

    private static byte[] gzip(byte[] body, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(level);
            }
        }) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Compressing in memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static byte[] brotli(byte[] body, int quality) {
        try {
            return Encoder.compress(body, new Encoder.Parameters().setQuality(quality));
        } catch (IOException e) {
            return null; // the HTTP layer compresses instead
        }
    }
}
