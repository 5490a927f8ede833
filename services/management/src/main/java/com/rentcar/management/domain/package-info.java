/**
 * The car ledger's model: the {@link com.rentcar.management.domain.Car} aggregate, its value objects and
 * the events it raises. Plain Java, no framework: the rules of registration and of status changes live here.
 */
package com.rentcar.management.domain;
