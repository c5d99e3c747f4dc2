package io.zongshu.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The answers of public reads, kept in memory by the request's canonical form (see {@link ReadCacheRoute}).
 * Everything is dropped at once when data a public read shows changes ({@link #invalidate}): on a write
 * through this process, on a change notified by PostgreSQL ({@link DataChangeListener}); only the answers no
 * change can alter outlast it. When the notifications may have been missed, everything goes ({@link #clear}). An answer read before a change is never kept after it: each fill carries the
 * data version it began at, and is refused when that is no longer the current one.
 */
@ApplicationScoped
public class ReadCache {
    private static final Logger LOG = Logger.getLogger(ReadCache.class);

    private final Map<String, CachedRead> entries = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    /** False while this process cannot learn of other processes' changes (no LISTEN connection). */
    private volatile boolean enabled;

    @ConfigProperty(name = "zongshu.read-cache.max-bytes", defaultValue = "67108864")
    long maxBytes;

    @ConfigProperty(name = "zongshu.read-cache.max-entry-bytes", defaultValue = "16777216")
    int maxEntryBytes;

    /** The largest answer kept (a method: fields of a CDI bean are not read through its proxy). */
    int maxEntryBytes() {
        return maxEntryBytes;
    }

    /** The kept answer for {@code key} (not {@link CachedRead#ready() ready} while being kept), or null. */
    CachedRead get(String key) {
        return enabled ? entries.get(key) : null;
    }

    /**
     * A read that is to be kept: its key, the data version it began at, and what stands for it in the cache
     * meanwhile (never served), so that the reads that come while it runs go to the resource without
     * each reading, keeping and compressing the same answer again.
     */
    record Fill(String key, long version, CachedRead placeholder) {
    }

    /** The fill of {@code key}, if nothing is kept or being kept for it (and answers may be kept now). */
    Optional<Fill> claim(String key) {
        long since = version.get();
        CachedRead placeholder = CachedRead.placeholder();
        if (!enabled || entries.putIfAbsent(key, placeholder) != null) {
            return Optional.empty();
        }
        return Optional.of(new Fill(key, since, placeholder));
    }

    /** The fill ended without keeping anything: another read may try. */
    void release(Fill fill) {
        entries.remove(fill.key(), fill.placeholder());
    }

    /** The fill's answer is too large to keep: its reads go to the resource, none trying again, until a change. */
    void neverKeep(Fill fill) {
        entries.replace(fill.key(), fill.placeholder(), CachedRead.placeholder());
    }

    /**
     * Keeps {@code read} in place of the fill's placeholder, unless the data changed since the fill began.
     * Returns whether it is kept.
     */
    boolean put(Fill fill, CachedRead read) {
        if (!enabled || fill.version() != version.get() || read.size() > maxEntryBytes) {
            release(fill);
            return false;
        }
        if (bytes.addAndGet(read.size()) > maxBytes) {
            // Over budget: start again rather than track use; the reads that matter come back first.
            clear();
            return false;
        }
        if (!entries.replace(fill.key(), fill.placeholder(), read) || fill.version() != version.get()) {
            // Dropped meanwhile, or an invalidation ran between the check and the replace and may have missed it.
            entries.remove(fill.key(), read);
            return false;
        }
        return true;
    }

    /** Drops {@code read}, kept for {@code key}, if it is still the one kept: it no longer answers {@code key}. */
    void drop(String key, CachedRead read) {
        if (entries.remove(key, read)) {
            bytes.addAndGet(-read.footprint());
        }
    }

    /** A compressed copy of the answer kept for {@code key} has been made: it counts against the budget too. */
    void grew(String key, CachedRead read, int size) {
        if (entries.get(key) == read) {
            bytes.addAndGet(size);
        }
    }

    /**
     * Data changed: drops every kept answer but those that no change can alter (an edition; the latest
     * review, which is confirmed on every read); fills under way are refused.
     */
    public void invalidate() {
        version.incrementAndGet();
        entries.values().removeIf(read -> !read.lasting());
        bytes.set(entries.values().stream().mapToLong(CachedRead::footprint).sum());
    }

    /** Drops every kept answer, lasting ones too; fills under way are refused. */
    public void clear() {
        version.incrementAndGet();
        entries.clear();
        bytes.set(0);
    }

    /** Keeping answers is safe again (this process learns of every change); drops what was kept before. */
    void enable() {
        clear();
        enabled = true;
        LOG.debug("read cache on");
    }

    /** This process may miss changes from now on: nothing is kept or served until {@link #enable}. */
    void disable() {
        enabled = false;
        clear();
        LOG.debug("read cache off");
    }

    /** Whether answers are being kept (for tests and health). */
    public boolean enabled() {
        return enabled;
    }

    /** How many answers are kept (not counting those being kept). */
    public int size() {
        return (int) entries.values().stream().filter(r -> !r.isPlaceholder()).count();
    }
}
