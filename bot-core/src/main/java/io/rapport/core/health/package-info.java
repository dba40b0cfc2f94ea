/** The explained 0-100 health score of a customer relationship. */
package io.rapport.core.health;
