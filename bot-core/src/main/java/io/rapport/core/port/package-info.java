/** The core's view of the outside world: storage and messaging. Adapters implement these. */
package io.rapport.core.port;
