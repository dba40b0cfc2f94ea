/** Slack: Bolt for Java requests to core events, core cards to Block Kit. Built out by the Slack adapter work. */
package io.rapport.slack;
