package io.zongshu.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that changes nothing a public read shows (a county's draft, its submission for review): the
 * public reads kept in memory stay. Only for writes to the tables of submissions and their history, the
 * ones {@code io.zongshu.cache.DataChangeListener} lets pass on PostgreSQL for the same reason.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicReadsUnchanged {
}
