/** The engine that applies commands, rule decisions and scheduled deliveries to the store. */
package io.rapport.core.engine;
