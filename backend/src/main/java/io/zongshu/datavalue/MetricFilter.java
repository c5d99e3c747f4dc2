package io.zongshu.datavalue;

import io.zongshu.indicator.Category;
import java.util.List;

/** Which data values a reader asks for; empty lists mean "any". */
public record MetricFilter(List<String> periods, List<String> orgUnits, List<Category> categories,
                           List<String> indicators) {
}
