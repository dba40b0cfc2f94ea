/** Inbound event inboxes on Redis streams, shared by the platform adapters: accept, dedupe, work off, retry. */
package io.rapport.store.redis.inbox;
