/**
 * The customer service's use cases, named as the activity: {@link com.rentcar.customer.application.RegisteringCustomer},
 * {@link com.rentcar.customer.application.LoggingIn}, {@link com.rentcar.customer.application.ReadingProfile},
 * {@link com.rentcar.customer.application.ProvisioningAdmin}; and the ports they need: account store,
 * password hashing, token issuing and event publishing.
 */
package com.rentcar.customer.application;
