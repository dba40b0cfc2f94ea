/** What Rapport knows about customers: profiles, touches, promises, notes, dates, nudges. */
package io.rapport.core.model;
