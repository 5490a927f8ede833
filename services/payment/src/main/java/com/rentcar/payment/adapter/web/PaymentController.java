package com.rentcar.payment.adapter.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.rentcar.payment.application.ApprovingPayment;
import com.rentcar.payment.application.CancellingPayment;
import com.rentcar.payment.application.ReconcilingPayment;
import com.rentcar.payment.application.ViewingPayments;
import com.rentcar.payment.domain.PaymentId;
import com.rentcar.payment.domain.ReservationId;

/** Payments for reservations: charge, cancel, reconcile by idempotency key, look up. */
@RestController
@RequestMapping(PaymentController.PAYMENTS)
class PaymentController {

    static final String PAYMENTS = "/api/payments";

    private final ApprovingPayment approving;
    private final CancellingPayment cancelling;
    private final ReconcilingPayment reconciling;
    private final ViewingPayments viewing;

    PaymentController(ApprovingPayment approving, CancellingPayment cancelling, ReconcilingPayment reconciling,
            ViewingPayments viewing) {
        this.approving = approving;
        this.cancelling = cancelling;
        this.reconciling = reconciling;
        this.viewing = viewing;
    }

    /** 201 when this call got the provider's decision (APPROVED or DECLINED), 200 when an earlier call with the key did. */
    @PostMapping
    ResponseEntity<PaymentResponse> approve(@Valid @RequestBody ApprovePaymentRequest request) {
        var approval = approving.approve(request.toCommand());
        var location = URI.create(PAYMENTS + "/" + approval.payment().id());
        var body = PaymentResponse.of(approval.payment());
        return approval.decidedNow()
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    @GetMapping("/by-key/{idempotencyKey}")
    PaymentResponse byKey(@PathVariable String idempotencyKey) {
        return PaymentResponse.of(reconciling.byKey(idempotencyKey));
    }

    @GetMapping("/{id}")
    PaymentResponse payment(@PathVariable UUID id) {
        return PaymentResponse.of(viewing.one(new PaymentId(id)));
    }

    /** Newest first; {@code limit} (default 100, at most 1000) bounds the answer. */
    @GetMapping
    List<PaymentResponse> payments(@RequestParam(required = false) UUID reservationId,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return viewing.newest(Optional.ofNullable(reservationId).map(ReservationId::new), limit).stream()
                .map(PaymentResponse::of).toList();
    }

    @PostMapping("/{id}/cancel")
    PaymentResponse cancel(@PathVariable UUID id) {
        return PaymentResponse.of(cancelling.cancel(new PaymentId(id)));
    }
}
