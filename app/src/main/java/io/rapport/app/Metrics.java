package io.rapport.app;

import io.micrometer.core.instrument.Counter;
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

    public String scrape() {
        return registry.scrape();
    }
}
