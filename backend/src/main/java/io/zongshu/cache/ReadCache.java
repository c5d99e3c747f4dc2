package io.zongshu.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The answers of public reads, kept in memory by the request's canonical form (see {@link ReadCacheRoute}).
 * Everything is dropped at once when any data changes ({@link #invalidate}): on a write through this
 * process, on a change notified by PostgreSQL ({@link DataChangeListener}), or when the notifications may
 * have been missed. An answer read before a change is never kept after it: each fill carries the
 * {@link #version()} it began at, and is refused when that is no longer the current one.
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

    /** The data version fills are checked against: it changes with every invalidation. */
    public long version() {
        return version.get();
    }

    /** The kept answer for {@code key}, or null. */
    public CachedRead get(String key) {
        return enabled ? entries.get(key) : null;
    }

    /** Keeps {@code read} for {@code key}, unless the data changed since {@code since} (a fill's start). */
    void put(String key, long since, CachedRead read) {
        if (!enabled || since != version.get() || read.size() > maxEntryBytes) {
            return;
        }
        if (bytes.addAndGet(read.size()) > maxBytes) {
            // Over budget: start again rather than track use; the reads that matter come back first.
            invalidate();
            return;
        }
        entries.put(key, read);
        if (since != version.get()) {
            // An invalidation ran between the check and the put and may have missed this entry.
            entries.remove(key, read);
        }
    }

    /** Drops {@code read}, kept for {@code key}, if it is still the one kept: it no longer answers {@code key}. */
    void drop(String key, CachedRead read) {
        if (entries.remove(key, read)) {
            bytes.addAndGet(-read.footprint());
        }
    }

    /** A compressed copy of a kept answer has been made: it counts against the budget too. */
    void grew(int size) {
        bytes.addAndGet(size);
    }

    /** Drops every kept answer; fills under way are refused. */
    public void invalidate() {
        version.incrementAndGet();
        entries.clear();
        bytes.set(0);
    }

    /** Keeping answers is safe again (this process learns of every change); drops what was kept before. */
    void enable() {
        invalidate();
        enabled = true;
        LOG.debug("read cache on");
    }

    /** This process may miss changes from now on: nothing is kept or served until {@link #enable}. */
    void disable() {
        enabled = false;
        invalidate();
        LOG.debug("read cache off");
    }

    /** Whether answers are being kept (for tests and health). */
    public boolean enabled() {
        return enabled;
    }

    /** How many answers are kept. */
    public int size() {
        return entries.size();
    }
}
