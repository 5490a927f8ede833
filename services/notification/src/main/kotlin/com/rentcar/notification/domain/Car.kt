package com.rentcar.notification.domain

/** The car as the customer recognises it. */
data class Car(val plateNumber: String, val model: String) {
    init {
        require(plateNumber.isNotBlank()) { "plateNumber must not be blank" }
        require(model.isNotBlank()) { "model must not be blank" }
    }
}
