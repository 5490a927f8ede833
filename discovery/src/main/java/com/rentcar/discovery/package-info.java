/**
 * Where a service's instances are, for Spring Cloud LoadBalancer: {@code rentcar.services.<name>} (one URL: a
 * Kubernetes Service, or the one local instance), or the runner's list of ready instances when {@code ./rentcar scale}
 * runs more than one. Used by the gateway's {@code lb://} routes and by reservation's calls to payment.
 */
package com.rentcar.discovery;
