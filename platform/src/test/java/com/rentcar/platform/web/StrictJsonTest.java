package com.rentcar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonTest {

    record Car(String plateNumber, String model) {
    }

    private final JsonMapper json;

    StrictJsonTest() {
        var builder = JsonMapper.builder();
        new StrictJson().customize(builder);
        json = builder.build();
    }

    @Test
    void a_number_or_a_boolean_is_not_accepted_as_text() {
        assertThatThrownBy(() -> json.readValue("{\"plateNumber\":123,\"model\":\"K5\"}", Car.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"plateNumber\":\"1\",\"model\":true}", Car.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"plateNumber\":1.5,\"model\":\"K5\"}", Car.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    enum Mode { NORMAL, DECLINING }

    record Switch(Mode mode) {
    }

    @Test
    void a_number_is_not_an_enum_constant() {
        assertThatThrownBy(() -> json.readValue("{\"mode\":1}", Switch.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThat(json.readValue("{\"mode\":\"DECLINING\"}", Switch.class).mode()).isEqualTo(Mode.DECLINING);
    }

    @Test
    void text_is_still_text() {
        assertThat(json.readValue("{\"plateNumber\":\"12가3456\",\"model\":\"K5\"}", Car.class))
                .isEqualTo(new Car("12가3456", "K5"));
    }
}
