package com.rentcar.payment.adapter.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import com.rentcar.payment.application.PaymentProviderUnavailable;
import com.rentcar.payment.application.ProviderAnswer;
import com.rentcar.payment.application.ProviderMode;
import com.rentcar.payment.application.ProviderSettings;
import com.rentcar.payment.domain.Amount;
import com.rentcar.payment.domain.IdempotencyKey;
import com.rentcar.payment.domain.ProviderReference;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SimulatedPaymentProviderTest {

    private static final Amount AMOUNT = new Amount(10_000);

    private final SimulatedPaymentProvider provider = new SimulatedPaymentProvider(
            new ProviderSettings(ProviderMode.NORMAL, Duration.ofMillis(200)));

    @Test
    void a_normal_provider_approves_and_answers_a_repeated_key_with_the_same_charge() {
        var key = new IdempotencyKey("key-1");

        var first = provider.approve(key, AMOUNT);
        var again = provider.approve(key, AMOUNT);
        var other = provider.approve(new IdempotencyKey("key-2"), AMOUNT);

        assertThat(first).isInstanceOf(ProviderAnswer.Approved.class).isEqualTo(again).isNotEqualTo(other);
        assertThat(provider.approvalRequests("key-1")).isEqualTo(2);
        assertThat(provider.approvalRequests("never-asked")).isZero();
    }

    @Test
    void a_declining_provider_declines_every_charge_but_still_refunds() {
        provider.switchTo(new ProviderSettings(ProviderMode.DECLINING, Duration.ZERO));

        assertThat(provider.approve(new IdempotencyKey("key-1"), AMOUNT)).isInstanceOf(ProviderAnswer.Declined.class);
        provider.cancel(new IdempotencyKey("key-0"), new ProviderReference("sim-0"));
        assertThat(provider.refundRequests("key-0")).isEqualTo(1);
    }

    @Test
    void a_failing_provider_is_unavailable_for_charges_and_refunds() {
        provider.switchTo(new ProviderSettings(ProviderMode.FAILING, Duration.ZERO));

        assertThatThrownBy(() -> provider.approve(new IdempotencyKey("key-1"), AMOUNT))
                .isInstanceOf(PaymentProviderUnavailable.class);
        assertThatThrownBy(() -> provider.cancel(new IdempotencyKey("key-1"), new ProviderReference("sim-1")))
                .isInstanceOf(PaymentProviderUnavailable.class);
    }

    @Test
    void a_slow_provider_answers_after_its_delay_and_then_approves() {
        provider.switchTo(new ProviderSettings(ProviderMode.SLOW, Duration.ofMillis(150)));
        var started = System.nanoTime();

        var answer = provider.approve(new IdempotencyKey("key-1"), AMOUNT);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(answer).isInstanceOf(ProviderAnswer.Approved.class);
    }

    @Test
    void switching_applies_the_new_settings_and_reports_them() {
        var applied = provider.switchTo(new ProviderSettings(ProviderMode.SLOW, Duration.ofSeconds(2)));

        assertThat(applied).isEqualTo(provider.settings());
        assertThat(provider.settings().mode()).isEqualTo(ProviderMode.SLOW);
        assertThatThrownBy(() -> new ProviderSettings(ProviderMode.SLOW, Duration.ofSeconds(61)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void it_remembers_a_bounded_number_of_keys() {
        for (int i = 0; i <= SimulatedPaymentProvider.REMEMBERED; i++) {
            provider.approve(new IdempotencyKey("key-" + i), AMOUNT);
        }

        assertThat(provider.approvalRequests("key-0")).as("the oldest key is forgotten").isZero();
        assertThat(provider.approvalRequests("key-" + SimulatedPaymentProvider.REMEMBERED)).isEqualTo(1);
    }
}
