/** Microsoft Teams: Bot Framework Activities to core events, core cards to Adaptive Cards. Built out by the Teams adapter work. */
package io.rapport.teams;
