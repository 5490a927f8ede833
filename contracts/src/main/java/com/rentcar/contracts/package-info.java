/**
 * The published event contract between the RentCar services, readable from any language: the AsyncAPI 3.0 document
 * {@code rentcar/contracts/asyncapi.yaml} (topics, their dead-letter topics, event types, keys, who sends and who
 * receives), the JSON Schemas of the envelope and of each type's payload ({@code schemas/}), and one example event
 * per type ({@code examples/}); contracts/events.md says the same in prose.
 * <p>
 * {@link com.rentcar.contracts.EventContract} checks events against it and hands out the examples, for the tests of
 * producers and consumers on the JVM (a test-scope dependency; no Spring). Services never share event classes: each
 * maps the contract to its own small types.
 */
package com.rentcar.contracts;
