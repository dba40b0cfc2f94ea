/** The local web chat adapter: a browser surface over the same core, for trying Rapport without Slack or Teams. */
package io.rapport.app.webchat;
