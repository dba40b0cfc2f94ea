/** The Redis implementation of the core's {@link io.rapport.core.port.Store}: Jedis, with Lua for atomic writes. */
package io.rapport.store.redis;
