/** The span log: finished spans as log lines, for machines without a trace collector. */
package com.rentcar.gateway.tracing;
