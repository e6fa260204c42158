/**
 * What the capabilities' application metrics (MicroProfile Metrics, {@code /metrics}) share: gauges
 * that count rows read one grouped count per family and reuse it for a few seconds
 * ({@code lienthong.metrics.gauge-cache}), so a scrape costs a handful of queries whatever the number
 * of labels. Each capability registers its own metrics beside the events they count.
 */
package vn.lienthong.platform.metrics;
