package io.rapport.slack;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Slack gives an interaction 3 seconds. Work runs on a pool; what finishes within the budget answers in the
 * HTTP response, what takes longer is handed to {@code late} when it is done (it then answers through the
 * response_url), and the request is acknowledged in time either way.
 */
final class Budget {
    private final ExecutorService pool;
    private final Duration budget;

    Budget(ExecutorService pool, Duration budget) {
        this.pool = pool;
        this.budget = budget;
    }

    /** The result within the budget, or null when {@code late} will get it. Failures are thrown as they were. */
    <T> T within(Callable<T> work, Consumer<T> late, Consumer<Exception> lateFailure) throws Exception {
        Future<T> future = pool.submit(work);
        try {
            return future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pool.execute(() -> {
                try {
                    late.accept(future.get());
                } catch (ExecutionException failed) {
                    lateFailure.accept(failed.getCause() instanceof Exception ex ? ex : failed);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException sendFailed) {
                    lateFailure.accept(sendFailed);
                }
            });
            return null;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    void later(Runnable task) {
        pool.execute(task);
    }
}
