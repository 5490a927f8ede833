package com.rentcar.payment.application;

import java.util.List;
import java.util.Optional;

import com.rentcar.payment.domain.IdempotencyKey;
import com.rentcar.payment.domain.Payment;
import com.rentcar.payment.domain.PaymentId;
import com.rentcar.payment.domain.ReservationId;

/** Where the payments are kept. */
public interface Payments {

    /**
     * Adds a newly requested payment unless its idempotency key names a payment already; the store decides,
     * atomically, even between concurrent calls.
     *
     * @return true when added, false when the key was taken
     */
    boolean addUnlessKeyTaken(Payment payment);

    Optional<Payment> find(PaymentId id);

    Optional<Payment> findByKey(IdempotencyKey key);

    /** Finds a payment for a change, keeping others from changing it until the transaction ends. */
    Optional<Payment> findForChange(PaymentId id);

    /** Stores the new state of a payment found with {@link #findForChange}. */
    void update(Payment payment);

    /** Forgets a payment whose approval failed before the provider decided, so its key can be tried again. */
    void remove(Payment payment);

    /** Payments newest first, at most {@code limit}; only those for {@code reservation} when given. */
    List<Payment> list(Optional<ReservationId> reservation, int limit);
}
