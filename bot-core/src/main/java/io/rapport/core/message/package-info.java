/** The neutral outbound message model that adapters render natively. */
package io.rapport.core.message;
