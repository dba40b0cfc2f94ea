package io.rapport.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.rapport.core.engine.Scheduler;
import io.rapport.core.model.Nudge;
import io.rapport.teams.TeamsListener;
import java.util.function.LongSupplier;

/** What {@code GET /metrics} shows, in Prometheus text format. */
public final class Metrics implements Scheduler.Listener, TeamsListener {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter delivered;
    private final Counter failed;

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        // JvmGcMetrics holds listeners; it lives as long as the process, like the registry
        new JvmGcMetrics().bindTo(registry);
        delivered = Counter.builder("rapport.nudges.delivered").description("Nudges delivered").register(registry);
        failed = Counter.builder("rapport.nudges.delivery.failures")
                .description("Nudge deliveries that failed and will be retried").register(registry);
    }

    public void command(String surface) {
        registry.counter("rapport.commands", "surface", surface).increment();
    }

    public void httpError(int status) {
        registry.counter("rapport.http.errors", "status", String.valueOf(status)).increment();
    }

    @Override
    public void delivered(Nudge nudge) {
        delivered.increment();
        registry.counter("rapport.nudges.delivered.by.rule", "rule", nudge.rule()).increment();
    }

    @Override
    public void failed(Nudge nudge, RuntimeException cause) {
        failed.increment();
    }

    @Override
    public void send(String outcome, String detail) {
        registry.counter("rapport.teams.sends", "outcome", outcome, "detail", detail).increment();
    }

    @Override
    public void inbound(String type, int status) {
        registry.counter("rapport.teams.activities", "type", type, "status", String.valueOf(status)).increment();
    }

    /**
     * The events of a platform's inbox: waiting or being handled, and set aside. Read from Redis at each scrape;
     * while Redis is unreachable they read NaN and the rest of the page is still served. The gauges hold their
     * suppliers strongly: Micrometer's default weak reference lets a method reference be collected, after which
     * the gauge reads NaN for good.
     */
    public void inbox(String platform, LongSupplier backlog, LongSupplier deadLettered) {
        Gauge.builder("rapport.inbox.backlog", backlog, s -> s.getAsLong())
                .description("Inbound events queued in Redis and not yet handled").tag("platform", platform)
                .strongReference(true).register(registry);
        Gauge.builder("rapport.inbox.dead.letters", deadLettered, s -> s.getAsLong())
                .description("Inbound events set aside because they could not be handled").tag("platform", platform)
                .strongReference(true).register(registry);
    }

    public String scrape() {
        return registry.scrape();
    }
}
