package io.zongshu.dataset;

import io.smallrye.config.ConfigMapping;
import java.util.List;

@ConfigMapping(prefix = "zongshu.dataset")
public interface DatasetConfig {
    /** Whether to load the dataset files at start-up. */
    boolean load();

    /** Class-path resources to load, in order. */
    List<String> files();
}
