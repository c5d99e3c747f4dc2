package io.zongshu.review;

import java.util.Objects;
import java.util.regex.Pattern;

/** What an edition's content hash stands for: how many values it froze, and the SHA-256 over them (hex). */
record ContentHash(int values, String hex) {
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    ContentHash {
        if (values < 0 || !SHA_256_HEX.matcher(Objects.requireNonNull(hex, "hex")).matches()) {
            throw new IllegalArgumentException("Not a content hash: " + values + " values, " + hex);
        }
    }
}
