/** The runnable app: configuration, HTTP server, scheduler loop and the wiring of core, store and adapters. */
package io.rapport.app;
