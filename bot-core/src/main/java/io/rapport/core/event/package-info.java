/** The neutral inbound events adapters hand to the core. Time passing is the scheduler's tick. */
package io.rapport.core.event;
