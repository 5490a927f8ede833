package com.rentcar.payment.adapter.provider;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.rentcar.payment.application.PaymentProvider;
import com.rentcar.payment.application.PaymentProviderUnavailable;
import com.rentcar.payment.application.ProviderAnswer;
import com.rentcar.payment.application.ProviderControl;
import com.rentcar.payment.application.ProviderSettings;
import com.rentcar.payment.domain.Amount;
import com.rentcar.payment.domain.IdempotencyKey;
import com.rentcar.payment.domain.ProviderReference;

/**
 * A payment provider inside the service, behaving as a real one would and switchable at run time:
 * {@code NORMAL} approves, {@code DECLINING} declines every charge, {@code FAILING} answers nothing (unavailable),
 * {@code SLOW} waits the configured delay before answering (charges and refunds alike).
 * <p>
 * Like a real provider it is idempotent: a charge asked again with the same key returns the same reference
 * without taking the money twice (a refund asked again likewise gives the money back once). It remembers the last
 * {@value #REMEMBERED} keys (in memory: a restart forgets them), and counts the calls made for each, so tests
 * and drills can see that a key was charged once.
 */
public class SimulatedPaymentProvider implements PaymentProvider, ProviderControl {

    static final int REMEMBERED = 10_000;

    private final AtomicReference<ProviderSettings> settings;
    private final Map<String, Account> accounts = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Account> eldest) {
            return size() > REMEMBERED;
        }
    };

    public SimulatedPaymentProvider(ProviderSettings initial) {
        this.settings = new AtomicReference<>(initial);
    }

    @Override
    public ProviderAnswer approve(IdempotencyKey key, Amount amount) {
        var current = settings.get();
        var account = account(key);
        synchronized (account) {
            account.approvalRequests++;
        }
        return switch (current.mode()) {
            case FAILING -> throw unavailable();
            case DECLINING -> new ProviderAnswer.Declined("card declined by the simulated provider");
            case SLOW -> {
                waitFor(current.delay());
                yield charge(account);
            }
            case NORMAL -> charge(account);
        };
    }

    @Override
    public void cancel(IdempotencyKey key, ProviderReference reference) {
        var current = settings.get();
        var account = account(key);
        synchronized (account) {
            account.refundRequests++;
        }
        switch (current.mode()) {
            case FAILING -> throw unavailable();
            case SLOW -> waitFor(current.delay());
            case NORMAL, DECLINING -> {
                // refunds go through: a declining provider refuses new charges, not refunds of old ones
            }
        }
    }

    @Override
    public ProviderSettings settings() {
        return settings.get();
    }

    @Override
    public ProviderSettings switchTo(ProviderSettings next) {
        settings.set(next);
        return next;
    }

    /** How often a charge was asked for this key (whatever the answer): more than once only after failures. */
    public int approvalRequests(String idempotencyKey) {
        var account = known(idempotencyKey);
        if (account == null) {
            return 0;
        }
        synchronized (account) {
            return account.approvalRequests;
        }
    }

    /** How often a refund was asked for this key's charge. */
    public int refundRequests(String idempotencyKey) {
        var account = known(idempotencyKey);
        if (account == null) {
            return 0;
        }
        synchronized (account) {
            return account.refundRequests;
        }
    }

    private ProviderAnswer charge(Account account) {
        synchronized (account) {
            if (account.reference == null) {
                account.reference = new ProviderReference("sim-" + UUID.randomUUID());
            }
            return new ProviderAnswer.Approved(account.reference);
        }
    }

    private Account account(IdempotencyKey key) {
        synchronized (accounts) {
            return accounts.computeIfAbsent(key.value(), k -> new Account());
        }
    }

    private Account known(String key) {
        synchronized (accounts) {
            return accounts.get(key);
        }
    }

    private static void waitFor(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentProviderUnavailable("the simulated provider was interrupted while answering slowly", e);
        }
    }

    private static PaymentProviderUnavailable unavailable() {
        return new PaymentProviderUnavailable("The payment provider is not answering (simulated outage)");
    }

    /** What the provider knows about one key. */
    private static final class Account {
        private ProviderReference reference;
        private int approvalRequests;
        private int refundRequests;
    }
}
