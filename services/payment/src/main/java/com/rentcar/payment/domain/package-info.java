/**
 * The payment's model: the {@link com.rentcar.payment.domain.Payment} aggregate, its value objects and the
 * events it raises. Plain Java, no framework: which states exist, which moves between them are allowed,
 * and when money is announced as taken or given back all live here.
 */
package com.rentcar.payment.domain;
