package io.rapport.core.engine;

import io.rapport.core.message.Card;
import io.rapport.core.model.Audience;
import io.rapport.core.model.Nudge;
import io.rapport.core.model.NudgeState;
import io.rapport.core.port.Claim;
import io.rapport.core.port.DeliveryException;
import io.rapport.core.port.Messenger;
import io.rapport.core.port.Store;
import io.rapport.core.rulebook.Rulebook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers nudges that came due. Each is claimed with a lease (so two instances never deliver the same
 * one, and a crashed instance's claims come back), sent through the messenger with a key that makes a
 * re-send invisible, then marked open (a notice such as kudos is finished once delivered). A failed send is
 * retried with exponential backoff. A private nudge due outside its reader's working hours waits for the
 * start of their next working day; team posts go to the team channel. Before completing, the nudge's rule
 * plans what follows it, so a crash in between re-sends (invisibly) rather than losing the next occurrence.
 * {@link #runOnce} counts messages delivered to people, not the engine's internal rounds. A scheduler may be
 * given a lane (the workspaces it delivers for, e.g. one platform's), so a platform that is slow or hanging
 * holds up only its own nudges while another scheduler delivers the rest.
 */
public final class Scheduler {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    private final Store store;
    private final Engine engine;
    private final Messenger messenger;
    private final Clock clock;
    private final Rulebook.Delivery delivery;
    private final Listener listener;
    private final Predicate<String> lane;
    private volatile boolean stopping;

    /** What the scheduler reports, for metrics. */
    public interface Listener {
        void delivered(Nudge nudge);

        void failed(Nudge nudge, RuntimeException cause);

        Listener NONE = new Listener() {
            @Override
            public void delivered(Nudge nudge) {
            }

            @Override
            public void failed(Nudge nudge, RuntimeException cause) {
            }
        };
    }

    public Scheduler(Store store, Engine engine, Messenger messenger, Clock clock, Listener listener) {
        this(store, engine, messenger, clock, listener, workspace -> true);
    }

    /** A scheduler that claims only the nudges of the workspaces {@code lane} accepts. */
    public Scheduler(Store store, Engine engine, Messenger messenger, Clock clock, Listener listener,
                     Predicate<String> lane) {
        this.lane = lane;
        this.store = store;
        this.engine = engine;
        this.messenger = messenger;
        this.clock = clock;
        this.delivery = engine.rulebook().delivery();
        this.listener = listener;
    }

    /** Claims and delivers up to {@code batch} due nudges one after another; returns how many were delivered. */
    public int runOnce(int batch) {
        return runOnce(batch, Runnable::run);
    }

    /**
     * Claims up to {@code batch} due nudges and delivers each on {@code executor}, so that the round trips of one
     * delivery (Redis, the platform's API, a channel's pace) overlap with the others'; returns how many were
     * delivered once all are done. A delivery that fails does not stop the others; the first failure is
     * rethrown at the end, and its nudge comes back when its lease ends. A delivery starts only while at least
     * half the lease is left: past that (storage or the platform stalled, e.g. during a Redis failover) the rest
     * are given back, since another instance may claim them as soon as the lease ends and a nudge delivered by
     * both would arrive twice.
     */
    public int runOnce(int batch, Executor executor) {
        Instant claimed = clock.instant();
        List<Claim> claims = store.claimDue(claimed, delivery.lease(), batch, lane);
        Instant lastStart = claimed.plus(delivery.lease().dividedBy(2));
        List<CompletableFuture<Boolean>> running = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            running.add(CompletableFuture.supplyAsync(() -> stopping || clock.instant().isAfter(lastStart)
                    ? release(claim) : deliver(claim), executor));
        }
        int delivered = 0;
        RuntimeException failure = null;
        for (CompletableFuture<Boolean> one : running) {
            try {
                delivered += one.join() ? 1 : 0;
            } catch (CompletionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                failure = failure != null ? failure
                        : e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return delivered;
    }

    /** From now on, claims not yet delivered are given back instead (graceful shutdown). */
    public void stop() {
        stopping = true;
    }

    private boolean deliver(Claim claim) {
        Nudge nudge = claim.nudge();
        String ws = claim.workspace();
        Instant now = clock.instant();
        if (nudge.state() != NudgeState.SCHEDULED) {
            store.complete(claim, nudge);
            return false;
        }
        if (nudge.audience() == Audience.INTERNAL) {
            engine.runInternal(ws, nudge);
            return finish(claim, nudge, NudgeState.DONE, "scheduler");
        }
        if (nudge.isExpired(now)) {
            return finish(claim, nudge, NudgeState.CANCELLED, "expired");
        }
        Optional<Rendered> rendered = engine.render(ws, nudge);
        if (rendered.isEmpty()) {
            store.complete(claim, nudge.closed(NudgeState.CANCELLED, "scheduler", now));
            return false;
        }
        Instant deliverable = engine.deliverableAt(nudge, rendered.get(), now);
        // held for the reader's morning unless that would be too late for it to matter at all
        if (deliverable.isAfter(now) && (nudge.expiresAt() == null || deliverable.isBefore(nudge.expiresAt()))) {
            // outside the reader's working hours: it waits for their morning, without counting as a failure
            store.release(claim, nudge.withState(NudgeState.SCHEDULED, deliverable));
            return false;
        }
        boolean sent;
        try {
            // the key changes with each delivery, so a snoozed nudge arrives again, but a re-sent one does not
            sent = send(ws, nudge, rendered.get().card(), nudge.id() + "#" + (nudge.deliveries() + 1));
        } catch (DeliveryException | IllegalStateException e) {
            Instant retryAt = now.plus(backoff(nudge.attempts()));
            LOG.warn("delivering nudge {} failed (attempt {}), retrying at {}: {}",
                    nudge.id(), nudge.attempts() + 1, retryAt, e.getMessage());
            store.release(claim, nudge.failedAttempt(retryAt));
            listener.failed(nudge, e);
            return false;
        }
        if (!sent) {
            return finish(claim, nudge, NudgeState.CANCELLED, "no recipient");
        }
        engine.afterDue(ws, nudge, rendered.get());
        Nudge delivered = rendered.get().notice()
                ? nudge.delivered().closed(NudgeState.DONE, "delivered", now) : nudge.delivered();
        if (store.complete(claim, delivered)) {
            listener.delivered(nudge);
            return true;
        }
        return false;
    }

    /** A team post goes to the team channel, or without one to its assignee; false when nobody can get it. */
    private boolean send(String ws, Nudge nudge, Card card, String key) {
        if (nudge.audience() == Audience.TEAM) {
            Optional<String> channel = engine.teamChannel(ws);
            if (channel.isPresent()) {
                messenger.postToTeam(ws, channel.get(), card, key);
                return true;
            }
        }
        if (nudge.assignee() == null) {
            return false;
        }
        messenger.sendPrivate(ws, nudge.assignee(), card, key);
        return true;
    }

    /** Ends a nudge that is not delivered to anyone; its rule still plans what follows. */
    private boolean finish(Claim claim, Nudge nudge, NudgeState how, String by) {
        engine.afterDue(claim.workspace(), nudge);
        store.complete(claim, nudge.closed(how, by, clock.instant()));
        return false;
    }

    /** Gives back a claim without delivering it: due again at once, for another instance. */
    private boolean release(Claim claim) {
        store.release(claim, claim.nudge().withState(NudgeState.SCHEDULED, clock.instant()));
        return false;
    }

    Duration backoff(int attempts) {
        Duration d = delivery.retryInitial();
        for (int i = 0; i < attempts && d.compareTo(delivery.retryMax()) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(delivery.retryMax()) > 0 ? delivery.retryMax() : d;
    }
}
