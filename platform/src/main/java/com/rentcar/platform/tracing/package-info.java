/** Tracing plumbing: the trace carried through the outbox, and the span log for machines without a collector. */
package com.rentcar.platform.tracing;
