/**
 * Which service answers which path.
 *
 * <p>The route table itself lives in {@code application.yml} under
 * {@code spring.cloud.gateway.server.webflux.routes}, one entry per owning service, its target taken from
 * {@code rentcar.services.<name>}. Each route carries {@code metadata.service}, the name used in error
 * details ("customer service is unavailable ..."), so adding a service is one yml entry.
 */
package com.rentcar.gateway.routing;
